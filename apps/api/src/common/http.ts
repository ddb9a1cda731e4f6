import { parseCookie } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { createLoaders } from '../loaders.js';
import { lookupSession } from '../modules/auth/session.service.js';
import { DomainError } from './errors.js';

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
): Promise<Context> {
  const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
  const session = token ? await lookupSession(ds, config, token) : null;
  const sessionExpired = session !== null && 'expired' in session;
  if (sessionExpired) res.clearCookie(SESSION_COOKIE, cookieOptions(config));
  return {
    ds,
    config,
    viewer: session && 'viewer' in session ? session.viewer : null,
    sessionExpired,
    ip: req.ip ?? 'unknown',
    userAgent: req.get('user-agent') ?? null,
    loaders: createLoaders(ds),
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
};

/** A coded error as JSON `{ error: { message, extensions } }`, with the matching HTTP status. */
export function sendError(res: Response, error: DomainError, status?: number): void {
  const code = String(error.extensions.code);
  res
    .status(status ?? HTTP_STATUS[code] ?? 500)
    .json({ error: { message: error.message, extensions: error.extensions } });
}

/**
 * A REST handler with the request context: coded errors become JSON with their HTTP status; anything
 * else is logged and answered with a generic 500 (or, mid-stream, the connection is cut so the client
 * sees the download failed).
 */
export function restRoute(
  ds: DataSource,
  config: Config,
  label: string,
  handler: (ctx: Context, req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    try {
      await handler(await createRequestContext(ds, config, req, res), req, res);
    } catch (error) {
      if (res.headersSent) {
        console.error(`${label} failed mid-response`, error);
        res.destroy();
        return;
      }
      if (error instanceof DomainError) return sendError(res, error);
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
