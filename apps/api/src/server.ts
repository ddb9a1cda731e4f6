import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { formatError } from './common/errors.js';
import { createRequestContext } from './common/http.js';
import { resolvers, typeDefs } from './schema.js';
import { contractExportRouter } from './modules/contract/contract.routes.js';
import { firmRouter } from './modules/firm/firm.routes.js';
import { showcaseRouter } from './modules/showcase/showcase.routes.js';
import { injectPageMeta, showcasePageMeta } from './modules/showcase/showcase.page.js';
import { eventRouter } from './modules/event/event.routes.js';
import { registryImportRouter } from './modules/registry-import/registry-import.route.js';
import { reportRouter } from './modules/report/report.routes.js';

/** Query limits (graphql-armor): exceeded limits are refused before anything runs. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 10,
  maxTokens: 3000,
  maxCost: 20000,
  maxDirectives: 20,
} as const;

function createApollo(config: Config, httpServer: Server | undefined) {
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    // Fragments count as if written in place: colocated fragments are how every page selects its
    // data, and a spread is no deeper or costlier than the fields it stands for.
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
    // Suggestions ("did you mean …") reveal the schema: off in production, like introspection.
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[];
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as never,
    validationRules: protection.validationRules,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ...armorPlugins,
      ApolloServerPluginLandingPageDisabled(),
      // Responses carry no cache hints (every answer depends on the viewer): no per-field hook.
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

/**
 * The one HTTP app: security headers, /graphql, a health check, and the built web app with a
 * fallback to index.html for client-side routes.
 */
export async function createApp(
  config: Config,
  ds: DataSource,
  httpServer?: Server,
): Promise<{ app: Express; apollo: ApolloServer<Context>; stop(): Promise<void> }> {
  const apollo = createApollo(config, httpServer);
  await apollo.start();
  const graphql = expressMiddleware(apollo, {
    context: ({ req, res }: { req: Request; res: Response }) => createRequestContext(ds, config, req, res),
  });
  const inFlight = new Set<Promise<unknown>>();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    (_req: Request, res: Response, next: () => void) => {
      // Every answer depends on the viewer: never stored by a browser or a proxy.
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: '200kb' }),
    (req: Request, res: Response, next: NextFunction) => {
      // Tracked until answered, even when the client has gone: stopping waits for them (see stop()).
      const handled = Promise.resolve(graphql(req, res, next));
      inFlight.add(handled);
      void handled.finally(() => inFlight.delete(handled));
      return handled;
    },
  );

  app.use('/api/registry-imports', registryImportRouter(config, ds));

  app.use('/api/firms', firmRouter(config, ds));
  app.use(showcaseRouter(ds, config));
  app.use(eventRouter(ds, config));
  app.use(contractExportRouter(ds, config));
  app.use(reportRouter(ds, config));
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { message: 'No such API route.', extensions: { code: 'NOT_FOUND' } } });
  });

  const webDist = config.WEB_DIST_DIR;
  if (existsSync(path.join(webDist, 'index.html'))) {
    // The web app's pages (index.html) compressed on the fly; its scripts and styles were compressed at
    // build time (.br and .gz beside each file, brotli at its highest level) and are sent as they are.
    // API answers are left as they are, so /graphql spends no CPU on it under load.
    app.use(compression());
    app.use(
      expressStaticGzip(webDist, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: { index: false, maxAge: '1y', immutable: true },
      }),
    );
    app.get(/^\/(?!graphql|healthz|api\/).*/, async (req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      // Showcase pages get their title, description, language and alternates from the server too, for
      // crawlers that run no JavaScript; the app sets the same once it runs.
      let meta = null;
      try {
        meta = await showcasePageMeta(ds, config.publicUrl, req.path, req.query.lang);
      } catch (error) {
        console.error('showcase page meta:', error instanceof Error ? error.message : error);
      }
      // Read each time (2 KB), so a rebuilt web app is served without a restart, as sendFile did.
      const indexHtml = await readFile(path.join(webDist, 'index.html'), 'utf8');
      res
        .status(meta?.status ?? 200)
        .type('html')
        .send(meta ? injectPageMeta(indexHtml, meta) : indexHtml);
    });
  }

  /**
   * Stops taking requests, then waits (up to 10 s) for GraphQL requests still being worked on, whose
   * clients may already have gone (a load test's end, a closed tab): the database can close after.
   */
  const stop = async () => {
    await apollo.stop();
    const grace = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([Promise.allSettled([...inFlight]), grace]);
  };
  return { app, apollo, stop };
}
