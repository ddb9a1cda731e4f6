import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { createLoaders } from '../loaders.js';

/** The PostgreSQL channel every API process listens on. */
export const LIVE_CHANNEL = 'filiera_live';

/**
 * What travels through LISTEN/NOTIFY: ids only (a subscriber re-reads the data under its own
 * permissions), well under PostgreSQL's 8,000-byte payload limit.
 * - `n`: notification `id` was written for user `u`;
 * - `o`: object `type`/`id` changed, and the views of firms `f` of it with it;
 * - `s`: session `id` ended; `u`: user `id` was deactivated (both from database triggers).
 */
export type LiveEvent =
  | { t: 'n'; id: string; u: string }
  | { t: 'o'; type: string; id: string; f: string[] }
  | { t: 's'; id: string }
  | { t: 'u'; id: string };

/** Announces events in the caller's transaction: PostgreSQL delivers them at its commit, never before. */
export async function publishLive(manager: EntityManager, events: LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.query(`SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e`, [
    LIVE_CHANNEL,
    events.map((e) => JSON.stringify(e)),
  ]);
}

const RECONNECT_MS = [500, 1000, 2000, 5000];

/**
 * The one listening connection of an API process: it LISTENs on LIVE_CHANNEL and hands each event to
 * the process's subscribers. A lost connection is opened again (events sent meanwhile are missed; a
 * page still shows the truth on its next read).
 */
export class LiveHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private client: pg.Client | null = null;
  private closed = false;
  private attempt = 0;

  private constructor(private readonly url: string) {}

  static async open(url: string): Promise<LiveHub> {
    const hub = new LiveHub(url);
    await hub.connect();
    return hub;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      try {
        this.emitter.emit('event', JSON.parse(message.payload) as LiveEvent);
      } catch {
        console.error('live: an event that is not JSON was ignored');
      }
    });
    client.on('error', (error) => {
      console.error(`live: listening connection lost: ${error.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
    this.attempt = 0;
  }

  private reconnect(lost: pg.Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = null;
    void lost.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    const delay = RECONNECT_MS[Math.min(this.attempt++, RECONNECT_MS.length - 1)]!;
    setTimeout(() => {
      if (this.closed) return;
      this.connect().catch((error: Error) => {
        console.error(`live: cannot listen again yet: ${error.message}`);
        this.retry();
      });
    }, delay).unref();
  }

  /** Calls `listener` with every event until the returned function is called. */
  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.emitter.removeAllListeners();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}

const hubs = new WeakMap<DataSource, LiveHub>();

/** Opens the process's hub for a data source (once) and registers it for subscription resolvers. */
export async function openLiveHub(ds: DataSource): Promise<LiveHub> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('live updates need the data source to be opened from a URL');
  const hub = await LiveHub.open(url);
  hubs.set(ds, hub);
  return hub;
}

export function liveHubOf(ds: DataSource): LiveHub {
  const hub = hubs.get(ds);
  if (!hub) throw new Error('live updates are not running in this process');
  return hub;
}

const reads = new Map<string, Promise<unknown>>();

/**
 * One re-read per event and key for all of a process's subscribers that would read the same thing
 * under the same permissions (e.g. the sockets of one person): listeners run one after another in the
 * same tick, so the first starts the read and the others share it; the entry goes when it settles.
 */
export function sharedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  let pending = reads.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = read().finally(() => reads.delete(key));
    reads.set(key, pending);
  }
  return pending;
}

/**
 * The events a subscriber gets, as an async iterator: `select` re-reads each candidate event under the
 * subscriber's permissions and answers null to skip it. Events are handled in order; `return()` (the
 * client stopped, or the socket closed) unsubscribes at once.
 */
export function liveStream<T>(
  hub: LiveHub,
  select: (event: LiveEvent) => Promise<T | null> | null,
): AsyncIterableIterator<T> {
  const ready: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  let chain: Promise<void> = Promise.resolve();
  const deliver = (value: T) => {
    if (done) return;
    if (waiting) {
      const wake = waiting;
      waiting = null;
      wake({ value, done: false });
    } else ready.push(value);
  };
  const unsubscribe = hub.subscribe((event) => {
    const selected = select(event);
    if (!selected) return;
    chain = chain
      .then(() => selected)
      .then((value) => {
        if (value !== null) deliver(value);
      })
      .catch((error: Error) => console.error(`live: an event could not be read: ${error.message}`));
  });
  const finish = (): Promise<IteratorResult<T>> => {
    done = true;
    unsubscribe();
    ready.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (ready.length > 0) return Promise.resolve({ value: ready.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * A subscription to every change of one type of object, for people who may read all of them: `read`
 * re-reads the object (null: skip it), once per event for all the process's subscribers of the same
 * `audience` (e.g. the role that grants the reading).
 */
export function liveObjects<T>(
  ctx: Context,
  type: string,
  audience: string,
  read: (id: string) => Promise<T | null>,
): AsyncIterableIterator<T> {
  return liveStream(liveHubOf(ctx.ds), (event) =>
    event.t === 'o' && event.type === type
      ? sharedRead(`${type}:${event.id}:${audience}`, () => read(event.id))
      : null,
  );
}

/**
 * A subscription field's `resolve`: the payload as the stream yields it, with fresh loaders for the
 * fields below, so a long-lived subscription re-reads related rows at each event instead of answering
 * from the first event's cache. A subscription's events resolve one after another, so the swap cannot
 * reach an event still resolving. The loaders are made on first use: a selection that needs none (the
 * bell's count, on hundreds of sockets) costs nothing.
 */
export function delivered<T>(payload: T, _args: unknown, ctx: Context): T {
  let fresh: Context['loaders'] | undefined;
  Object.defineProperty(ctx, 'loaders', {
    get: () => (fresh ??= createLoaders(ctx.ds)),
    configurable: true,
    enumerable: true,
  });
  return payload;
}
