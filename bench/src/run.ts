import { parseArgs } from 'node:util';
import { signInConsultant, startApp } from './app.js';
import { runScenario, type Result } from './load.js';
import { RAW_LIMIT_NAMES, runRawLimit } from './raw-limit.js';
import { scenarios as directoryAndChain } from './scenarios.js';
import { searchScenarios } from './search-scenarios.js';
import { printTable } from './table.js';

const scenarios = [...directoryAndChain, ...searchScenarios];

/**
 * `pnpm bench`: starts the built app on the national dataset and prints p50/p95/p99 and req/s per
 * scenario, with DESIGN.md's targets. Options: --duration <seconds> (default 10); --only <text> runs the
 * scenarios whose name contains the text; --url <address> measures an app already running on the
 * national dataset instead of starting one. Then the raw-limit comparison (raw-limit.ts), which starts
 * its own servers (not with --url).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      only: { type: 'string' },
      url: { type: 'string' },
    },
  });
  const duration = Number(values.duration);
  const only = values.only;
  const selected = only ? scenarios.filter((s) => s.name.includes(only)) : scenarios;
  const rawLimit = !values.url && RAW_LIMIT_NAMES.some((name) => name.includes(only ?? ''));
  if (!selected.length && !rawLimit) throw new Error(`no scenario name contains "${only}"`);
  if (selected.length) await runScenarios(selected, duration, values.url);
  if (rawLimit && !(await runRawLimit(duration, only))) process.exitCode = 1;
}

async function runScenarios(selected: typeof scenarios, duration: number, url?: string): Promise<void> {
  const app = url ? { url, stop: async () => {} } : await startApp();
  try {
    const cookie = await signInConsultant(app.url);

    const results: Result[] = [];
    for (const scenario of selected) {
      process.stdout.write(
        `running ${scenario.name} at ${scenario.connections} connection(s) for ${duration} s…\n`,
      );
      await runScenario(app.url, cookie, scenario, 2); // warm-up
      results.push(await runScenario(app.url, cookie, scenario, duration));
    }
    printResults(results);
    if (results.some((r) => r.errors > 0)) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

function verdict(r: Result): string {
  const t = r.scenario.target;
  if (!t) return '';
  const ok = (t.p95Ms === undefined || r.p95 <= t.p95Ms) && (t.minRps === undefined || r.rps >= t.minRps);
  const goal = [
    t.p95Ms !== undefined ? `p95 ≤ ${t.p95Ms} ms` : '',
    t.minRps !== undefined ? `≥ ${t.minRps} req/s` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${ok ? 'PASS' : 'MISS'} (${goal})`;
}

function printResults(results: Result[]): void {
  printTable(
    results.map((r) => ({
      scenario: r.scenario.name,
      conns: String(r.scenario.connections),
      'p50 ms': r.p50.toFixed(1),
      'p95 ms': r.p95.toFixed(1),
      'p99 ms': r.p99.toFixed(1),
      'req/s': r.rps.toFixed(0),
      requests: String(r.requests),
      errors: String(r.errors),
      target: verdict(r),
    })),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
