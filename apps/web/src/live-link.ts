import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/** Closed by the server because the session ended or the account was deactivated: no reconnecting. */
const FINAL_CLOSE_CODES = new Set([4401, 4403]);

/**
 * Subscriptions over graphql-ws on the same-origin /graphql (the browser sends the session cookie with
 * the upgrade). The socket opens with the first subscription and closes a moment after the last; a
 * dropped connection is retried (with graphql-ws's growing, randomised wait).
 */
export function liveLink(): ApolloLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: url.toString(),
      lazy: true,
      lazyCloseTimeout: 3000,
      retryAttempts: Infinity,
      shouldRetry: (event) => !FINAL_CLOSE_CODES.has((event as CloseEvent | undefined)?.code ?? 0),
    }),
  );
}
