import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { arrivals } from './arrivals.js';

export interface LiveSubscription<T> {
  /** The next event (already received or still to come), or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** The next event that matches (earlier ones, e.g. probes, are passed over). */
  nextWhere(match: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Everything received so far. */
  received: T[];
  /** Resolves with the close code when the server closes the socket. */
  closed: Promise<number>;
  /** Resolves once the server acknowledged the connection. */
  connected: Promise<void>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client as a browser tab would be: on `<url>/graphql` with the session cookie, running
 * one subscription. No retries: a closed socket stays closed, so a test sees it.
 */
export function subscribeLive<T>(
  url: string,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  const events = arrivals<T>();
  let failed: Error | null = null;
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  let onConnected!: () => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed((event as { code?: number }).code ?? 0),
    },
  });
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) {
          failed = new Error(JSON.stringify(result.errors));
          events.wake();
        } else events.push(result.data as T);
      },
      error: (error) => {
        failed = error instanceof Error ? error : new Error(JSON.stringify(error));
        events.wake();
      },
      complete: () => undefined,
    },
  );
  return {
    received: events.received,
    closed,
    connected,
    next: (timeoutMs = 10_000) => events.next(timeoutMs, 'live event', () => failed),
    async nextWhere(match, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const event = await this.next(Math.max(deadline - Date.now(), 1));
        if (match(event)) return event;
      }
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/**
 * Waits until a subscription is live: the server registers it a moment after the socket opens, and no
 * message says when. `poke` publishes an event the subscriber must get, again until one arrives; that
 * event is handed out (returned) so the test's next `next()` is the event under test.
 */
export async function untilLive<T>(
  sub: LiveSubscription<T>,
  poke: () => Promise<void>,
  timeoutMs = 15_000,
): Promise<T> {
  await sub.connected;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await poke();
    try {
      return await sub.next(250);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
