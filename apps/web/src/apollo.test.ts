import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
// parse() rather than a gql tag: codegen reads tagged documents, and these are not the app's.
import { parse, type FormattedExecutionResult } from 'graphql';
import { Observable } from 'rxjs';
import { availabilityLink, retryDelayMs } from './apollo';
import { serviceStatus } from './lib/service-status';

const UNAVAILABLE: FormattedExecutionResult = {
  errors: [
    {
      message: 'The service is temporarily unavailable: try again in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    },
  ],
};

/** A server whose database is down for the first `downFor` requests, then answers. */
function serverDownFor(downFor: number) {
  let requests = 0;
  // Like HttpLink, each request is good for one subscription (its abort controller goes with it).
  const link = new ApolloLink(() => {
    let used = false;
    return new Observable((observer) => {
      if (used) return observer.error(new Error('aborted: this request was already sent'));
      used = true;
      requests++;
      observer.next(requests <= downFor ? UNAVAILABLE : { data: { health: 'ok', signOut: true } });
      observer.complete();
    });
  });
  const client = new ApolloClient({
    link: ApolloLink.from([availabilityLink, link]),
    cache: new InMemoryCache(),
  });
  return { client, requests: () => requests };
}

describe('availabilityLink', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    serviceStatus.markAvailable();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows "unavailable" and retries a query until the database is back, then clears it', async () => {
    const server = serverDownFor(3);
    const seen: boolean[] = [];
    const unsubscribe = serviceStatus.subscribe(() => seen.push(serviceStatus.isUnavailable()));
    const result = server.client.query({
      query: parse('query Health { health }'),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(serviceStatus.isUnavailable()).toBe(true);
    expect(server.requests()).toBe(1);
    // 1 s, 2 s, 4 s between tries.
    await vi.advanceTimersByTimeAsync(retryDelayMs(1) + retryDelayMs(2) + retryDelayMs(3));
    await expect(result).resolves.toMatchObject({ data: { health: 'ok' } });
    expect(server.requests()).toBe(4);
    expect(serviceStatus.isUnavailable()).toBe(false);
    expect(seen).toEqual([true, false]);
    unsubscribe();
  });

  it('does not repeat a mutation behind the person’s back: its form gets the refusal', async () => {
    const server = serverDownFor(1);
    const outcome = server.client
      .mutate({
        mutation: parse('mutation SignOut { signOut }'),
      })
      .then(
        () => 'resolved',
        (error: unknown) => error,
      );
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await outcome;
    expect(String(error)).toContain('temporarily unavailable');
    expect(server.requests()).toBe(1);
    expect(serviceStatus.isUnavailable()).toBe(true);
  });

  it('waits longer each time, up to 8 s', () => {
    expect([1, 2, 3, 4, 5, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
