import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, repoRoot } from '../config.js';
import {
  backupStamp,
  BackupError,
  baseBackup,
  dumpDatabase,
  restoreBaseBackup,
  restoreDump,
} from './backup.js';
import { EmbeddedDatabaseError, runningEmbeddedAdminUrl, startEmbeddedPostgres } from './embedded.js';

/**
 * `pnpm db:backup [--out DIR]`: a time-stamped backup in DIR (default `backups/`): of the embedded
 * database a base backup (`filiera-<stamp>.tar.gz`, online: the app may be running), of DATABASE_URL a
 * `pg_dump` (`filiera-<stamp>.dump`).
 * `pnpm db:restore FILE [--force]`: into an empty DATA_DIR (a .tar.gz) or an empty DATABASE_URL database
 * (a .dump); `--force` replaces what is there.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const [command, file] = positionals;
  const config = loadConfig();
  // Paths are the caller's: pnpm runs this script in apps/api and names the caller's folder in INIT_CWD.
  const here = process.env.INIT_CWD ?? process.cwd();
  if (command === 'backup') {
    const dir = values.out ? path.resolve(here, values.out) : path.join(repoRoot, 'backups');
    if (config.DATABASE_URL) {
      const out = path.join(dir, `filiera-${backupStamp()}.dump`);
      await dumpDatabase(config.DATABASE_URL, out);
      console.log(`Backup written: ${out}`);
      return;
    }
    const running = await runningEmbeddedAdminUrl(config.DATA_DIR);
    const started = running ? null : await startEmbeddedPostgres(config.DATA_DIR);
    try {
      const result = await baseBackup({
        adminUrl: running ?? started!.adminUrl,
        clusterDir: path.join(config.DATA_DIR, 'pg'),
        file: path.join(dir, `filiera-${backupStamp()}.tar.gz`),
        passwordFile: path.join(config.DATA_DIR, 'embedded-postgres.json'),
      });
      console.log(`Backup written: ${result.file} (WAL ${result.startLsn} to ${result.stopLsn})`);
    } finally {
      await started?.stop();
    }
    return;
  }
  if (command === 'restore' && file) {
    const source = path.resolve(here, file);
    if (config.DATABASE_URL) {
      if (!source.endsWith('.dump'))
        throw new BackupError('With DATABASE_URL, restore a .dump (pg_dump) backup.');
      await restoreDump(config.DATABASE_URL, source, { force: values.force });
      console.log(`Restored ${source} into the database at DATABASE_URL.`);
    } else {
      if (!source.endsWith('.tar.gz'))
        throw new BackupError('Without DATABASE_URL, restore a .tar.gz base backup.');
      await restoreBaseBackup(source, config.DATA_DIR, { force: values.force });
      console.log(`Restored ${source} into ${config.DATA_DIR}: pnpm start opens it.`);
    }
    return;
  }
  throw new BackupError('Usage: pnpm db:backup [--out DIR]  |  pnpm db:restore FILE [--force]');
}

main().catch((error: unknown) => {
  const known =
    error instanceof BackupError || error instanceof ConfigError || error instanceof EmbeddedDatabaseError;
  console.error(known ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
