import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makePartitaIva } from '@filiera/shared';
import { freePort } from '../../db/embedded.js';
import { api, client, cookies, firmCount, useRegistryImportFixture } from './registry-import.fixture.js';
import { recoverInterruptedImports } from './registry-import.recovery.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

useRegistryImportFixture();
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** The real app (src/main.ts) in a process of its own, on this test's database; resolves once healthy. */
async function startAppProcess(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: (api.ds.options as { url: string }).url,
      SEED_ON_START: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  const url = `http://127.0.0.1:${port}`;
  await vi.waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
      const res = await fetch(`${url}/healthz`);
      if (!res.ok) throw new Error(`not healthy yet: ${res.status}`);
    },
    { timeout: 90_000, interval: 200 },
  );
  return { child, url };
}

/** The import's job in the job queue, if any, and whether a worker has taken it. */
const queueJob = async (id: string) =>
  (
    await api.ds.query(`SELECT locked_by IS NOT NULL AS locked FROM graphile_worker.jobs WHERE key = $1`, [
      `registry-import:${id}`,
    ])
  )[0] as { locked: boolean } | undefined;
const jobRow = async (id: string) =>
  (
    await api.ds.query(
      `SELECT status, phase_processed, interrupted_phase, interrupted_at FROM registry_import WHERE id = $1`,
      [id],
    )
  )[0] as {
    status: string;
    phase_processed: number;
    interrupted_phase: string | null;
    interrupted_at: Date | null;
  };

describe('an import interrupted by a crash', () => {
  it('is found at the next start, made retryable, says what happened, and applies on retry', async () => {
    const rows = 15_000;
    const lines = ['Denominazione;Partita IVA;Codice ATECO'];
    for (let i = 0; i < rows; i += 1)
      lines.push(`Calzaturificio ${i} S.r.l.;${makePartitaIva(5_000_000 + i, 46)};15.20.10`);
    const up = await client.upload(Buffer.from(lines.join('\n'), 'utf8'), 'crash.csv');
    const dry = (await client.preview(up.body)).data!.previewRegistryImport;
    expect(dry).toMatchObject({ status: 'PREVIEWED', newCount: rows });
    const before = await firmCount();

    // A second process applies it (a worker of its job queue takes the work) and is killed (SIGKILL: no
    // clean-up) while the apply is under way.
    const first = await startAppProcess();
    const started = await client.startApply(dry, cookies.CONSULTANT, first.url);
    expect(started.data?.applyRegistryImport.status).toBe('APPLYING');
    await vi.waitFor(
      async () => {
        const row = await jobRow(dry.id);
        if (row.status !== 'APPLYING' || row.phase_processed === 0) throw new Error('not under way yet');
      },
      { timeout: 60_000, interval: 20 },
    );
    expect(await queueJob(dry.id)).toMatchObject({ locked: true });
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    // The database is unchanged, and the import is stuck as "being applied".
    expect(await firmCount()).toBe(before);
    expect((await jobRow(dry.id)).status).toBe('APPLYING');

    // The restart finds it before serving.
    const second = await startAppProcess();
    expect(await jobRow(dry.id)).toMatchObject({ status: 'PREVIEWED', interrupted_phase: 'APPLY' });
    // The dead worker's job is cleared from the queue: it will not run again hours later.
    expect(await queueJob(dry.id)).toBeUndefined();
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');

    const seen = await client.getJob(dry.id);
    expect(seen).toMatchObject({ status: 'PREVIEWED', interruptedPhase: 'APPLY', newCount: rows });
    expect(seen.interruptedAt).not.toBeNull();
    const audit = await api.ds.query(
      `SELECT actor_id FROM audit_entry WHERE entity_id = $1 AND action = 'RECOVER_REGISTRY_IMPORT'`,
      [dry.id],
    );
    expect(audit).toEqual([{ actor_id: null }]);

    const applied = (await client.apply(seen)).data!.applyRegistryImport;
    expect(applied).toMatchObject({ status: 'APPLIED', newCount: rows, interruptedPhase: null });
    expect(await firmCount()).toBe(before + rows);
  }, 240_000);

  it('leaves alone an import another live process is working on', async () => {
    const up = await client.upload(
      Buffer.from('Denominazione;Partita IVA\nDitta S.r.l.;01114601006\n'),
      'vivo.csv',
    );
    await api.ds.query(`UPDATE registry_import SET status = 'APPLYING' WHERE id = $1`, [up.body.id]);
    // Another process's session holds the import's lock, as its worker does.
    const other = new pg.Client({ connectionString: (api.ds.options as { url: string }).url });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [
        `registry_import:${up.body.id}`,
      ]);
      expect(await recoverInterruptedImports(api.ds)).toBe(0);
      expect((await client.getJob(up.body.id)).status).toBe('APPLYING');
    } finally {
      await other.end();
    }
    // Its session ended (the process died): the next look makes it retryable.
    await vi.waitFor(
      async () => {
        const n: { n: number }[] = await api.ds.query(
          `SELECT count(*)::int AS n FROM pg_locks
            WHERE locktype = 'advisory' AND granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        if (n[0]!.n > 0) throw new Error('lock still held');
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(await client.getJob(up.body.id)).toMatchObject({ status: 'PREVIEWED', interruptedPhase: 'APPLY' });
  });

  it('lets a person start again at once after the work ended, while the worker still lets go of its lock', async () => {
    const up = await client.upload(
      Buffer.from('Denominazione;Partita IVA\nDitta S.r.l.;01114601006\n'),
      'di-nuovo.csv',
    );
    // The worker's session still holds the lock a moment after the job shows as finished (UPLOADED here).
    const worker = new pg.Client({ connectionString: (api.ds.options as { url: string }).url });
    await worker.connect();
    try {
      await worker.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [
        `registry_import:${up.body.id}`,
      ]);
      const started = api.gql<{ previewRegistryImport: { status: string } }>(
        `mutation ($input: PreviewRegistryImportInput!) { previewRegistryImport(input: $input) { status } }`,
        { input: { id: up.body.id, version: up.body.version, mapping: up.body.mapping } },
        { cookie: cookies.CONSULTANT },
      );
      // The request waits for the lock instead of answering "busy"…
      await vi.waitFor(
        async () => {
          const waiting: { n: number }[] = await api.ds.query(
            `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          );
          if (waiting[0]!.n === 0) throw new Error('not waiting yet');
        },
        { timeout: 10_000, interval: 20 },
      );
      await worker.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [
        `registry_import:${up.body.id}`,
      ]);
      // …and starts the work once it is free.
      const res = await started;
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.previewRegistryImport.status).toBe('PREVIEWING');
    } finally {
      await worker.end();
    }
    expect((await client.settled(up.body.id)).status).toBe('PREVIEWED');
  });
});
