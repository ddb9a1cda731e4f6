import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import { catchError, defer, mergeMap, of, retry, tap, throwError, timer } from 'rxjs';
import { isServiceUnavailable, unauthenticatedReason, type UnauthenticatedReason } from './lib/api-errors';
import { serviceStatus } from './lib/service-status';

/** An answer "temporarily unavailable", carried as an error so that the retry below sees it. */
class Unavailable extends Error {
  constructor(readonly result: FormattedExecutionResult) {
    super('SERVICE_UNAVAILABLE');
  }
}

/** Waits between tries of a query while the API is unavailable: 1 s, 2 s, 4 s, then every 8 s. */
export const retryDelayMs = (attempt: number): number => Math.min(8000, 1000 * 2 ** (attempt - 1));

/**
 * While the API answers SERVICE_UNAVAILABLE (its database is down) the notice is shown and queries are
 * tried again, with a growing wait, until an answer comes: the page then fills in by itself. A mutation
 * is not repeated behind the person's back: its form shows the refusal.
 */
export const availabilityLink = new ApolloLink((operation, forward) => {
  const isQuery = operation.operationType === OperationTypeNode.QUERY;
  // Each try asks the next link again (as RetryLink does): HttpLink's request cannot be subscribed twice.
  return defer(() => forward(operation)).pipe(
    mergeMap((result) =>
      isServiceUnavailable(result) ? throwError(() => new Unavailable(result)) : of(result),
    ),
    tap({
      next: () => serviceStatus.markAvailable(),
      error: (error: unknown) => {
        if (error instanceof Unavailable || isServiceUnavailable(error)) serviceStatus.markUnavailable();
      },
    }),
    retry({
      delay: (error: unknown, attempt) =>
        isQuery && (error instanceof Unavailable || isServiceUnavailable(error))
          ? timer(retryDelayMs(attempt))
          : throwError(() => error),
    }),
    catchError((error: unknown) =>
      error instanceof Unavailable ? of(error.result) : throwError(() => error),
    ),
  );
});

/**
 * The cache of every Apollo Client (the browser's and the server's rendering of the showcase, whose
 * answers the browser takes over: `restore`), with the type policies below.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
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
          claimReviewQueue: relayStylePagination(['first']),
          notifications: relayStylePagination(['first']),
          outbox: relayStylePagination(['first']),
        },
      },
    },
  });
}

export interface ApolloOptions {
  /** Called when an operation was refused because nobody is signed in (or the session ran out). */
  onUnauthenticated?(reason: UnauthenticatedReason): void;
  /** Where subscriptions go (live-link.ts); without it the client asks for none (the showcase). */
  live?: ApolloLink;
  /** Answers the server already gave (a server-rendered showcase page), so its queries need no request. */
  initialState?: NormalizedCacheObject;
}

/**
 * The one Apollo Client. Every operation is a JSON POST to the same-origin /graphql (the API's CSRF
 * prevention accepts exactly that), with the httpOnly session cookie.
 */
export function createApolloClient({ onUnauthenticated, live, initialState }: ApolloOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    const reason = unauthenticatedReason(error);
    if (reason) onUnauthenticated?.(reason);
  });
  const http = ApolloLink.from([
    errorLink,
    availabilityLink,
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]);

  return new ApolloClient({
    link: live
      ? ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, live, http)
      : http,
    cache: initialState ? createCache().restore(initialState) : createCache(),
  });
}
