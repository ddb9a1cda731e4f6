import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/db/embedded.js';
import { signInConsultant, startApp, type RunningApp } from './app.js';
import { runScenario, type Result, type Scenario } from './load.js';
import { RAW_STATEMENTS, startRawServer } from './raw-server.js';
import { printTable } from './table.js';

/**
 * Issue 21: the directory and the supply chain beside the practical limit. In one run, on the national
 * dataset, each request kind is measured against three servers on the same database: the app with the
 * directory cache off (DIRECTORY_CACHE_FIRMS=0), the app with it on, and a bare HTTP server answering with
 * one raw SQL statement (raw-server.ts). Ratios are the bare server's req/s over the app's (the app's time
 * per request in units of the limit's), so the machine's noise cancels out as far as it can. Searches and
 * filters change with every request, so a cache hit cannot stand in for the uncached case.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The demo factory exists at every scale (the seed's DEMO_FIRM_ID). */
const FACTORY_ID = 'f1e1a000-0000-4000-8000-000000000001';

const FIRM_FIELDS = `id legalName kind hamlet adhesionStatus supplierCount customerCount capabilities { code labelIt }`;
const DIRECTORY_QUERY = `query ($first: Int, $after: String, $filter: FirmFilter, $search: String) {
  firms(first: $first, after: $after, filter: $filter, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIRM_FIELDS} } }
  }
}`;
const FACETS_QUERY = `query ($filter: FirmFilter) {
  firmFacets(filter: $filter) {
    kinds { value count } capabilities { value count } hamlets { value count } adhesionStatuses { value count }
    certifications { value count } exportMarkets { value count } employeesRanges { min max count } ceasedCount
  }
}`;
const UPSTREAM_QUERY = `query ($firmId: ID!, $depth: Int) {
  supplyChain(firmId: $firmId, direction: UPSTREAM, depth: $depth) {
    nodes { tier firm { id legalName kind } }
    links { id supplier { id } customer { id } capability { code } }
  }
}`;

/** One request kind: the app's GraphQL query and the bare server's statement (a RAW_STATEMENTS key). */
interface Kind {
  name: string;
  raw: keyof typeof RAW_STATEMENTS;
  query: string;
  variables?: Record<string, unknown>;
  variablesOf?: (i: number) => Record<string, unknown>;
  /** The first request's variables, for the EXPLAIN (ANALYZE, BUFFERS) of the bare statement. */
  explain?: boolean;
}

/** A name cursor just before the names starting with `prefix`. */
const nameCursor = (prefix: string) =>
  Buffer.from(JSON.stringify(['NAME', prefix, '00000000-0000-4000-8000-000000000000'])).toString('base64url');

async function kinds(pool: pg.Pool): Promise<Kind[]> {
  const firmKinds = (await pool.query<{ kind: string }>(`SELECT DISTINCT kind FROM firm ORDER BY kind`)).rows;
  // The 12 hamlets with the most firms, so most kind + hamlet pairs list someone.
  const hamlets = (
    await pool.query<{ hamlet: string }>(
      `SELECT hamlet FROM firm WHERE hamlet IS NOT NULL GROUP BY hamlet ORDER BY count(*) DESC, hamlet LIMIT 12`,
    )
  ).rows;
  // A word of each capability's Italian label: each matches about a thousand firms at national scale.
  const words = (
    await pool.query<{ label_it: string }>(`SELECT label_it FROM capability ORDER BY code`)
  ).rows.map((r) => r.label_it.toLowerCase().split(/[^a-zà-ù]+/)[0]!);
  const pairs = firmKinds.flatMap((k) => hamlets.map((h) => [k.kind, h.hamlet] as const));
  return [
    { name: 'directory first 50', raw: 'directory', query: DIRECTORY_QUERY, variables: { first: 50 } },
    {
      name: 'directory kind+hamlet',
      raw: 'filtered',
      query: DIRECTORY_QUERY,
      explain: true,
      // Every request a new pair or page size: the page is never cached, the pair's count may be.
      variablesOf: (i) => {
        const [kind, hamlet] = pairs[i % pairs.length]!;
        return {
          first: 26 + (Math.floor(i / pairs.length) % 50),
          filter: { kinds: [kind], hamlets: [hamlet] },
        };
      },
    },
    {
      name: 'directory text search',
      raw: 'search',
      query: DIRECTORY_QUERY,
      explain: true,
      // A capability word and a page after a letter that move with every request.
      variablesOf: (i) => ({
        first: 26 + (i % 50),
        search: words[i % words.length],
        after: nameCursor('ABCDEFGILMNPRST'[Math.floor(i / words.length) % 15]!),
      }),
    },
    {
      name: 'directory facets, kind+hamlet',
      raw: 'facets',
      query: FACETS_QUERY,
      explain: true,
      // Every request a new pair (48 pairs, then again: a cache hit only after a full round).
      variablesOf: (i) => {
        const [kind, hamlet] = pairs[i % pairs.length]!;
        return { filter: { kinds: [kind], hamlets: [hamlet] } };
      },
    },
    {
      name: 'supplyChain upstream 3 tiers',
      raw: 'upstream',
      query: UPSTREAM_QUERY,
      variables: { firmId: FACTORY_ID, depth: 3 },
    },
  ];
}

/** pg_stat_statements counts: its library is loaded in the server (shared_preload_libraries). */
async function statementsCounted(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ v: string }>(`SELECT current_setting('shared_preload_libraries') AS v`);
  return rows[0]!.v.includes('pg_stat_statements');
}

/**
 * SQL statements per request and the database's execution time per request, from pg_stat_statements
 * (every statement the servers send, BEGIN and COMMIT included, as PostgreSQL executes them), over 20
 * requests one after the other: the rest of a request's time is the server's own. Null on a
 * BENCH_DATABASE_URL server that does not load pg_stat_statements (the rest of the run still holds).
 */
async function statementsPerRequest(
  pool: pg.Pool,
  url: string,
  cookie: string | null,
  kind: Kind,
): Promise<{ statements: number; dbMs: number } | null> {
  if (!(await statementsCounted(pool))) return null;
  const n = 20;
  await untilIdle(pool);
  await pool.query(`SELECT pg_stat_statements_reset()`);
  for (let i = 0; i < n; i++) {
    const variables = kind.variablesOf ? kind.variablesOf(1_000_000 + i) : kind.variables;
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: cookie ? kind.query : kind.raw, variables }),
    }).then((r) => r.text());
  }
  const { rows } = await pool.query<{ calls: string; ms: number }>(
    `SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(total_exec_time), 0) AS ms FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT LIKE '%pg_stat_statements%'`,
  );
  return { statements: Number(rows[0]!.calls) / n, dbMs: rows[0]!.ms / n };
}

/**
 * Waits until no other statement has run on the database for half a second: a server keeps working on
 * requests the load generator stopped waiting for (some queued for a pool connection, between two
 * statements), which would otherwise run into the next measurement.
 */
async function untilIdle(pool: pg.Pool): Promise<void> {
  let idleSamples = 0;
  for (let waited = 0; idleSamples < 5; waited += 100) {
    if (waited > 120_000) throw new Error('the database did not become idle in 2 minutes');
    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend'
          AND state <> 'idle' AND pid <> pg_backend_pid()`,
    );
    idleSamples = rows[0]!.n === '0' ? idleSamples + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * CPU time (user + system, ms) the process has used so far, from /proc (Linux); null elsewhere. The app's
 * CPU per request is the steadier figure on a busy machine: the ratios there mostly measure how much of
 * the cores the app's one process gets beside the database's many.
 */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

type Database = { url: string; stop(): Promise<void> };

/**
 * The bench's embedded database with pg_stat_statements loaded (set once in the bench's own cluster,
 * which then restarts), or BENCH_DATABASE_URL as it is: the statement counts need the extension there.
 */
async function startDatabase(): Promise<Database> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const dataDir = path.join(root, '.data', 'bench');
  let db = await startEmbeddedPostgres(dataDir);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const loaded = (
    await client.query<{ v: string }>(`SELECT current_setting('shared_preload_libraries') AS v`)
  ).rows[0]!.v;
  if (!loaded.includes('pg_stat_statements')) {
    await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await client.end();
    await db.stop();
    db = await startEmbeddedPostgres(dataDir);
  } else {
    await client.end();
  }
  return db;
}

/** The same request to the app and to the bare server lists the same firms and count. */
async function assertSameRows(apps: RunningApp, cookie: string, raw: string, kind: Kind): Promise<void> {
  const variables = kind.variablesOf ? kind.variablesOf(2_000_000) : kind.variables;
  const ask = (url: string, query: string, headers: Record<string, string>) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.text());
  const app = JSON.parse(await ask(apps.url, kind.query, { cookie })) as { data: unknown };
  const bare = JSON.parse(await ask(raw, kind.raw, {})) as { data: unknown };
  if (JSON.stringify(app.data) !== JSON.stringify(bare.data)) {
    throw new Error(
      `${kind.name}: the app and the bare server answer differently for ${JSON.stringify(variables)}`,
    );
  }
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** The bare statement's plan in a line: its time, buffers, and the indexes it reads. */
async function explain(pool: pg.Pool, kind: Kind): Promise<string> {
  const statement = RAW_STATEMENTS[kind.raw]!;
  const variables = kind.variablesOf ? kind.variablesOf(3_000_000) : kind.variables!;
  const { rows } = await pool.query<{
    'QUERY PLAN': [{ Plan: PlanNode & Record<string, number>; 'Execution Time': number }];
  }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.params(variables));
  const [{ Plan: plan, 'Execution Time': ms }] = rows[0]!['QUERY PLAN'];
  const indexes = new Set<string>();
  const walk = (node: PlanNode) => {
    if (node['Index Name']) indexes.add(node['Index Name']);
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return (
    `${kind.name} ${JSON.stringify(variables)}: ${ms.toFixed(1)} ms, shared buffers hit ${plan['Shared Hit Blocks']} ` +
    `read ${plan['Shared Read Blocks']}; indexes: ${[...indexes].sort().join(', ') || 'none'}`
  );
}

/** The raw-limit scenarios' names, so `--only` can pick them without a database. */
export const RAW_LIMIT_NAMES = [
  'directory first 50',
  'directory kind+hamlet',
  'directory text search',
  'directory facets, kind+hamlet',
  'supplyChain upstream 3 tiers',
].map((name) => `raw-limit: ${name}`);

/** Runs the raw-limit comparison for the kinds whose name contains `only`; true when all answered. */
export async function runRawLimit(duration: number, only: string | undefined): Promise<boolean> {
  const db = await startDatabase();
  const started: { stop(): Promise<void> }[] = [db];
  try {
    // The uncached app first: on an empty database it seeds the national dataset.
    const off = await startApp({ env: { DATABASE_URL: db.url, DIRECTORY_CACHE_FIRMS: '0' } });
    started.unshift(off);
    const on = await startApp({ env: { DATABASE_URL: db.url } });
    started.unshift(on);
    const bare = await startRawServer(db.url);
    started.unshift(bare);
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    started.unshift({ stop: () => pool.end() });
    await pool.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    const cookie = await signInConsultant(off.url);

    const selected = (await kinds(pool)).filter((k) => `raw-limit: ${k.name}`.includes(only ?? ''));
    const rows: Record<string, string>[] = [];
    const plans: string[] = [];
    let errors = 0;
    for (const kind of selected) {
      await assertSameRows(off, cookie, bare.url, kind);
      if (kind.explain) plans.push(await explain(pool, kind));
      const statements = {
        bare: await statementsPerRequest(pool, bare.url, null, kind),
        off: await statementsPerRequest(pool, off.url, cookie, kind),
        on: await statementsPerRequest(pool, on.url, cookie, kind),
      };
      for (const connections of [1, 20]) {
        const measure = async (
          server: string,
          url: string,
          raw: boolean,
          pid?: number,
        ): Promise<Result & { cpuMsPerRequest: number | null }> => {
          const scenario: Scenario = {
            name: kind.name,
            query: raw ? kind.raw : kind.query,
            variables: kind.variables,
            variablesOf: kind.variablesOf,
            connections,
          };
          process.stdout.write(
            `running raw-limit: ${kind.name} at ${connections} connection(s), ${server}…\n`,
          );
          await untilIdle(pool);
          await runScenario(url, raw ? '' : cookie, scenario, 2); // warm-up
          await untilIdle(pool);
          const cpuBefore = cpuMs(pid);
          const result = await runScenario(url, raw ? '' : cookie, scenario, duration);
          const cpuAfter = cpuMs(pid);
          errors += result.errors;
          const cpuMsPerRequest =
            cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests;
          return { ...result, cpuMsPerRequest };
        };
        const limit = await measure('bare server', bare.url, true);
        const uncached = await measure('cache off', off.url, false, off.pid);
        const cached = await measure('cache on', on.url, false, on.pid);
        const ratio = (r: Result) => (limit.rps / r.rps).toFixed(2) + '×';
        rows.push({
          request: kind.name,
          conns: String(connections),
          'bare p50 ms': limit.p50.toFixed(1),
          'bare req/s': limit.rps.toFixed(0),
          'off p50 ms': uncached.p50.toFixed(1),
          'off p95 ms': uncached.p95.toFixed(1),
          'off req/s': uncached.rps.toFixed(0),
          'off ×': ratio(uncached),
          'on p50 ms': cached.p50.toFixed(1),
          'on p95 ms': cached.p95.toFixed(1),
          'on req/s': cached.rps.toFixed(0),
          'on ×': ratio(cached),
          'app CPU ms/req off/on': [uncached, cached]
            .map((r) => r.cpuMsPerRequest?.toFixed(2) ?? '—')
            .join(' / '),
          'SQL/req bare/off/on': [statements.bare, statements.off, statements.on]
            .map((s) => s?.statements.toFixed(1) ?? '—')
            .join(' / '),
          'DB ms/req bare/off/on': [statements.bare, statements.off, statements.on]
            .map((s) => s?.dbMs.toFixed(1) ?? '—')
            .join(' / '),
        });
      }
    }
    if (rows.length) {
      console.log(
        `\nIssue 21, beside the practical limit (× = the bare server's req/s over the app's; off = ` +
          `DIRECTORY_CACHE_FIRMS=0; app CPU ms/req: the app process's CPU time per request during the run, from /proc; ` +
          `SQL/req and DB ms/req: statements and database execution time per request, sequential, from pg_stat_statements):`,
      );
      printTable(rows);
    }
    if (plans.length) {
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the bare statements (the app's predicates):`);
      for (const line of plans) console.log(`- ${line}`);
    }
    return errors === 0;
  } finally {
    for (const s of started) await s.stop();
  }
}
