import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Context } from '../context.js';
import { createLoaders } from '../loaders.js';
import { readReplicasOf } from '../db/read-replicas.js';
import { DomainError } from './errors.js';

/** The cookie holding the WAL position of the session's last write (read-your-writes). */
export const WAL_COOKIE = 'filiera_wal';

/**
 * Sends the request's statements to a healthy replica that has replayed the session's last write, if
 * there is one; otherwise they stay on the primary. For read-only work only (queries, exports).
 */
export function routeReadsToReplica(ctx: Context): void {
  const replica = readReplicasOf(ctx.reads.primary)?.pick(ctx.reads.after) ?? null;
  if (!replica) return;
  ctx.reads.replica = replica;
  ctx.ds = replica;
  ctx.loaders = createLoaders(replica, ctx.loaders.directory.cache);
}

/**
 * Whether read-only work that failed with `error` on a replica should run again on the primary: any
 * failure that is not a coded answer (a lost connection, a recovery conflict). A lost replica is also
 * skipped from now on.
 */
export function retryOnPrimary(ctx: Context | undefined, error: unknown): boolean {
  if (!ctx?.reads.replica || error instanceof DomainError) return false;
  readReplicasOf(ctx.reads.primary)?.reportFailure(ctx.reads.replica, error);
  return true;
}

/** Marks what the GraphQL request did in its context: reads to a replica, writes remembered. */
interface Attempt {
  /** Keep everything on the primary (the retry after a replica failed). */
  primaryOnly: boolean;
  /** The replica failed this attempt: run it again on the primary. */
  retry?: boolean;
}
const attempts = new WeakMap<Context, Attempt>();

/**
 * Read-only operations (queries) go to a replica once their operation is known; after a mutation the
 * session's cookie records the primary's WAL position, so its next reads wait for a replica that has it.
 */
export const readRoutingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'query' && !attempts.get(contextValue)?.primaryOnly)
          routeReadsToReplica(contextValue);
      },
      async didEncounterErrors({ errors, contextValue }) {
        const attempt = attempts.get(contextValue);
        const failure = errors.find((e) => retryOnPrimary(contextValue, e.originalError ?? e));
        if (attempt && failure) attempt.retry = true;
      },
      async willSendResponse({ operation, contextValue }) {
        if (operation?.operation === 'mutation') await contextValue.reads.rememberWrite();
      },
    };
  },
};

/**
 * The /graphql handler (Apollo's Express integration, plus read routing): a query whose replica failed
 * under it runs once more on the primary before anything is sent, so a replica going away costs no
 * answer.
 */
export function graphqlHandler(
  apollo: ApolloServer<Context>,
  createContext: (req: Request, res: Response) => Promise<Context>,
) {
  return async (req: Request, res: Response): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: new URL(req.url, 'http://localhost').search,
      body: req.body as unknown,
    };
    const run = async (attempt: Attempt) =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => {
          const ctx = await createContext(req, res);
          attempts.set(ctx, attempt);
          return ctx;
        },
      });
    const first: Attempt = { primaryOnly: false };
    let response = await run(first);
    if (first.retry) response = await run({ primaryOnly: true });

    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Written as it is, headers and body in one write: res.send would copy it into a Buffer and hash
      // it for an ETag that no POST answer uses (and GET answers are `no-store`).
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
