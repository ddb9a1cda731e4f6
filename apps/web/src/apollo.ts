import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { unauthenticatedReason, type UnauthenticatedReason } from './lib/api-errors';

export interface ApolloOptions {
  /** Called when an operation was refused because nobody is signed in (or the session ran out). */
  onUnauthenticated(reason: UnauthenticatedReason): void;
}

/**
 * The one Apollo Client. Every operation is a JSON POST to the same-origin /graphql (the API's CSRF
 * prevention accepts exactly that), with the httpOnly session cookie.
 */
export function createApolloClient({ onUnauthenticated }: ApolloOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    const reason = unauthenticatedReason(error);
    if (reason) onUnauthenticated(reason);
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // Singletons without an id: merge rather than replace when two queries read different fields.
        Me: { merge: true },
        ViewerPermissions: { merge: true },
        DistrictSummary: { merge: true },
        AdhesionCounters: { merge: true },
        // Pages of a dry run's invalid rows and planned rows are joined by "Show more"; a new dry run
        // replaces them.
        RegistryImport: {
          fields: {
            problems: relayStylePagination(['first']),
            rows: relayStylePagination(['first', 'filter']),
          },
        },
        // ATECO codes are identified by their code: the picker's search and its chips share entries.
        AtecoCode: { keyFields: ['code'] },
        Query: {
          fields: {
            // Pages of the same list (same `first`) are joined by "Show more".
            users: relayStylePagination(['first']),
            invitations: relayStylePagination(['first', 'status']),
            adhesions: relayStylePagination(['filter', 'first']),
            // The task list's pages; the board's columns differ by filter, so they stay apart.
            tasks: relayStylePagination(['filter', 'orderBy', 'first']),
            firms: relayStylePagination(['filter', 'search', 'orderBy', 'first']),
            registryImports: relayStylePagination(['first']),
          },
        },
      },
    }),
  });
}
