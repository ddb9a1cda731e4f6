import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makePartitaIva } from '@filiera/shared';
import { startJobRunner, type JobRunner } from '../../common/jobs/queue.js';
import { jobHandlers } from '../../jobs.js';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { importClient } from '../../test/registry-import-client.js';

/** Small limits, so that files "too large" for this app are quick to make. */
const MAX_ROWS = 20_000;
const MAX_UNCOMPRESSED_MB = 5;

let api: TestApi;
let cookie: string;
let client: ReturnType<typeof importClient>;
let runner: JobRunner;
beforeAll(async () => {
  api = await startTestApi({
    REGISTRY_IMPORT_MAX_ROWS: String(MAX_ROWS),
    REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB: String(MAX_UNCOMPRESSED_MB),
  });
  const user = await createUser(api.ds, 'CONSULTANT');
  cookie = await api.signIn(user.email, TEST_PASSWORD);
  client = importClient(api, () => cookie);
  // The job queue's workers, as in every API process: they take the import's work as soon as it is queued.
  runner = await startJobRunner({ ds: api.ds, config: api.config }, jobHandlers);
});
afterAll(async () => {
  await runner.stop();
  await api.close();
});

const firmCount = async () => (await api.ds.query(`SELECT count(*)::int AS n FROM firm`))[0].n as number;

/** A registry CSV of `rows` new firms with valid, distinct Partite IVA. */
function registryCsv(rows: number, firstProgressive: number): Buffer {
  const lines = ['Denominazione;Partita IVA;Codice ATECO 2007;Data iscrizione'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`Impresa ${i} S.r.l.;${makePartitaIva(firstProgressive + i, 46)};15.20.10;01/01/2001`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/** An XLSX file written row by row with exceljs' streaming writer, as a registry's export would be. */
async function registryXlsx(rows: number, cell: (i: number) => string): Promise<Buffer> {
  const out = new PassThrough();
  const done = buffer(out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Imprese');
  sheet.addRow(['Denominazione', 'Partita IVA', 'Note']).commit();
  for (let i = 0; i < rows; i += 1) {
    sheet.addRow([`Impresa ${i} S.r.l.`, makePartitaIva(3_000_000 + i, 46), cell(i)]).commit();
  }
  sheet.commit();
  await workbook.commit();
  return done;
}

describe('registry files at the limits', () => {
  it('refuses a CSV with more rows than the limit at upload, saying the limit, and stores nothing', async () => {
    const imports = async () =>
      (await api.ds.query(`SELECT count(*)::int AS n FROM registry_import`))[0].n as number;
    const before = await imports();
    const res = await client.upload(registryCsv(MAX_ROWS + 1, 1_000_000), 'troppe-righe.csv');
    expect(res.status).toBe(400);
    expect(res.body.error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: 'too_many_rows',
    });
    expect(res.body.error?.message).toContain(`more than ${MAX_ROWS} rows`);
    expect(await imports()).toBe(before);
  });

  it('refuses an XLSX that unpacks to more than the limit (a zip bomb) before unpacking it', async () => {
    // 2,000 distinct 3 KB strings: about 6 MB once unpacked, a few hundred KB packed.
    const bomb = await registryXlsx(2000, (i) => `${'x'.repeat(3000)}${i}`);
    expect(bomb.length).toBeLessThan(MAX_UNCOMPRESSED_MB * 1024 * 1024);
    const res = await client.upload(bomb, 'bomba.xlsx');
    expect(res.status).toBe(400);
    expect(res.body.error?.extensions).toMatchObject({ field: 'file', reason: 'too_large_uncompressed' });
    expect(res.body.error?.message).toContain(`more than ${MAX_UNCOMPRESSED_MB} MB`);
  });

  it('stops reading an XLSX at the first row over the limit and says so; nothing is written', async () => {
    const xlsx = await registryXlsx(MAX_ROWS + 1, () => '');
    const up = await client.upload(xlsx, 'troppe-righe.xlsx');
    expect(up.status).toBe(201);
    const before = await firmCount();
    const job = (await client.preview(up.body)).data!.previewRegistryImport;
    expect(job).toMatchObject({ status: 'FAILED', failureReason: 'TOO_MANY_ROWS' });
    expect(job.failureMessage).toContain(`more than ${MAX_ROWS} rows`);
    expect(await firmCount()).toBe(before);
  });

  it('reads a large file in the background while /healthz and other requests keep answering', async () => {
    const up = await client.upload(registryCsv(MAX_ROWS, 2_000_000), 'grande.csv');
    expect(up.status).toBe(201);
    const started = await api.gql<{ previewRegistryImport: { status: string } }>(
      `mutation ($input: PreviewRegistryImportInput!) { previewRegistryImport(input: $input) { status } }`,
      { input: { id: up.body.id, version: up.body.version, mapping: up.body.mapping } },
      { cookie },
    );
    // The mutation answers at once; a worker of the job queue reads the file after.
    expect(started.body.data!.previewRegistryImport.status).toBe('PREVIEWING');
    await vi.waitFor(
      async () => {
        const job = await client.getJob(up.body.id);
        if (job.status !== 'PREVIEWING' || job.progress.processed === 0) throw new Error('not under way yet');
      },
      { timeout: 30_000, interval: 10 },
    );
    const t0 = performance.now();
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    const me = await api.gql<{ me: { user: { email: string } } }>(
      `{ me { user { email } } }`,
      {},
      { cookie },
    );
    expect(me.body.data!.me.user.email).toBeTruthy();
    expect(performance.now() - t0).toBeLessThan(1000);
    // Both were answered while the file was still being read.
    const during = await client.getJob(up.body.id);
    expect(during.status).toBe('PREVIEWING');
    expect(during.progress.processed).toBeLessThan(MAX_ROWS);

    const job = await client.settled(up.body.id);
    expect(job).toMatchObject({
      status: 'PREVIEWED',
      rowCount: MAX_ROWS,
      newCount: MAX_ROWS,
      invalidCount: 0,
    });
    expect(job.kindCounts).toEqual([{ kind: 'SHOE_FACTORY', count: MAX_ROWS }]);
  });
});
