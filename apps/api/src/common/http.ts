import { parseCookie } from 'cookie';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { createLoaders } from '../loaders.js';
import { currentWalPosition, parseLsn, readReplicasOf } from '../db/read-replicas.js';
import { lookupSession } from '../modules/auth/session.service.js';
import { DomainError, isDatabaseUnavailable, serviceUnavailable } from './errors.js';
import { retryOnPrimary, routeReadsToReplica, WAL_COOKIE } from './read-routing.js';
import type { DirectoryCache } from '../modules/firm/firm.directory-cache.js';

export const SESSION_COOKIE = 'filiera_session';

const cookieOptions = (config: Config) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: config.cookieSecure,
  path: '/',
});

/**
 * The per-request context, for GraphQL and the REST routes alike: the viewer from the session
 * cookie (an expired session is reported and its cookie cleared), fresh loaders, and the cookie setters.
 */
export async function createRequestContext(
  ds: DataSource,
  config: Config,
  req: Request,
  res: Response,
  directoryCache: DirectoryCache | null = null,
): Promise<Context> {
  const cookies = parseCookie(req.headers.cookie ?? '');
  const token = cookies[SESSION_COOKIE];
  const session = token
    ? await lookupSession(ds, config, token).catch((error: unknown) => {
        throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
      })
    : null;
  const sessionExpired = session !== null && 'expired' in session;
  if (sessionExpired) res.clearCookie(SESSION_COOKIE, cookieOptions(config));
  return {
    ds,
    reads: {
      primary: ds,
      replica: null,
      after: parseLsn(cookies[WAL_COOKIE]),
      rememberWrite: async () => {
        if (!readReplicasOf(ds) || res.headersSent) return;
        res.cookie(WAL_COOKIE, await currentWalPosition(ds), cookieOptions(config));
      },
    },
    config,
    viewer: session && 'viewer' in session ? session.viewer : null,
    sessionExpired,
    ip: req.ip ?? 'unknown',
    userAgent: req.get('user-agent') ?? null,
    loaders: createLoaders(ds, directoryCache),
    setSessionCookie: (value, expires) =>
      res.cookie(SESSION_COOKIE, value, { ...cookieOptions(config), expires }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions(config)),
  };
}

/** HTTP status of each error code on the REST routes. */
const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * A coded error as JSON `{ error: { message, extensions } }`, with the matching HTTP status and the
 * headers the error names (Retry-After while the database is unavailable).
 */
export function sendError(res: Response, error: DomainError, status?: number): void {
  const { http, ...extensions } = error.extensions as { http?: { headers?: Map<string, string> } };
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const code = String(error.extensions.code);
  res.status(status ?? HTTP_STATUS[code] ?? 500).json({ error: { message: error.message, extensions } });
}

/**
 * Holds what a write handler sends (`res.send`, which `res.json` uses) until `release`, so the session's
 * WAL cookie, known only after the commit, still goes out with the answer.
 */
function holdAnswer(res: Response): () => void {
  const send = res.send.bind(res);
  let held: (() => void) | null = null;
  res.send = (body?: unknown) => {
    held = () => send(body);
    return res;
  };
  return () => {
    res.send = send;
    held?.();
  };
}

/**
 * A REST handler with the request context: coded errors become JSON with their HTTP status; anything
 * else is logged and answered with a generic 500 (or, mid-stream, the connection is cut so the client
 * sees the download failed). `readOnly` routes (exports) read from a replica that has the session's
 * writes, and run once more on the primary if the replica fails before the answer starts; after any
 * other method than GET the session's WAL cookie records the write.
 */
export function restRoute(
  ds: DataSource,
  config: Config,
  label: string,
  handler: (ctx: Context, req: Request, res: Response) => Promise<void>,
  options: { readOnly?: boolean } = {},
): RequestHandler {
  return async (req, res) => {
    try {
      const ctx = await createRequestContext(ds, config, req, res);
      if (options.readOnly) {
        routeReadsToReplica(ctx);
        try {
          await handler(ctx, req, res);
        } catch (error) {
          if (res.headersSent || !retryOnPrimary(ctx, error)) throw error;
          await handler(await createRequestContext(ds, config, req, res), req, res);
        }
      } else if (req.method !== 'GET' && req.method !== 'HEAD' && readReplicasOf(ds)) {
        const release = holdAnswer(res);
        try {
          await handler(ctx, req, res);
          await ctx.reads.rememberWrite();
        } finally {
          release();
        }
      } else {
        await handler(ctx, req, res);
      }
    } catch (error) {
      if (res.headersSent) {
        console.error(`${label} failed mid-response`, error);
        res.destroy();
        return;
      }
      if (error instanceof DomainError) return sendError(res, error);
      if (isDatabaseUnavailable(error)) return sendError(res, serviceUnavailable());
      console.error(`${label} failed`, error);
      res.status(500).json({
        error: {
          message: 'Something went wrong on our side. Please try again.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      });
    }
  };
}

/**
 * The last error handler: a REST route outside `restRoute` that failed because the database cannot be
 * reached answers 503 like the others; anything else goes on to Express's own handler.
 */
export function databaseUnavailableHandler(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (res.headersSent || !isDatabaseUnavailable(error)) return next(error);
  console.warn('Database unavailable:', error instanceof Error ? error.message : error);
  sendError(res, serviceUnavailable());
}

/** GraphQL answers 503 with Retry-After when a field failed because the database cannot be reached. */
export const serviceUnavailablePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const unavailable = errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
        if (!unavailable) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(unavailable.extensions?.retryAfterSeconds));
      },
    };
  },
};
