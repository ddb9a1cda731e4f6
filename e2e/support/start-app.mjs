// Starts the built app for the end-to-end tests on a fresh embedded database of its own
// (.data/e2e-<port>, emptied first), on E2E_PORT, so a running `pnpm start` (or another test run on
// another port) is left alone.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.E2E_PORT ?? '4310';
const dataDir = path.join(root, '.data', `e2e-${port}`);
await rm(dataDir, { recursive: true, force: true });

delete process.env.DATABASE_URL;
process.env.DATA_DIR = dataDir;
process.env.PORT = port;
process.env.NODE_ENV = 'production';
process.env.PUBLIC_URL = `http://localhost:${process.env.PORT}`;

await import(path.join(root, 'apps/api/dist/main.js'));
