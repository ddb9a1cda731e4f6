// Starts the built app for the end-to-end tests on a fresh embedded database of its own
// (.data/e2e-<port>, emptied first), on E2E_PORT, so a running `pnpm start` (or another test run on
// another port) is left alone.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appPidFile, repoRoot as root } from './paths.ts';

const port = process.env.E2E_PORT ?? '4310';
const dataDir = path.join(root, '.data', `e2e-${port}`);
await stopLeftoverServer(path.join(dataDir, 'pg', 'postmaster.pid'));
await rm(dataDir, { recursive: true, force: true });
// support/run.mjs stops this app if an interrupted run leaves it listening.
await mkdir(path.dirname(appPidFile(port)), { recursive: true });
await writeFile(appPidFile(port), String(process.pid));

/** A database server left running by an interrupted earlier run on this port (it owns the data directory). */
async function stopLeftoverServer(pidFile) {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!(pid > 0)) return;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
  for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
}

delete process.env.DATABASE_URL;
process.env.DATA_DIR = dataDir;
process.env.PORT = port;
process.env.NODE_ENV = 'production';
process.env.PUBLIC_URL = `http://localhost:${process.env.PORT}`;

await import(path.join(root, 'apps/api/dist/main.js'));
