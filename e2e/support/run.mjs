// `pnpm test:e2e`: makes sure a browser and a free port are there, then runs Playwright with the
// arguments given (e.g. one spec file).
// - Browser: Debian's Chromium (/usr/bin/chromium) when present, else Playwright's own, installed here the
//   first time, as any Playwright project does (machines that cannot download browsers use Debian's).
// - Port: E2E_PORT or 4310. A test app left listening by an interrupted run (Ctrl-C, a killed terminal)
//   is stopped; a port taken by something else is left alone and a free one is used instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { appPidFile, SYSTEM_CHROMIUM } from './paths.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Playwright's command line, run with this Node (no shell, so arguments pass as they are). */
const playwright = (args, options) => [
  process.execPath,
  [createRequire(import.meta.url).resolve('@playwright/test/cli'), ...args],
  options,
];

if (!existsSync(SYSTEM_CHROMIUM) && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing Playwright’s (once)…');
  const install = spawnSync(...playwright(['install', 'chromium'], { stdio: 'inherit' }));
  if (install.status !== 0) {
    console.error(
      'Could not install Playwright’s Chromium. Install a Chromium (e.g. `apt-get install chromium`) and run again.',
    );
    process.exit(install.status ?? 1);
  }
}

/** Whether nothing listens on the port (on any interface, like the app). */
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops the test app that an interrupted run left on this port (it stops its own database). */
async function stopLeftoverApp(port) {
  const pid = Number(await readFile(appPidFile(port), 'utf8').catch(() => ''));
  if (!(pid > 0) || !alive(pid)) return;
  console.log(`Stopping the test app left running on port ${port} by an earlier run (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/** A port the system has free right now. */
const anyFreePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, () => {
        const { port } = probe.address();
        probe.close(() => resolve(port));
      });
  });

let port = Number(process.env.E2E_PORT ?? 4310);
if (!(await isFree(port))) {
  await stopLeftoverApp(port);
  if (!(await isFree(port))) {
    const taken = port;
    port = await anyFreePort();
    console.log(`Port ${taken} is used by another program: the tests use port ${port}.`);
  }
}

// `pnpm test:e2e -- tests/x.spec.ts` passes the `--` on: Playwright would read it as "no filter".
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
const child = spawn(
  ...playwright(['test', ...args], {
    stdio: 'inherit',
    cwd: path.resolve(here, '..'),
    env: { ...process.env, E2E_PORT: String(port) },
  }),
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
