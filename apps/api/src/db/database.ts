import path from 'node:path';
import type { DataSource } from 'typeorm';
import { repoRoot, type Config } from '../config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';
import { installJobQueue } from '../common/jobs/queue.js';
import { isEmpty, seedDemo } from './seed/seed.js';

export interface OpenDatabase {
  ds: DataSource;
  /** Where the data lives, for the start-up line. */
  description: string;
  close(): Promise<void>;
}

/** The advisory lock under which one process at a time migrates and seeds (any value; fixed forever). */
export const PREPARE_LOCK = 7_201_923;

/**
 * Applies pending migrations and, when asked and the database has no users, seeds the demo data — under
 * a PostgreSQL advisory lock, so any number of processes and machines can start together: the first
 * does the work, the others wait for it and then find nothing left to do.
 */
export async function prepareDatabase(
  ds: DataSource,
  options: { seed?: { scale: Config['SEED_SCALE']; log: (message: string) => void } } = {},
): Promise<void> {
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    await ds.runMigrations({ transaction: 'each' });
    await installJobQueue(ds);
    const seed = options.seed;
    if (seed && (await isEmpty(ds))) {
      seed.log(`Seeding the demo ${seed.scale} dataset (first start only)…`);
      await seedDemo(ds, seed.scale, (m) => seed.log(`  ${m}`));
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR, then applies pending
 * migrations (ours, then the job queue's own schema; and seeds, with `seed`) under the start-up lock
 * (see prepareDatabase).
 */
export async function openDatabase(
  config: Config,
  options: { poolSize?: number; seed?: (message: string) => void } = {},
): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR);
  const url = config.DATABASE_URL ?? (embedded as { url: string }).url;
  const ds = createDataSource(url, { poolSize: options.poolSize });
  try {
    await ds.initialize();
    const log = options.seed;
    await prepareDatabase(ds, log ? { seed: { scale: config.SEED_SCALE, log } } : {});
  } catch (error) {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
    throw error;
  }
  const description = embedded
    ? `embedded PostgreSQL, data in ${path.relative(repoRoot, path.join(config.DATA_DIR, 'pg')) || '.'}, port ${embedded.port}`
    : `PostgreSQL at ${new URL(url).host}`;
  return {
    ds,
    description,
    close: async () => {
      if (ds.isInitialized) await ds.destroy();
      await embedded?.stop();
    },
  };
}
