import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartitaIva } from '@filiera/shared';
import { enqueueJob, startJobRunner, type JobRunner } from '../../common/jobs/queue.js';
import { createDataSource } from '../../db/data-source.js';
import { jobHandlers } from '../../jobs.js';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { importClient, type Job } from '../../test/registry-import-client.js';
import { recoverInterruptedImports } from './registry-import.recovery.js';
import { REGISTRY_IMPORT_TASK } from './registry-import.work.js';

/**
 * Two API processes on one database, as `WEB_CONCURRENCY=2` or two machines run them: each with its
 * own connection pool, HTTP app and job-queue workers.
 */
let first: TestApi;
let second: TestApi;
let secondDs: DataSource;
let cookie: string;
let userId: string;
let client: ReturnType<typeof importClient>;
let runners: JobRunner[] = [];
beforeAll(async () => {
  first = await startTestApi();
  secondDs = createDataSource((first.ds.options as { url: string }).url, { poolSize: 4 });
  await secondDs.initialize();
  second = await startTestApi({}, { ds: secondDs, drop: () => secondDs.destroy() });
  const user = await createUser(first.ds, 'CONSULTANT');
  userId = user.id;
  cookie = await first.signIn(user.email, TEST_PASSWORD);
  client = importClient(first, () => cookie);
});
afterAll(async () => {
  await stopWorkers();
  await second.close();
  await first.close();
});

/** Both processes' workers (two each), taking jobs as soon as they are queued. */
async function startWorkers() {
  runners = [
    await startJobRunner({ ds: first.ds, config: first.config }, jobHandlers),
    await startJobRunner({ ds: secondDs, config: second.config }, jobHandlers),
  ];
}
async function stopWorkers() {
  await Promise.all(runners.map((r) => r.stop()));
  runners = [];
}

const count = async (sql: string, params: unknown[] = []) =>
  ((await first.ds.query(sql, params)) as { n: number }[])[0]!.n;
const firmCount = () => count(`SELECT count(*)::int AS n FROM firm`);
const audits = (id: string, action: string) =>
  count(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action = $2`, [id, action]);
const queued = (id: string) =>
  count(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1`, [`registry-import:${id}`]);

/** A previewed import of `rows` new firms. */
async function previewed(rows: number, firstProgressive: number): Promise<Job> {
  const lines = ['Denominazione;Partita IVA'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`Tomaificio ${i} S.r.l.;${makePartitaIva(firstProgressive + i, 46)}`);
  const up = await client.upload(Buffer.from(lines.join('\n'), 'utf8'), 'due-processi.csv');
  expect(up.status).toBe(201);
  const job = (await client.preview(up.body)).data!.previewRegistryImport;
  expect(job).toMatchObject({ status: 'PREVIEWED', newCount: rows });
  return job;
}

const APPLY = `mutation ($input: ApplyRegistryImportInput!) { applyRegistryImport(input: $input) { status version } }`;

describe('the registry import on the job queue, with two API processes', () => {
  it('applies once when the same apply is sent to both processes at the same moment', async () => {
    await startWorkers();
    try {
      const rows = 3000;
      const job = await previewed(rows, 6_100_000);
      const before = await firmCount();
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 ? second : first).gql<{ applyRegistryImport: { status: string } }>(
            APPLY,
            { input: { id: job.id, version: job.version } },
            { cookie },
          ),
        ),
      );
      const started = answers.filter((a) => a.body.data?.applyRegistryImport.status === 'APPLYING');
      expect(started).toHaveLength(1);
      for (const refused of answers.filter((a) => a.body.errors)) {
        expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(refused.body.errors![0]!.extensions?.code);
      }
      expect(await client.settled(job.id)).toMatchObject({ status: 'APPLIED', newCount: rows });
      expect(await firmCount()).toBe(before + rows);
      expect(await audits(job.id, 'APPLY_REGISTRY_IMPORT')).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'IMPORT_FIRM'`)).toBe(
        rows,
      );
      expect(await queued(job.id)).toBe(0);
    } finally {
      await stopWorkers();
    }
  });

  it('applies once when its job is delivered several times to workers of both processes at once', async () => {
    const rows = 2000;
    const job = await previewed(rows, 6_200_000);
    const before = await firmCount();
    const res = await first.gql<{ applyRegistryImport: { status: string; version: number } }>(
      APPLY,
      { input: { id: job.id, version: job.version } },
      { cookie },
    );
    const claimed = res.body.data!.applyRegistryImport;
    expect(claimed.status).toBe('APPLYING');
    // Three more copies of the queued job, as a queue that delivers twice (or a replayed job) would make.
    const payload = {
      importId: job.id,
      phase: 'APPLY',
      version: claimed.version,
      actor: { userId, ip: '127.0.0.1' },
    };
    for (let i = 0; i < 3; i += 1) await enqueueJob(first.ds.manager, REGISTRY_IMPORT_TASK, payload);
    // Four jobs, four workers over two processes: they start together.
    await startWorkers();
    try {
      expect(await client.settled(job.id)).toMatchObject({ status: 'APPLIED', newCount: rows });
      await expect
        .poll(() => count(`SELECT count(*)::int AS n FROM graphile_worker.jobs`), { timeout: 30_000 })
        .toBe(0);
      expect(await firmCount()).toBe(before + rows);
      expect(await audits(job.id, 'APPLY_REGISTRY_IMPORT')).toBe(1);
      expect(await audits(job.id, 'APPLY_REGISTRY_IMPORT_FAILED')).toBe(0);
    } finally {
      await stopWorkers();
    }
  });

  it('runs a dry run once when its job is delivered again after it finished', async () => {
    const lines = ['Denominazione;Partita IVA', `Suolificio S.r.l.;${makePartitaIva(6_400_000, 46)}`];
    const up = await client.upload(Buffer.from(lines.join('\n'), 'utf8'), 'doppio.csv');
    const res = await first.gql<{ previewRegistryImport: { status: string; version: number } }>(
      `mutation ($input: PreviewRegistryImportInput!) { previewRegistryImport(input: $input) { status version } }`,
      { input: { id: up.body.id, version: up.body.version, mapping: up.body.mapping } },
      { cookie },
    );
    const claimed = res.body.data!.previewRegistryImport;
    const done = await client.settled(up.body.id);
    expect(done).toMatchObject({ status: 'PREVIEWED', version: claimed.version + 1 });
    // The same job again, late: the import has moved on, so it changes nothing.
    await enqueueJob(first.ds.manager, REGISTRY_IMPORT_TASK, {
      importId: up.body.id,
      phase: 'PREVIEW',
      version: claimed.version,
      actor: { userId, ip: '127.0.0.1' },
    });
    await first.runJobs();
    expect(await client.getJob(up.body.id)).toMatchObject({ status: 'PREVIEWED', version: done.version });
    expect(await audits(up.body.id, 'PREVIEW_REGISTRY_IMPORT')).toBe(1);
  });

  it('leaves a queued import alone while no worker has taken it yet, and runs it when one starts', async () => {
    const rows = 50;
    const job = await previewed(rows, 6_300_000);
    const before = await firmCount();
    const res = await second.gql<{ applyRegistryImport: { status: string } }>(
      APPLY,
      { input: { id: job.id, version: job.version } },
      { cookie },
    );
    expect(res.body.data!.applyRegistryImport.status).toBe('APPLYING');
    // Every worker busy or stopped: a restart's recovery and a person's look must not undo the claim.
    expect(await recoverInterruptedImports(first.ds)).toBe(0);
    expect(await client.getJob(job.id)).toMatchObject({ status: 'APPLYING', interruptedPhase: null });
    expect(await queued(job.id)).toBe(1);
    await startWorkers();
    try {
      await expect
        .poll(async () => (await client.getJob(job.id)).status, { timeout: 30_000 })
        .toBe('APPLIED');
      expect(await firmCount()).toBe(before + rows);
    } finally {
      await stopWorkers();
    }
  });
});
