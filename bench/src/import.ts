import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { signInConsultant, startApp } from './app.js';
import { compactCsv, compactXlsx, generateRegistryCsv, ROWS } from './registry-files.js';

/**
 * `pnpm bench:import`: the registry import at DESIGN.md's scale. Starts the built app on a fresh
 * embedded database (.data/bench-import, emptied first, demo district seeded), generates a deterministic
 * 50,000-row registry CSV (";", Latin-1-safe text, ~1% invalid rows, the district's 353 firms among the
 * rows with changed fields), then uploads, dry-runs and applies it through the HTTP API (both run in the
 * background: the bench polls the job), then offers three 1,000,000-row files (a full CSV, a compact
 * CSV, a compressed XLSX). It samples the app's resident memory and the time /healthz takes to answer
 * all along, and prints seconds, peak RSS and /healthz latency per phase against the targets (50,000
 * rows ≤ 60 s, every phase ≤ 500 MB).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The file that must be refused, or read without passing the memory target. */
const HUGE_ROWS = 1_000_000;
const TARGET_SECONDS = 60;
const TARGET_MB = 500;

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

interface Phase {
  name: string;
  seconds: number;
  peakMb: number;
  progressSteps: number;
  /** How long /healthz took to answer while the phase ran, in ms. */
  healthP50: number;
  healthP95: number;
  healthMax: number;
}

/** A thread that asks /healthz every 100 ms and posts how long each answer took, in ms. */
const HEALTH_PROBE = `
  const { parentPort, workerData } = require('node:worker_threads');
  (async () => {
    for (;;) {
      const t0 = performance.now();
      const ok = await fetch(workerData.url).then((r) => r.ok, () => false);
      if (ok) parentPort.postMessage(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
`;

const mb = (b: Buffer) => (b.length / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const dataDir = path.join(root, '.data', 'bench-import');
  await rm(dataDir, { recursive: true, force: true });
  const app = await startApp({ scale: 'district', env: { DATA_DIR: dataDir } });
  const url = app.url;
  try {
    const cookie = await signInConsultant(url);
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data as T;
    };

    const existing: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        firms: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { vatNumber: string } }[];
        };
      } = await gql(
        `query ($after: String) { firms(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { vatNumber } } } }`,
        { after },
      );
      existing.push(...page.firms.edges.map((e) => e.node.vatNumber));
      after = page.firms.pageInfo.hasNextPage ? page.firms.pageInfo.endCursor : null;
    } while (after);
    const csv = generateRegistryCsv(existing);
    process.stdout.write(
      `generated ${ROWS.toLocaleString('en')} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB), ${existing.length} of them existing firms\n`,
    );

    const pid = app.pid!;
    const phases: Phase[] = [];
    type Job = {
      version: number;
      status: string;
      newCount: number;
      updatedCount: number;
      unchangedCount: number;
      invalidCount: number;
      failureReason: string | null;
      progress: { processed: number; total: number };
    };
    const fields =
      'version status newCount updatedCount unchangedCount invalidCount failureReason progress { processed total }';
    const readJob = async (id: string) =>
      (
        await gql<{ registryImport: Job }>(`query ($id: ID!) { registryImport(id: $id) { ${fields} } }`, {
          id,
        })
      ).registryImport;

    /**
     * Runs one phase while sampling, every 100 ms, the app's memory, the time /healthz takes to answer and
     * (for background work) the job's progress; the phase ends when `run` resolves.
     */
    const measure = async <T>(name: string, importId: string | null, run: () => Promise<T>): Promise<T> => {
      let peak = rssMb(pid);
      const seen = new Set<string>();
      // /healthz is timed from a thread of its own: this one is busy building and sending big files.
      const probe = new Worker(HEALTH_PROBE, { eval: true, workerData: { url: `${url}/healthz` } });
      const health: number[] = [];
      probe.on('message', (ms: number) => health.push(ms));
      let running = true;
      const sampler = (async () => {
        while (running) {
          peak = Math.max(peak, rssMb(pid));
          if (importId) {
            const p = await readJob(importId).catch(() => null);
            if (p) seen.add(`${p.progress.processed}/${p.progress.total}`);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const start = performance.now();
      try {
        return await run();
      } finally {
        const seconds = (performance.now() - start) / 1000;
        running = false;
        await sampler;
        await probe.terminate();
        health.sort((a, b) => a - b);
        const at = (q: number) => health[Math.min(health.length - 1, Math.floor(q * health.length))] ?? NaN;
        phases.push({
          name,
          seconds,
          peakMb: Math.max(peak, rssMb(pid)),
          progressSteps: seen.size,
          healthP50: at(0.5),
          healthP95: at(0.95),
          healthMax: health.at(-1) ?? NaN,
        });
      }
    };

    const upload = async (content: Buffer, fileName: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), fileName);
      // A file over the upload size may be refused (413) and the connection closed before it is all sent.
      const res = await fetch(`${url}/api/registry-imports`, {
        method: 'POST',
        headers: { cookie, 'x-filiera-upload': '1' },
        body: form,
      }).catch((error: unknown) => {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
        return new Response(
          JSON.stringify({ error: { message: `connection closed by the app (${cause})` } }),
          {
            status: 599,
          },
        );
      });
      const body = (await res.json()) as {
        id: string;
        version: number;
        mapping: { column: string; field: string | null }[];
        error?: { message: string };
      };
      return { status: res.status, body };
    };
    /** Starts background work with a mutation, then polls the job until it has finished. */
    const untilSettled = async (id: string, start: () => Promise<unknown>) => {
      await start();
      for (;;) {
        const job = await readJob(id);
        if (job.status !== 'PREVIEWING' && job.status !== 'APPLYING') return job;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const previewOf = (up: { id: string; version: number; mapping: unknown }) =>
      untilSettled(up.id, () =>
        gql(
          `mutation ($input: PreviewRegistryImportInput!) { previewRegistryImport(input: $input) { version } }`,
          {
            input: { id: up.id, version: up.version, mapping: up.mapping },
          },
        ),
      );

    const uploaded = await measure('upload (header, store file)', null, async () => {
      const res = await upload(csv, 'registro-50000.csv');
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    });
    const d = await measure('dry run (background)', uploaded.id, () => previewOf(uploaded));
    const a = await measure('apply (background, one transaction)', uploaded.id, () =>
      untilSettled(uploaded.id, () =>
        gql(
          `mutation ($input: ApplyRegistryImportInput!) { applyRegistryImport(input: $input) { version } }`,
          {
            input: { id: uploaded.id, version: d.version },
          },
        ),
      ),
    );
    const importPhases = phases.length;

    // DESIGN.md's "refused or processed without passing 500 MB" for a 1,000,000-row file, in the three
    // shapes it can arrive in: a full extract (over the upload size), a compact CSV under the size (its
    // rows are counted at upload), and a compressed XLSX under the size (read as a stream to the limit).
    const big: { name: string; outcome: string }[] = [];
    const full = generateRegistryCsv([], HUGE_ROWS);
    await measure(`1M-row CSV (${mb(full)} MB): upload`, null, async () => {
      const res = await upload(full, 'registro-1m.csv');
      big.push({ name: 'full CSV', outcome: `HTTP ${res.status} ${res.body.error?.message ?? ''}` });
    });
    const compact = compactCsv(HUGE_ROWS);
    await measure(`1M-row CSV (${mb(compact)} MB): upload`, null, async () => {
      const res = await upload(compact, 'registro-1m-compatto.csv');
      big.push({ name: 'compact CSV', outcome: `HTTP ${res.status} ${res.body.error?.message ?? ''}` });
    });
    const xlsx = await compactXlsx(HUGE_ROWS);
    const xlsxUp = await measure(`1M-row XLSX (${mb(xlsx)} MB): upload`, null, () =>
      upload(xlsx, 'registro-1m.xlsx'),
    );
    if (xlsxUp.status !== 201) {
      big.push({ name: 'XLSX', outcome: `HTTP ${xlsxUp.status} ${xlsxUp.body.error?.message ?? ''}` });
    } else {
      const x = await measure('1M-row XLSX: dry run (background)', xlsxUp.body.id, () =>
        previewOf(xlsxUp.body),
      );
      big.push({
        name: 'XLSX',
        outcome: `dry run ${x.status}${x.failureReason ? ` (${x.failureReason})` : ''}`,
      });
    }

    process.stdout.write(
      `\ndry run: ${d.newCount} new, ${d.updatedCount} updated, ${d.unchangedCount} unchanged, ${d.invalidCount} invalid\n` +
        `apply:   ${a.status}, ${a.newCount} new, ${a.updatedCount} updated\n` +
        big.map((b) => `1,000,000 rows, ${b.name}: ${b.outcome}\n`).join('') +
        '\n',
    );
    const pad = (v: string, n: number) => v.padEnd(n);
    const ms = (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(0));
    process.stdout.write(
      `${pad('phase', 44)}${pad('seconds', 9)}${pad('peak RSS MB', 13)}${pad('/healthz ms p50/p95/max', 25)}progress readings\n`,
    );
    for (const p of phases) {
      process.stdout.write(
        `${pad(p.name, 44)}${pad(p.seconds.toFixed(1), 9)}${pad(p.peakMb.toFixed(0), 13)}` +
          `${pad(`${ms(p.healthP50)}/${ms(p.healthP95)}/${ms(p.healthMax)}`, 25)}${p.progressSteps}\n`,
      );
    }
    const ours = phases.slice(0, importPhases);
    const total = ours.reduce((sum, p) => sum + p.seconds, 0);
    const peak = Math.max(...phases.map((p) => p.peakMb));
    const met = total <= TARGET_SECONDS && peak <= TARGET_MB;
    process.stdout.write(
      `${pad('50,000-row import, total', 44)}${pad(total.toFixed(1), 9)}${pad(Math.max(...ours.map((p) => p.peakMb)).toFixed(0), 13)}\n` +
        `targets: 50,000 rows ≤ ${TARGET_SECONDS} s; every phase, the 1,000,000-row files included, ≤ ${TARGET_MB} MB → ${met ? 'met' : 'NOT met'}\n`,
    );
    if (a.status !== 'APPLIED' || !met) process.exitCode = 1;
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
