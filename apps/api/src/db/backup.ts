import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import * as tar from 'tar';

const run = promisify(execFile);

/** A backup or restore that cannot go ahead, with what to do about it. */
export class BackupError extends Error {}

/** The manifest at the root of a base backup archive. */
const MANIFEST = 'filiera-backup.json';
/** Beside the cluster in DATA_DIR: the embedded server's superuser password (db/embedded.ts). */
const PASSWORD_FILE = 'embedded-postgres.json';

/** Directories whose contents a base backup leaves out (the PostgreSQL manual's list); they stay, empty. */
const EMPTY_DIRS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
/** Files never copied: the running server's, and a previous backup's or standby's markers. */
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'backup_manifest',
  'standby.signal',
  'recovery.signal',
]);

/** `20261206T031500Z`: a backup file's time stamp (UTC, sorts by time). */
export function backupStamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Copies a data directory as it is being written; files that vanish meanwhile are left out. */
async function copyTree(from: string, to: string, top: boolean): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  const entries = await readdir(from, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []; // a database dropped during the copy
    throw error;
  });
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isSymbolicLink()) {
      throw new BackupError(`${source} is a tablespace link: tablespaces are not supported by db:backup.`);
    }
    if (entry.isDirectory()) {
      if (top && EMPTY_DIRS.has(entry.name)) await mkdir(target, { mode: 0o700 });
      else await copyTree(source, target, false);
    } else if (
      entry.isFile() &&
      !(top && SKIPPED_FILES.has(entry.name)) &&
      !entry.name.startsWith('pgsql_tmp') &&
      entry.name !== 'pg_internal.init'
    ) {
      await copyFile(source, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
}

export interface BaseBackup {
  file: string;
  startLsn: string;
  stopLsn: string;
}

/**
 * An online base backup of a whole cluster with PostgreSQL's low-level API (the manual's "Making a
 * Base Backup Using the Low Level API"): a temporary replication slot keeps the WAL from the start,
 * `pg_backup_start`, a copy of the data directory, `pg_backup_stop`, whose label goes in as
 * `backup_label`, then the WAL segments from the backup's start to its end. The result, a .tar.gz with
 * the cluster under `pg/` (and the embedded server's password file when given), starts as a consistent
 * copy, or as a streaming replica (see restoreBaseBackup).
 */
export async function baseBackup(options: {
  /** A superuser connection to the running server. */
  adminUrl: string;
  /** Its data directory. */
  clusterDir: string;
  /** Written here; the directory is created if needed. */
  file: string;
  /** DATA_DIR's password file of the embedded server, restored with the cluster. */
  passwordFile?: string;
}): Promise<BaseBackup> {
  await mkdir(path.dirname(options.file), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(options.file), '.backup-'));
  const client = new pg.Client({ connectionString: options.adminUrl, application_name: 'filiera-backup' });
  await client.connect();
  try {
    const slot = `filiera_backup_${process.pid}`;
    await client.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [slot]);
    const label = `filiera ${new Date().toISOString()}`;
    const { version } = (
      await client.query<{ version: string }>(`SELECT current_setting('server_version_num') AS version`)
    ).rows[0]!;
    const started = await client.query<{ lsn: string }>(`SELECT pg_backup_start($1, true)::text AS lsn`, [
      label,
    ]);
    const clusterCopy = path.join(staging, 'pg');
    await copyTree(options.clusterDir, clusterCopy, true);
    const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
      `SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)`,
    );
    const { lsn: stopLsn, labelfile, spcmapfile } = stopped.rows[0]!;
    await writeFile(path.join(clusterCopy, 'backup_label'), labelfile);
    if (spcmapfile) await writeFile(path.join(clusterCopy, 'tablespace_map'), spcmapfile);

    // The WAL from the segment the label names to the one holding the backup's end, and any timeline history.
    const first = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(labelfile)?.[1];
    const last = (await client.query<{ name: string }>(`SELECT pg_walfile_name($1) AS name`, [stopLsn]))
      .rows[0]!.name;
    if (!first) throw new BackupError(`pg_backup_stop returned a label without its start segment.`);
    const walDir = path.join(options.clusterDir, 'pg_wal');
    for (const name of await readdir(walDir)) {
      const segment = /^[0-9A-F]{24}$/.test(name) && name.slice(0, 8) === first.slice(0, 8);
      if ((segment && name >= first && name <= last) || name.endsWith('.history')) {
        await copyFile(path.join(walDir, name), path.join(clusterCopy, 'pg_wal', name));
      }
    }
    await mkdir(path.join(clusterCopy, 'pg_wal', 'archive_status'), { recursive: true });

    const manifest = {
      format: 'filiera-base-backup',
      createdAt: new Date().toISOString(),
      serverVersionNum: version,
      startLsn: started.rows[0]!.lsn,
      stopLsn,
    };
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    const entries = [MANIFEST, 'pg'];
    if (options.passwordFile && existsSync(options.passwordFile)) {
      await copyFile(options.passwordFile, path.join(staging, PASSWORD_FILE));
      entries.push(PASSWORD_FILE);
    }
    await tar.create({ gzip: true, file: options.file, cwd: staging, portable: true }, entries);
    return { file: options.file, startLsn: manifest.startLsn, stopLsn };
  } finally {
    // Ending the session ends a backup still in progress and drops the temporary slot.
    await client.end().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

async function hasEntries(dir: string): Promise<boolean> {
  return existsSync(dir) && (await readdir(dir)).length > 0;
}

/** uid and gid of the `postgres` user the embedded server runs as under root (db/embedded.ts). */
async function postgresOwner(): Promise<{ uid: number; gid: number } | null> {
  if (userInfo().uid !== 0) return null;
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

async function chownTree(dir: string, owner: { uid: number; gid: number }): Promise<void> {
  await chown(dir, owner.uid, owner.gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(p, owner);
    else await chown(p, owner.uid, owner.gid);
  }
}

/**
 * Restores a base backup into `<dataDir>/pg` (and its password file into dataDir), refusing a data
 * directory that already holds a cluster unless `force` (never one whose server runs). Started, the
 * cluster replays the backup's WAL and opens consistent. With `standbyOf` (a `primary_conninfo`
 * connection string) it starts instead as a streaming replica of that primary (`standby.signal`).
 */
export async function restoreBaseBackup(
  file: string,
  dataDir: string,
  options: { force?: boolean; standbyOf?: string } = {},
): Promise<void> {
  const clusterDir = path.join(dataDir, 'pg');
  if (await hasEntries(clusterDir)) {
    if (!options.force) {
      throw new BackupError(
        `${clusterDir} already holds a database: restore into an empty DATA_DIR, or add --force to replace it.`,
      );
    }
    if (existsSync(path.join(clusterDir, 'postmaster.pid'))) {
      throw new BackupError(
        `The database in ${clusterDir} may be running: stop Filiera before replacing it.`,
      );
    }
  }
  await mkdir(dataDir, { recursive: true });
  const staging = await mkdtemp(path.join(dataDir, '.restore-'));
  try {
    await tar.extract({ file, cwd: staging }).catch((error: Error) => {
      throw new BackupError(`${file} is not a readable backup archive (${error.message}).`);
    });
    const manifest = path.join(staging, MANIFEST);
    const format = existsSync(manifest)
      ? (JSON.parse(await readFile(manifest, 'utf8')) as { format?: string }).format
      : null;
    if (format !== 'filiera-base-backup' || !existsSync(path.join(staging, 'pg', 'PG_VERSION'))) {
      throw new BackupError(`${file} is not a Filiera base backup (made by pnpm db:backup).`);
    }
    const restored = path.join(staging, 'pg');
    if (options.standbyOf) {
      await writeFile(path.join(restored, 'standby.signal'), '');
      const conninfo = options.standbyOf.replace(/'/g, "''");
      await writeFile(path.join(restored, 'postgresql.auto.conf'), `primary_conninfo = '${conninfo}'\n`, {
        flag: 'a',
      });
    }
    await chmod(restored, 0o700);
    const owner = await postgresOwner();
    if (owner) await chownTree(restored, owner);
    await rm(clusterDir, { recursive: true, force: true });
    await rename(restored, clusterDir);
    if (existsSync(path.join(staging, PASSWORD_FILE))) {
      await rename(path.join(staging, PASSWORD_FILE), path.join(dataDir, PASSWORD_FILE));
    }
    if (owner) await chmod(dataDir, 0o755);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Runs a PostgreSQL client program, explaining a missing one. */
async function client(program: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(program, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') {
      throw new BackupError(
        `${program} was not found: install the PostgreSQL client programs of the server's version ` +
          `(e.g. postgresql-client-16), or run it where the server is (see README, "Backups").`,
      );
    }
    throw new BackupError(`${program} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

/** A logical backup of the DATABASE_URL database: `pg_dump --format=custom`. */
export async function dumpDatabase(url: string, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await client('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`]);
}

/**
 * Restores a `pg_dump` backup into the DATABASE_URL database, refusing one that has tables unless
 * `force` (then the backup's objects replace them), in one transaction.
 */
export async function restoreDump(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    if (rows[0]!.n > 0 && !options.force) {
      throw new BackupError(
        `The database at DATABASE_URL already holds tables (${rows[0]!.n}): restore into an empty database, or add --force to replace them.`,
      );
    }
  } finally {
    await db.end();
  }
  const clean = options.force ? ['--clean', '--if-exists'] : [];
  await client('pg_restore', [
    '--no-owner',
    '--exit-on-error',
    '--single-transaction',
    ...clean,
    `--dbname=${url}`,
    file,
  ]);
}
