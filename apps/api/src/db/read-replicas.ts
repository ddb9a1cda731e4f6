import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';

/** A WAL position (an LSN such as `16/B374D848`) as a number, so positions compare. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? '');
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : null;
}

/** How often each replica is asked how far it has replayed, and how long it may take to answer. */
const PROBE_EVERY_MS = 500;
const PROBE_TIMEOUT_MS = 1000;

/** Errors that say the server went away (rather than that the statement was wrong). */
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/** The error came from losing the server: a refused or cut connection, a shutdown, a pool timeout. */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string } | null;
  const code = e?.driverError?.code ?? e?.code ?? '';
  return (
    CONNECTION_ERRORS.has(code) ||
    code.startsWith('08') || // connection exception
    code.startsWith('57P') || // admin, crash or startup shutdown
    /Connection terminated|timeout exceeded when trying to connect/i.test(e?.message ?? '')
  );
}

interface Replica {
  url: string;
  /** The replica's host and port, for log lines (never its password). */
  name: string;
  /** Opened once the replica first answers. */
  ds: DataSource | null;
  healthy: boolean;
  /** How far it had replayed the primary's WAL at the last probe. */
  replayLsn: bigint | null;
  probe: pg.Client | null;
  /** A probe is under way (probes never overlap). */
  probing: boolean;
  /** Why it was last skipped, for the start-up line. */
  problem: string | null;
}

/**
 * The streaming replicas of one primary. Each is probed every 500 ms on a connection of its own
 * (`pg_last_wal_replay_lsn()`): a replica that does not answer within a second, cuts its connection or is
 * no longer a standby is skipped at once, so within two seconds of stopping; it is used again from the
 * first probe it answers. `pick(lsn)` names a healthy replica that has replayed at least `lsn`
 * (round-robin), or null, which sends the work to the primary.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private next = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly primary: DataSource,
    urls: readonly string[],
    private readonly poolSize = 10,
  ) {
    this.replicas = urls.map((url) => ({
      url,
      name: new URL(url).host,
      ds: null,
      healthy: false,
      replayLsn: null,
      probe: null,
      probing: false,
      problem: null,
    }));
  }

  /** Probes every replica once (so a healthy one is used from the first request), then every 500 ms. */
  async start(): Promise<void> {
    await Promise.all(this.replicas.map((r) => this.probe(r)));
    for (const r of this.replicas.filter((r) => !r.healthy)) {
      console.warn(
        `Read replica ${r.name} is not answering (${r.problem}): reads go to the primary until it does.`,
      );
    }
    this.timer = setInterval(() => this.replicas.forEach((r) => void this.probe(r)), PROBE_EVERY_MS);
    this.timer.unref();
  }

  /** A healthy replica that has replayed `atLeast` (the session's last write), or null for the primary. */
  pick(atLeast: bigint | null): DataSource | null {
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const r = this.replicas[(this.next + i) % n]!;
      if (r.healthy && r.ds && (atLeast === null || (r.replayLsn !== null && r.replayLsn >= atLeast))) {
        this.next = (this.next + i + 1) % n;
        return r.ds;
      }
    }
    return null;
  }

  /** How many replicas are configured. */
  get size(): number {
    return this.replicas.length;
  }

  /** A statement on the replica failed for want of the server: skip it until a probe answers again. */
  reportFailure(ds: DataSource, error: unknown): void {
    const replica = this.replicas.find((r) => r.ds === ds);
    if (replica && isConnectionError(error)) this.markDown(replica, error);
  }

  /** The replicas' state, for /healthz and tests. */
  status(): { name: string; healthy: boolean; replayLsn: string | null }[] {
    return this.replicas.map((r) => ({
      name: r.name,
      healthy: r.healthy,
      replayLsn: r.replayLsn === null ? null : r.replayLsn.toString(),
    }));
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(
      this.replicas.map(async (r) => {
        r.healthy = false;
        r.probe?.end().catch(() => undefined);
        r.probe = null;
        if (r.ds?.isInitialized) await r.ds.destroy();
      }),
    );
  }

  private markDown(r: Replica, reason: unknown): void {
    const why = reason instanceof Error ? reason.message : String(reason);
    r.problem = why;
    if (r.healthy) {
      console.warn(`Read replica ${r.name} is not answering (${why}): reads go to the primary.`);
    }
    r.healthy = false;
    r.probe?.end().catch(() => undefined);
    r.probe = null;
  }

  private async probe(r: Replica): Promise<void> {
    if (r.probing) return;
    r.probing = true;
    let timeout: NodeJS.Timeout | undefined;
    try {
      const answer = this.ask(r);
      const late = new Promise<never>((_, reject) => {
        timeout = setTimeout(() => reject(new Error('no answer within a second')), PROBE_TIMEOUT_MS);
      });
      const { standby, lsn } = await Promise.race([answer, late]);
      if (!standby) throw new Error('it is not a standby (promoted, or not a replica)');
      if (!r.ds) r.ds = await this.open(r);
      r.replayLsn = parseLsn(lsn);
      if (!r.healthy) console.log(`Read replica ${r.name} is answering: read-only work goes to it.`);
      r.healthy = true;
    } catch (error) {
      this.markDown(r, error);
    } finally {
      clearTimeout(timeout);
      r.probing = false;
    }
  }

  private async ask(r: Replica): Promise<{ standby: boolean; lsn: string | null }> {
    if (!r.probe) {
      const client = new pg.Client({
        connectionString: r.url,
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        application_name: 'filiera-replica-probe',
      });
      // A shutdown or a cut connection marks the replica down at once, not at the next probe.
      client.on('error', (error) => this.markDown(r, error));
      client.on('end', () => {
        if (r.probe === client) this.markDown(r, new Error('connection closed'));
      });
      r.probe = client;
      await client.connect();
    }
    const { rows } = await r.probe.query<{ standby: boolean; lsn: string | null }>(
      `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn`,
    );
    return rows[0]!;
  }

  private async open(r: Replica): Promise<DataSource> {
    const ds = createDataSource(r.url, { poolSize: this.poolSize, connectTimeoutMs: PROBE_TIMEOUT_MS });
    await ds.initialize();
    return ds;
  }
}

const byPrimary = new WeakMap<DataSource, ReadReplicas>();

/** Opens the replicas of `primary` (none: null) and makes them its read replicas for this process. */
export async function openReadReplicas(
  primary: DataSource,
  urls: readonly string[],
  poolSize?: number,
): Promise<ReadReplicas | null> {
  if (!urls.length) return null;
  const replicas = new ReadReplicas(primary, urls, poolSize);
  await replicas.start();
  byPrimary.set(primary, replicas);
  return replicas;
}

/** The read replicas of a primary, or null when it has none. */
export function readReplicasOf(primary: DataSource): ReadReplicas | null {
  return byPrimary.get(primary) ?? null;
}

/** The primary's WAL position now: after a commit, at least that commit's (for read-your-writes). */
export async function currentWalPosition(primary: DataSource): Promise<string> {
  const [row]: { lsn: string }[] = await primary.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
  return row!.lsn;
}
