import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `pnpm bench:import`: the registry import at DESIGN.md's scale. Starts the built app on a fresh
 * embedded database (.data/bench-import, emptied first, demo district seeded), generates a deterministic
 * 50,000-row registry CSV (";", Latin-1-safe text, ~1% invalid rows, the district's 353 firms among the
 * rows with changed fields), then uploads, dry-runs and applies it through the HTTP API, sampling the
 * app's resident memory. Prints seconds and peak RSS per phase against the targets (≤ 60 s, ≤ 500 MB).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROWS = 50_000;
const TARGET_SECONDS = 60;
const TARGET_MB = 500;

/** mulberry32: a small deterministic PRNG, so every run imports the same file. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid Partita IVA (Luhn-style check digit) from a progressive number and an office code. */
function partitaIva(progressive: number, office: number): string {
  const first10 = String(progressive).padStart(7, '0') + String(office).padStart(3, '0');
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const d = Number(first10[i]);
    sum += i % 2 === 0 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return first10 + String((10 - (sum % 10)) % 10);
}

const HAMLETS = [
  'Segromigno in Monte',
  'Segromigno in Piano',
  'Lammari',
  'Marlia',
  'Camigliano',
  'Capannori',
];
const ATECO = ['15.20.10', '15.20.20', '22.12.00', '15.11.00', '14.10.10', '46.42.30', '62.10.00'];
const FORMS = ['S.r.l.', 'S.n.c.', 'S.a.s.', 'S.p.A.', 'Ditta individuale'];

/** The 50,000-row file: the district's existing firms (updated employees), then new firms; 1 row in 100 broken. */
export function generateRegistryCsv(existingVats: string[], rows = ROWS): Buffer {
  const random = prng(20261125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = [
    'Denominazione;Codice fiscale;Partita IVA;N. REA;Forma giuridica;Indirizzo;CAP;Comune;Frazione;Provincia;Codice ATECO;Addetti;Data iscrizione',
  ];
  for (let i = 0; i < rows; i += 1) {
    const vat = i < existingVats.length ? existingVats[i]! : partitaIva(8_000_000 + i, 46);
    const broken = i % 100 === 99;
    const form = pick(FORMS);
    lines.push(
      [
        broken && i % 200 === 199 ? '' : `Impresa Registro ${i + 1} ${form}`,
        vat,
        broken ? `${vat.slice(0, 10)}${(Number(vat[10]) + 1) % 10}` : vat,
        `LU ${100_000 + i}`,
        form,
        `Via della Città ${1 + Math.floor(random() * 200)}`,
        pick(['55012', '55014', '55018']),
        'Capannori',
        pick(HAMLETS),
        'LU',
        pick(ATECO),
        String(1 + Math.floor(random() * 80)),
        `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${1960 + Math.floor(random() * 65)}`,
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

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
}

async function main(): Promise<void> {
  const dataDir = path.join(root, '.data', 'bench-import');
  await rm(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(`  [app] ${chunk.toString()}`));
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i += 1) {
      if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
      if (
        await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 300) throw new Error('the app did not become healthy in 5 minutes');
      await new Promise((r) => setTimeout(r, 1000));
    }
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: 'consulente@filiera.example', password: 'filiera-consulente-2026' } },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in failed: ${await signIn.text()}`);
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

    const pid = child.pid!;
    const phases: Phase[] = [];
    /** Runs one phase while sampling the app's memory and the job's progress every 100 ms. */
    const measure = async <T>(name: string, importId: string | null, run: () => Promise<T>): Promise<T> => {
      let peak = rssMb(pid);
      const seen = new Set<string>();
      let running = true;
      const sampler = (async () => {
        while (running) {
          peak = Math.max(peak, rssMb(pid));
          if (importId) {
            const p = await gql<{ registryImport: { progress: { processed: number; total: number } } }>(
              `query ($id: ID!) { registryImport(id: $id) { progress { processed total } } }`,
              { id: importId },
            ).catch(() => null);
            if (p) seen.add(`${p.registryImport.progress.processed}/${p.registryImport.progress.total}`);
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
        phases.push({ name, seconds, peakMb: Math.max(peak, rssMb(pid)), progressSteps: seen.size });
      }
    };

    const uploaded = await measure('upload (parse header, store file)', null, async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(csv)]), 'registro-50000.csv');
      const res = await fetch(`${url}/api/registry-imports`, {
        method: 'POST',
        headers: { cookie, 'x-filiera-upload': '1' },
        body: form,
      });
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as {
        id: string;
        version: number;
        mapping: { column: string; field: string | null }[];
      };
    });
    type Job = {
      version: number;
      status: string;
      newCount: number;
      updatedCount: number;
      unchangedCount: number;
      invalidCount: number;
    };
    const fields = 'version status newCount updatedCount unchangedCount invalidCount';
    const dry = await measure('dry run (parse, check, match)', uploaded.id, () =>
      gql<{ previewRegistryImport: Job }>(
        `mutation ($input: PreviewRegistryImportInput!) { previewRegistryImport(input: $input) { ${fields} } }`,
        { input: { id: uploaded.id, version: uploaded.version, mapping: uploaded.mapping } },
      ),
    );
    const applied = await measure('apply (one transaction)', uploaded.id, () =>
      gql<{ applyRegistryImport: Job }>(
        `mutation ($input: ApplyRegistryImportInput!) { applyRegistryImport(input: $input) { ${fields} } }`,
        { input: { id: uploaded.id, version: dry.previewRegistryImport.version } },
      ),
    );

    const d = dry.previewRegistryImport;
    const a = applied.applyRegistryImport;
    process.stdout.write(
      `\ndry run: ${d.newCount} new, ${d.updatedCount} updated, ${d.unchangedCount} unchanged, ${d.invalidCount} invalid\n` +
        `apply:   ${a.status}, ${a.newCount} new, ${a.updatedCount} updated\n\n`,
    );
    const total = phases.reduce((s, p) => s + p.seconds, 0);
    const peak = Math.max(...phases.map((p) => p.peakMb));
    const pad = (s: string, n: number) => s.padEnd(n);
    process.stdout.write(
      `${pad('phase', 36)}${pad('seconds', 10)}${pad('peak RSS MB', 14)}progress readings\n`,
    );
    for (const p of phases) {
      process.stdout.write(
        `${pad(p.name, 36)}${pad(p.seconds.toFixed(1), 10)}${pad(p.peakMb.toFixed(0), 14)}${p.progressSteps}\n`,
      );
    }
    process.stdout.write(
      `${pad('total', 36)}${pad(total.toFixed(1), 10)}${pad(peak.toFixed(0), 14)}\n` +
        `targets: ≤ ${TARGET_SECONDS} s, ≤ ${TARGET_MB} MB → ${total <= TARGET_SECONDS && peak <= TARGET_MB ? 'met' : 'NOT met'}\n`,
    );
    if (a.status !== 'APPLIED' || total > TARGET_SECONDS || peak > TARGET_MB) process.exitCode = 1;
  } finally {
    child.kill('SIGINT');
    await once(child, 'exit');
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
