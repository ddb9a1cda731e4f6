import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { parseCookie } from 'cookie';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import type { Context, Viewer } from '../../context.js';
import { formatError } from '../../common/errors.js';
import { SESSION_COOKIE } from '../../common/http.js';
import { createLoaders } from '../../loaders.js';
import { lookupSession } from '../auth/session.service.js';
import { openLiveHub } from '../../common/live.js';

/** Close codes: the session ended or ran out (sign in again), or the account was deactivated. */
export const CLOSE_SESSION_ENDED = 4401;
export const CLOSE_DEACTIVATED = 4403;

interface Connection {
  viewer: Viewer;
  token: string;
}

export interface LiveServerOptions {
  ds: DataSource;
  config: Config;
  schema: GraphQLSchema;
  /** The same query limits as HTTP (graphql-armor's rules). */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
}

/** A browser's page from another site must not open a socket with our cookie. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function refuse(socket: Duplex, status: 401 | 403, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * GraphQL subscriptions over graphql-ws on the same /graphql path, on the API's HTTP server. The
 * session cookie is checked at the upgrade (no session: 401, no socket); the socket closes when its
 * session ends (sign-out, expiry) or its user is deactivated, in whichever process it is.
 * Only subscriptions run here: queries and mutations go over HTTP, where the same limits apply.
 */
export async function attachLiveServer(
  httpServer: Server,
  options: LiveServerOptions,
): Promise<{ close(): Promise<void> }> {
  const { ds, config, schema } = options;
  const hub = await openLiveHub(ds);
  const connections = new WeakMap<IncomingMessage, Connection>();
  const open = new Map<WebSocket, Connection>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 100_000 });

  const closeWhere = (code: number, reason: string, match: (c: Connection) => boolean) => {
    for (const [socket, c] of open) if (match(c)) socket.close(code, reason);
  };
  const stopListening = hub.subscribe((event) => {
    if (event.t === 's')
      closeWhere(CLOSE_SESSION_ENDED, 'Session ended', (c) => c.viewer.sessionId === event.id);
    if (event.t === 'u')
      closeWhere(CLOSE_DEACTIVATED, 'Account deactivated', (c) => c.viewer.userId === event.id);
  });

  /** Checks the session again when it would run out; a session still in use lives on. */
  const watchExpiry = (socket: WebSocket, c: Connection) => {
    const wait = Math.min(Math.max(c.viewer.sessionExpiresAt.getTime() - Date.now(), 1000), 2 ** 31 - 1);
    const timer = setTimeout(async () => {
      if (!open.has(socket)) return;
      const found = await lookupSession(ds, config, c.token).catch(() => null);
      if (found && 'viewer' in found) {
        c.viewer = found.viewer;
        watchExpiry(socket, c);
      } else socket.close(CLOSE_SESSION_ENDED, 'Session ended');
    }, wait);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };

  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql') return;
    socket.on('error', () => undefined);
    if (!sameOrigin(req)) return refuse(socket, 403, 'Forbidden');
    const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
    const found = token ? await lookupSession(ds, config, token).catch(() => null) : null;
    if (!token || !found || !('viewer' in found)) return refuse(socket, 401, 'Unauthorized');
    connections.set(req, { viewer: found.viewer, token });
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  httpServer.on('upgrade', (req, socket, head) => void onUpgrade(req, socket, head));

  wss.on('connection', (socket: WebSocket, req: IncomingMessage) => {
    const c = connections.get(req);
    if (!c) return socket.close(CLOSE_SESSION_ENDED, 'Session ended');
    open.set(socket, c);
    socket.once('close', () => open.delete(socket));
    watchExpiry(socket, c);
  });

  const contextOf = (req: IncomingMessage): Context => {
    const c = connections.get(req)!;
    return {
      ds,
      reads: { primary: ds, replica: null, after: null, rememberWrite: async () => undefined },
      config,
      viewer: c.viewer,
      sessionExpired: false,
      ip: req.socket.remoteAddress ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      loaders: createLoaders(ds),
      setSessionCookie: () => undefined,
      clearSessionCookie: () => undefined,
    };
  };

  const server = useServer(
    {
      schema,
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The document cannot be parsed.')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length) return errors;
        const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
        const chosen = payload.operationName
          ? operations.find((o) => o.name?.value === payload.operationName)
          : operations[0];
        if (chosen?.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions run over the socket: send queries and mutations by POST.'),
          ];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextOf(ctx.extra.request),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined,
    },
    wss,
  );

  return {
    async close() {
      stopListening();
      for (const socket of open.keys()) socket.close(1001, 'Server stopping');
      await server.dispose();
      await hub.close();
    },
  };
}
