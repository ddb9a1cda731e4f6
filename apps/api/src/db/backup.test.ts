import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempPrimary } from '../test/temp-primary.js';
import { BackupError, baseBackup, restoreBaseBackup } from './backup.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';

/** Row count and an md5 of every row (in a fixed order) of each table of the public schema. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const result: Record<string, { rows: number; md5: string | null }> = {};
    for (const { name } of tables.rows) {
      const t = client.escapeIdentifier(name);
      const { rows } = await client.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS md5 FROM ${t} x`,
      );
      result[name] = rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('db:backup and db:restore of the embedded database', () => {
  let dir: string;
  let primary: EmbeddedDatabase;
  let backupFile: string;

  beforeAll(async () => {
    const started = await startTempPrimary({
      prefix: 'filiera-backup-',
      name: 'live',
      poolSize: 2,
      seed: { scale: 'district', log: () => undefined },
    });
    ({ dir, primary } = started);
    await started.ds.destroy();

    backupFile = path.join(dir, 'backups', 'filiera-test.tar.gz');
    await baseBackup({
      adminUrl: primary.adminUrl,
      clusterDir: path.join(dir, 'live', 'pg'),
      file: backupFile,
      passwordFile: path.join(dir, 'live', 'embedded-postgres.json'),
    });
  }, 120_000);

  afterAll(async () => {
    await primary?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('restores the demo district into a new database with every table equal, row for row', async () => {
    const restored = await startEmbeddedPostgresAfterRestore(path.join(dir, 'restored'));
    try {
      const [before, after] = await Promise.all([fingerprint(primary.url), fingerprint(restored.url)]);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(before.firm!.rows).toBeGreaterThan(300);
      expect(before.supply_link!.rows).toBeGreaterThan(1000);
      expect(after).toEqual(before);
    } finally {
      await restored.stop();
    }
  });

  it('refuses to restore over a data directory that holds a database, unless told', async () => {
    const target = path.join(dir, 'occupied');
    await restoreBaseBackup(backupFile, target);
    const marker = path.join(target, 'pg', 'left-by-the-database-that-was-there');
    await writeFile(marker, '');
    await expect(restoreBaseBackup(backupFile, target)).rejects.toThrow(
      new BackupError(
        `${path.join(target, 'pg')} already holds a database: restore into an empty DATA_DIR, or add --force to replace it.`,
      ),
    );
    expect(existsSync(marker)).toBe(true);

    await restoreBaseBackup(backupFile, target, { force: true });
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(target, 'pg', 'backup_label'))).toBe(true);
  });

  /** The cluster of a restored backup, started as `pnpm start` would (deleted at stop). */
  async function startEmbeddedPostgresAfterRestore(dataDir: string): Promise<EmbeddedDatabase> {
    await restoreBaseBackup(backupFile, dataDir);
    return startEmbeddedPostgres(dataDir, { persistent: false });
  }
});
