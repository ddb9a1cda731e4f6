import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import type { JobEnv } from '../common/jobs/queue.js';
import { loadConfig } from '../config.js';
import { freshDatabase } from './harness.js';

export interface JobDatabase {
  /** The fresh database, once the file's `beforeAll` has made it. */
  readonly ds: DataSource;
  /** What a job runs with over that database, as a worker process gives it. */
  readonly env: JobEnv;
}

/**
 * A fresh database for tests that run jobs and processors without the HTTP app: made before the file's
 * tests, dropped after them.
 */
export function useJobDatabase(): JobDatabase {
  let db: { ds: DataSource; drop(): Promise<void> } | undefined;
  let env: JobEnv | undefined;
  beforeAll(async () => {
    db = await freshDatabase();
    env = { ds: db.ds, config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused/db' }) };
  });
  afterAll(async () => {
    await db?.drop();
  });
  const started = () => {
    if (!db || !env) throw new Error('the database is made in beforeAll: use it inside a test or a hook');
    return { ds: db.ds, env };
  };
  return {
    get ds() {
      return started().ds;
    },
    get env() {
      return started().env;
    },
  };
}
