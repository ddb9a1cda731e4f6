import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  BREAK,
  GraphQLError,
  visit,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Role } from '@filiera/shared';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { ErrorCode, formatError, RETRY_AFTER_SECONDS } from './common/errors.js';
import { createRequestContext, databaseUnavailableHandler, serviceUnavailablePlugin } from './common/http.js';
import { graphqlHandler, readRoutingPlugin } from './common/read-routing.js';
import { checkRequestText } from './common/text.js';
import { openReadReplicas } from './db/read-replicas.js';
import { schema } from './schema.js';
import { attachLiveServer } from './modules/notification/live.server.js';
import { contractExportRouter } from './modules/contract/contract.routes.js';
import { firmRouter } from './modules/firm/firm.routes.js';
import { showcaseRouter } from './modules/showcase/showcase.routes.js';
import { injectPageMeta, requestedLanguage, showcasePageMeta } from './modules/showcase/showcase.page.js';
import { SIGN_IN_PATH, showcaseRenderer } from './modules/showcase/showcase.render.js';
import { eventRouter } from './modules/event/event.routes.js';
import { registryImportRouter } from './modules/registry-import/registry-import.route.js';
import { recoverInterruptedImports } from './modules/registry-import/registry-import.recovery.js';
import { reportRouter } from './modules/report/report.routes.js';
import { articleRouter } from './modules/article/article.routes.js';
import { claimRouter } from './modules/claim/claim.routes.js';
import { createDirectoryCache } from './modules/firm/firm.directory-cache.js';

/** Query limits (graphql-armor): exceeded limits are refused before anything runs. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 10,
  maxTokens: 3000,
  maxCost: 20000,
  maxDirectives: 20,
} as const;

/** Which limit refused a request: `extensions.limit` of the QUERY_LIMIT_EXCEEDED error. */
export type QueryLimit =
  'depth' | 'aliases' | 'cost' | 'tokens' | 'directives' | 'operationName' | 'documentSize';

/** Largest operation name and document (characters) a client may send; pages send a few KB. */
export const REQUEST_LIMITS = { operationName: 100, documentSize: 64_000, bodyBytes: 200_000 } as const;

/**
 * Refuses a document over one of graphql-armor's limits naming the limit (formatError answers it as
 * QUERY_LIMIT_EXCEEDED, with the 400 of a validation failure).
 */
const rejectOver =
  (limit: QueryLimit) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }),
    );
  };
/** graphql-armor's options for one limit: our refusal instead of its own (which drops the limit's name). */
const refusing = (limit: QueryLimit) => ({ propagateOnRejection: false, onReject: [rejectOver(limit)] });

/** Whether a document reads the schema (`__schema` or `__type`; `__typename` is not introspection). */
function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

const STAFF_INTROSPECTION: ReadonlySet<Role> = new Set(['ADMIN', 'CONSULTANT', 'CHAMBER']);

/**
 * Introspection in production: signed-in ADMIN, CONSULTANT and CHAMBER users (the analysts who query
 * the documented API with GraphQL tools) may introspect; anonymous visitors and FIRM users may not.
 */
function introspectionPolicy(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production || STAFF_INTROSPECTION.has(contextValue.viewer?.role as Role)) return;
          if (!asksForSchema(document)) return;
          const anonymous = !contextValue.viewer;
          throw new GraphQLError('Introspection is open to signed-in staff and Chamber analysts only.', {
            extensions: {
              code: anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN,
              rule: 'introspection',
              http: { status: anonymous ? 401 : 403 },
            },
          });
        },
      };
    },
  };
}

function createApollo(config: Config, httpServer: Server | undefined) {
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    // Fragments count as if written in place: colocated fragments are how every page selects its
    // data, and a spread is no deeper or costlier than the fields it stands for.
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...refusing('depth') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...refusing('aliases') },
    // Tokens are counted by graphql-js's own parser (parseOptions below), which fails as a parse error.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...refusing('directives') },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true, ...refusing('cost') },
    // Suggestions ("did you mean …") reveal the schema: off in production, whoever asks.
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[];
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // Allowed here, then refused per viewer in production by introspectionPolicy.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ...armorPlugins,
      introspectionPolicy(production),
      readRoutingPlugin,
      ApolloServerPluginLandingPageDisabled(),
      // Responses carry no cache hints (every answer depends on the viewer): no per-field hook.
      ApolloServerPluginCacheControlDisabled(),
      // The database is down: 503 with Retry-After rather than 200 with an error.
      serviceUnavailablePlugin,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  // The same limits hold for subscriptions over the socket.
  return { apollo, validationRules: protection.validationRules as ValidationRule[] };
}

/** A GraphQL-shaped error answer for the HTTP layer (before Apollo runs, or instead of it). */
function sendGraphQLError(
  res: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** Refuses an operation name or a document over REQUEST_LIMITS before anything parses it. */
function requestSizeLimits(req: Request, res: Response, next: NextFunction): void {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  const refuse = (limit: QueryLimit, max: number) =>
    sendGraphQLError(res, 400, `The ${limit} is longer than the limit of ${max} characters.`, {
      code: ErrorCode.QUERY_LIMIT_EXCEEDED,
      limit,
    });
  if (typeof body?.operationName === 'string' && body.operationName.length > REQUEST_LIMITS.operationName)
    return refuse('operationName', REQUEST_LIMITS.operationName);
  if (typeof body?.query === 'string' && body.query.length > REQUEST_LIMITS.documentSize)
    return refuse('documentSize', REQUEST_LIMITS.documentSize);
  next();
}

/**
 * The last error handler: a body too large (413) or not JSON (400) gets a coded JSON answer; anything
 * else is logged and answered without a stack trace or a file path, whatever NODE_ENV says.
 */
function httpErrorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    return sendGraphQLError(res, 413, `The request is larger than ${REQUEST_LIMITS.bodyBytes / 1000} KB.`, {
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      limitBytes: REQUEST_LIMITS.bodyBytes,
    });
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return sendGraphQLError(res, 400, 'The request body is not valid JSON.', { code: ErrorCode.BAD_REQUEST });
  }
  console.error(`${req.method} ${req.path}:`, error);
  sendGraphQLError(res, 500, 'Something went wrong on our side. Please try again.', {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
  });
}

/**
 * The one HTTP app: security headers, /graphql, a health check, and the built web app with a
 * fallback to index.html for client-side routes. With DATABASE_REPLICA_URLS it opens the replicas and
 * sends read-only work to them (common/read-routing.ts); `stop` closes them.
 */
export async function createApp(
  config: Config,
  ds: DataSource,
  httpServer?: Server,
): Promise<{ app: Express; apollo: ApolloServer<Context>; stop(): Promise<void> }> {
  const replicas = await openReadReplicas(ds, config.DATABASE_REPLICA_URLS);
  const { apollo, validationRules } = createApollo(config, httpServer);
  await apollo.start();
  // Subscriptions (graphql-ws) on the same server and path, with LISTEN/NOTIFY fan-out between processes.
  const live = httpServer
    ? await attachLiveServer(httpServer, {
        ds,
        config,
        schema,
        validationRules,
        maxTokens: QUERY_LIMITS.maxTokens,
      })
    : null;
  // Work a crash interrupted is found before serving, and made retryable (safe with several processes).
  await recoverInterruptedImports(ds);
  // One directory cache for the app, the primary and its replicas alike (modules/firm/firm.directory-cache.ts).
  const directoryCache = createDirectoryCache(config.DIRECTORY_CACHE_FIRMS);
  const graphql = graphqlHandler(apollo, (req, res) =>
    createRequestContext(ds, config, req, res, directoryCache),
  );
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

  // Every query string and path is checked for hostile text before any route reads it (common/text.ts).
  app.use(checkRequestText);

  app.get('/healthz', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      const healthy = replicas?.status().filter((r) => r.healthy).length;
      res.json({ status: 'ok', ...(replicas ? { replicas: { configured: replicas.size, healthy } } : {}) });
    } catch {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
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
    express.json({ limit: REQUEST_LIMITS.bodyBytes }),
    requestSizeLimits,
    (req: Request, res: Response, next: NextFunction) => {
      // Tracked until answered, even when the client has gone: stopping waits for them (see stop()).
      const handled = graphql(req, res).catch(next);
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
  app.use(articleRouter(ds, config));
  app.use(claimRouter(ds, config));
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
    const renderer = showcaseRenderer(webDist);
    app.get(/^\/(?!graphql|healthz|api\/).*/, async (req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      // A page without ?lang is drawn in the language remembered in a cookie (requestedLanguage).
      res.vary('Cookie');
      // Showcase pages get their title, description, language and alternates from the server too, for
      // crawlers that run no JavaScript; the app sets the same once it runs.
      const language = requestedLanguage(req.query.lang, req.headers.cookie);
      let meta = null;
      try {
        meta = await showcasePageMeta(ds, config.publicUrl, req.path, language);
      } catch (error) {
        console.error('showcase page meta:', error instanceof Error ? error.message : error);
      }
      // Read each time (2 KB), so a rebuilt web app is served without a restart, as sendFile did.
      const indexHtml = await readFile(path.join(webDist, 'index.html'), 'utf8');
      // The showcase's pages and the sign-in page also come drawn (showcase.render.ts): content at the
      // first paint on a phone. Their data is asked of this same server as an anonymous visitor would.
      const drawn = meta ?? (SIGN_IN_PATH.test(req.path) ? { status: 200 as const, lang: language } : null);
      const rendered = drawn
        ? await renderer.render(
            indexHtml,
            req.originalUrl,
            drawn,
            `http://127.0.0.1:${req.socket.localPort}/graphql`,
          )
        : null;
      res
        .status(meta?.status ?? 200)
        .type('html')
        .send(meta ? injectPageMeta(rendered ?? indexHtml, meta) : (rendered ?? indexHtml));
    });
  }

  // A database that cannot be reached answers 503; anything else goes on to the general handler.
  app.use(databaseUnavailableHandler);
  app.use(httpErrorHandler);

  /**
   * Stops taking requests, then waits (up to 10 s) for GraphQL requests still being worked on, whose
   * clients may already have gone (a load test's end, a closed tab): the database can close after.
   */
  const stop = async () => {
    await live?.close();
    await apollo.stop();
    const grace = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([Promise.allSettled([...inFlight]), grace]);
    await replicas?.close();
  };
  return { app, apollo, stop };
}
