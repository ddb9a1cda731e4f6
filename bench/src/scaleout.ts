import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { baseBackup, restoreBaseBackup } from '../../apps/api/src/db/backup.js';
import { createDataSource } from '../../apps/api/src/db/data-source.js';
import { prepareDatabase } from '../../apps/api/src/db/database.js';
import { freePort, startEmbeddedPostgres } from '../../apps/api/src/db/embedded.js';
import { pgCluster } from '../../apps/api/src/test/pg-cluster.js';
import { signInConsultant, startApp } from './app.js';
import { runScenario, type Result } from './load.js';
import { scenarios } from './scenarios.js';
import { printTable } from './table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The directory and supply-chain load of `pnpm bench`, at 20 connections. */
const LOAD = scenarios.filter(
  (s) => s.connections === 20 && (s.name.startsWith('firms(first: 50)') || s.name.startsWith('firms(26–75')),
);
LOAD.push({ ...scenarios.find((s) => s.name.startsWith('supplyChain'))!, connections: 20 });

/**
 * `pnpm bench` (after the scenarios, or alone: `pnpm --filter @filiera/bench run bench:scaleout`, which
 * runs with the API's tsconfig for its entities' decorators): the
 * same directory and supply-chain load on 1 API process, on 2 (WEB_CONCURRENCY=2), and on 2 with the
 * reads on a streaming replica, against one embedded primary with the demo district (.data/bench-scaleout;
 * --scale national for the 50,000-firm dataset, seeded on the first run) and a replica made from its base
 * backup for the run. Bounded: --duration seconds per scenario (default 5) after a 2 s warm-up.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '5' }, scale: { type: 'string', default: 'district' } },
  });
  const scale = values.scale === 'national' ? 'national' : 'district';
  const duration = Number(values.duration);
  const dataDir = path.join(root, '.data', `bench-scaleout-${scale}`);
  const replicaDir = path.join(root, '.data', `bench-scaleout-${scale}-replica`);

  const primary = await startEmbeddedPostgres(dataDir);
  let replica: ReturnType<typeof pgCluster> | null = null;
  try {
    const ds = createDataSource(primary.url, { poolSize: 2 });
    await ds.initialize();
    await prepareDatabase(ds, { seed: { scale, log: (m) => console.log(`  ${m}`) } });
    await ds.destroy();

    console.log('Making the replica from a base backup…');
    const backup = path.join(replicaDir, '..', `bench-scaleout-${scale}.tar.gz`);
    await rm(replicaDir, { recursive: true, force: true });
    await baseBackup({ adminUrl: primary.adminUrl, clusterDir: path.join(dataDir, 'pg'), file: backup });
    const password = decodeURIComponent(new URL(primary.adminUrl).password);
    await restoreBaseBackup(backup, replicaDir, {
      standbyOf: `host=127.0.0.1 port=${primary.port} user=postgres password=${password}`,
    });
    await rm(backup);
    const replicaPort = await freePort();
    replica = pgCluster(path.join(replicaDir, 'pg'), replicaPort);
    await replica.start();
    const replicaUrl = new URL(primary.url);
    replicaUrl.port = String(replicaPort);

    const setups: { name: string; env: Record<string, string> }[] = [
      { name: '1 process', env: { WEB_CONCURRENCY: '1' } },
      { name: '2 processes', env: { WEB_CONCURRENCY: '2' } },
      {
        name: '2 processes, reads on a replica',
        env: { WEB_CONCURRENCY: '2', DATABASE_REPLICA_URLS: replicaUrl.toString() },
      },
    ];
    const results: { setup: string; result: Result }[] = [];
    for (const setup of setups) {
      console.log(`Starting the app: ${setup.name}…`);
      const app = await startApp({
        scale,
        env: {
          DATABASE_URL: primary.url,
          SEED_ON_START: 'false',
          DIRECTORY_CACHE_FIRMS: '20000',
          ...setup.env,
        },
      });
      try {
        const cookie = await signInConsultant(app.url);
        for (const scenario of LOAD) {
          process.stdout.write(
            `  ${scenario.name} at ${scenario.connections} connections for ${duration} s…\n`,
          );
          await runScenario(app.url, cookie, scenario, 2);
          results.push({ setup: setup.name, result: await runScenario(app.url, cookie, scenario, duration) });
        }
      } finally {
        await app.stop();
      }
    }
    printTable(
      LOAD.map((scenario) => {
        const row: Record<string, string> = { [`scenario (${scale}, 20 connections)`]: scenario.name };
        for (const setup of setups) {
          const r = results.find((x) => x.setup === setup.name && x.result.scenario === scenario)!.result;
          row[setup.name] =
            `${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(0)} ms${r.errors ? `, ${r.errors} errors` : ''}`;
        }
        return row;
      }),
    );
    if (results.some((r) => r.result.errors > 0)) process.exitCode = 1;
  } finally {
    await replica?.stop().catch(() => undefined);
    await primary.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
