import path from 'node:path';
import type { DataSource } from 'typeorm';
import { repoRoot, type Config } from '../config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';
import { installJobQueue } from '../common/jobs/queue.js';

export interface OpenDatabase {
  ds: DataSource;
  /** Where the data lives, for the start-up line. */
  description: string;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR, then applies pending
 * migrations (ours, then the job queue's own schema).
 */
export async function openDatabase(
  config: Config,
  options: { poolSize?: number } = {},
): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR);
  const url = config.DATABASE_URL ?? (embedded as { url: string }).url;
  const ds = createDataSource(url, options);
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await installJobQueue(ds);
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
