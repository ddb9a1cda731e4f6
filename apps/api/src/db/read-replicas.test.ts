import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WAL_COOKIE } from '../common/read-routing.js';
import { createUser, createFirm, TEST_PASSWORD } from '../test/factories.js';
import { startTestApi, type TestApi } from '../test/harness.js';
import { pgCluster } from '../test/pg-cluster.js';
import { startTempPrimary } from '../test/temp-primary.js';
import { baseBackup, restoreBaseBackup } from './backup.js';
import { freePort, type EmbeddedDatabase } from './embedded.js';
import { parseLsn, readReplicasOf } from './read-replicas.js';

/** A browser: keeps the cookies the app sets (session and WAL position) and sends them back. */
function browser(api: TestApi) {
  const jar = new Map<string, string>();
  const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...jar].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; '),
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), decodeURIComponent(pair!.slice(eq + 1)));
    }
    return (await res.json()) as { data?: T; errors?: { message: string }[] };
  };
  return { gql, jar };
}

const DIRECTORY = `{ firms(first: 100) { edges { node { id legalName } } } }`;
const RENAME = `mutation ($input: UpdateFirmProfileInput!) { updateFirmProfile(input: $input) { version } }`;

describe('read replicas: a primary and a streaming replica seeded from a base backup', () => {
  let dir: string;
  let primary: EmbeddedDatabase;
  let ds: DataSource;
  let replica: ReturnType<typeof pgCluster>;
  let replicaUrl: string;
  let api: TestApi;

  beforeAll(async () => {
    ({ dir, primary, ds } = await startTempPrimary({
      prefix: 'filiera-replica-',
      name: 'primary',
      poolSize: 4,
    }));

    const file = path.join(dir, 'base.tar.gz');
    await baseBackup({ adminUrl: primary.adminUrl, clusterDir: path.join(dir, 'primary', 'pg'), file });
    const admin = new URL(primary.adminUrl);
    const conninfo = `host=127.0.0.1 port=${primary.port} user=postgres password=${decodeURIComponent(admin.password)}`;
    await restoreBaseBackup(file, path.join(dir, 'replica'), { standbyOf: conninfo });
    const port = await freePort();
    replica = pgCluster(path.join(dir, 'replica', 'pg'), port);
    await replica.start();
    const url = new URL(primary.url);
    url.port = String(port);
    replicaUrl = url.toString();

    api = await startTestApi(
      { DATABASE_URL: primary.url, DATABASE_REPLICA_URLS: replicaUrl },
      { ds, drop: () => ds.destroy() },
    );
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await replica?.stop().catch(() => undefined);
    await primary?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs SQL on the replica as its superuser (to hold its replay back, as lag would). */
  async function onReplica(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: replicaUrl.replace(/\/filiera$/, '/postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  const replicaState = () => readReplicasOf(ds)!.status()[0]!;
  /** The replica is healthy and, as last probed, has replayed the session's last write. */
  const replicaHas = (session: ReturnType<typeof browser>) => {
    const state = replicaState();
    const needed = parseLsn(session.jar.get(WAL_COOKIE)) ?? 0n;
    return state.healthy && BigInt(state.replayLsn ?? -1) >= needed;
  };

  it('reads a session’s own writes at once, while other sessions read a replica; answers continue without it', async () => {
    const firmUser = await createUser(ds, 'FIRM');
    const analyst = await createUser(ds, 'CHAMBER');
    await createFirm(ds); // the directory lists more than the one firm
    const writer = browser(api);
    const reader = browser(api);
    const nameSeenBy = async (session: ReturnType<typeof browser>) => {
      const res = await session.gql<{ firms: { edges: { node: { id: string; legalName: string } }[] } }>(
        DIRECTORY,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.firms.edges.find((e) => e.node.id === firmUser.firmId)?.node.legalName;
    };
    const rename = async (legalName: string) => {
      const [{ version }] = await ds.query(`SELECT version FROM firm WHERE id = $1`, [firmUser.firmId]);
      const res = await writer.gql(RENAME, { input: { id: firmUser.firmId, version, legalName } });
      expect(res.errors).toBeUndefined();
    };
    const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
    await writer.gql(signIn, { input: { email: firmUser.email, password: TEST_PASSWORD } });
    await reader.gql(signIn, { input: { email: analyst.email, password: TEST_PASSWORD } });
    expect(writer.jar.get(WAL_COOKIE)).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

    // The replica catches up with everything so far, then stops replaying (as a lagging one would).
    await vi.waitFor(() => expect(replicaHas(reader) && replicaHas(writer)).toBe(true), { timeout: 10_000 });
    const original = await nameSeenBy(reader);
    expect(original).toMatch(/^Calzaturificio Prova/);
    await onReplica(`SELECT pg_wal_replay_pause()`);

    await rename('Calzaturificio Rinominato S.r.l.');
    // The writer reads its write at once (from the primary: the replica has not replayed it) …
    expect(await nameSeenBy(writer)).toBe('Calzaturificio Rinominato S.r.l.');
    // … while the other session reads the replica, directory cache included, as of its replay.
    expect(await nameSeenBy(reader)).toBe(original);

    await onReplica(`SELECT pg_wal_replay_resume()`);
    await vi.waitFor(async () => expect(await nameSeenBy(reader)).toBe('Calzaturificio Rinominato S.r.l.'), {
      timeout: 10_000,
    });

    // The replica stops: every read still answers, from the primary, and it is skipped within 2 s.
    const stoppedAt = Date.now();
    await replica.stop();
    for (let i = 0; i < 5; i++) {
      expect(await nameSeenBy(reader)).toBe('Calzaturificio Rinominato S.r.l.');
      expect(await nameSeenBy(writer)).toBe('Calzaturificio Rinominato S.r.l.');
    }
    const left = 2_000 - (Date.now() - stoppedAt);
    await vi.waitFor(() => expect(replicaState().healthy).toBe(false), { timeout: Math.max(1, left) });

    // Started again, it is used again: with its replay held back, the reader sees it lag.
    await replica.start();
    await vi.waitFor(() => expect(replicaHas(reader)).toBe(true), { timeout: 10_000 });
    await onReplica(`SELECT pg_wal_replay_pause()`);
    await rename('Calzaturificio Terzo Nome S.r.l.');
    expect(await nameSeenBy(writer)).toBe('Calzaturificio Terzo Nome S.r.l.');
    expect(await nameSeenBy(reader)).toBe('Calzaturificio Rinominato S.r.l.');
    await onReplica(`SELECT pg_wal_replay_resume()`);
  });
});
