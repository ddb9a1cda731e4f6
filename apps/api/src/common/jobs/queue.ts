import pg from 'pg';
import {
  Logger,
  run,
  runMigrations,
  runOnce,
  type JobHelpers,
  type Runner,
  type Task,
  type TaskList,
} from 'graphile-worker';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config.js';

/**
 * The PostgreSQL-backed job queue (graphile-worker) that runs inside every API process. Jobs are rows in
 * the `graphile_worker` schema: added in the same transaction as the change that causes them (so a job
 * exists exactly when its change committed), taken by one worker at a time (SKIP LOCKED), retried with
 * exponential backoff when they throw. Several processes share the queue safely.
 */

/** What a job handler gets besides its payload. */
export interface JobEnv {
  ds: DataSource;
  config: Config;
}

/** A job handler: throw to have the job retried later (backoff grows with each attempt). */
export type JobHandler = (payload: unknown, env: JobEnv, job: JobHelpers['job']) => Promise<void>;

/** The handlers by task name, assembled in src/jobs.ts from the modules that own them. */
export type JobHandlers = Record<string, JobHandler>;

export interface EnqueueOptions {
  /** At most one pending job per key: adding again replaces the pending one. */
  jobKey?: string;
  /** Attempts before the job is given up (graphile-worker's default: 25). */
  maxAttempts?: number;
}

/** Adds a job in the caller's transaction: rolled back with it, visible to workers at its commit. */
export async function enqueueJob(
  manager: EntityManager,
  task: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  await manager.query(`SELECT graphile_worker.add_job($1, $2::json, job_key => $3, max_attempts => $4)`, [
    task,
    JSON.stringify(payload),
    options.jobKey ?? null,
    options.maxAttempts ?? 25,
  ]);
}

/** A pool of the queue's own; an idle client's error (the server restarting) is logged, not thrown. */
function queuePool(ds: DataSource, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: connectionString(ds), max });
  const lost = (error: Error) => console.error(`jobs: database connection lost: ${error.message}`);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  return pool;
}

const connectionString = (ds: DataSource): string => {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('the job queue needs the data source to be opened from a URL');
  return url;
};

/** Creates or upgrades the queue's own schema (graphile_worker); safe when several processes start at once. */
export async function installJobQueue(ds: DataSource): Promise<void> {
  const pgPool = queuePool(ds, 1);
  try {
    await runMigrations({ pgPool, logger: quietLogger });
  } finally {
    await pgPool.end();
  }
}

/** Only warnings and errors: a job's routine start and end are not news. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error') console.error(`jobs: ${message}`);
  else if (level === 'warning') console.warn(`jobs: ${message}`);
});

const taskList = (handlers: JobHandlers, env: JobEnv): TaskList =>
  Object.fromEntries(
    Object.entries(handlers).map(([name, handle]): [string, Task] => [
      name,
      (payload, helpers) => handle(payload, env, helpers.job),
    ]),
  );

export interface JobRunner {
  /**
   * Finishes the jobs in hand (new ones are left for another process or the next start), then closes;
   * calling it again waits for the same stop.
   */
  stop(): Promise<void>;
}

/**
 * Starts this process's workers: they wait on LISTEN/NOTIFY for new jobs (and poll every 2 s as a
 * fallback). Signals are left to main.ts, which stops the runner before closing the database.
 */
export async function startJobRunner(
  env: JobEnv,
  handlers: JobHandlers,
  options: { concurrency?: number; crontab?: string } = {},
): Promise<JobRunner> {
  const pgPool = queuePool(env.ds, (options.concurrency ?? 2) + 2);
  let runner: Runner;
  try {
    runner = await run({
      pgPool,
      taskList: taskList(handlers, env),
      concurrency: options.concurrency ?? 2,
      // Scheduled jobs (src/jobs.ts): each tick is added once, whichever process's clock reaches it first.
      crontab: options.crontab,
      noHandleSignals: true,
      pollInterval: 2000,
      logger: quietLogger,
    });
  } catch (error) {
    await pgPool.end();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= (async () => {
        await runner.stop();
        await pgPool.end();
      })()),
  };
}

/** Runs every job that is due now, then returns (tests, and one-off commands). */
export async function runDueJobs(env: JobEnv, handlers: JobHandlers): Promise<void> {
  const pgPool = queuePool(env.ds, 2);
  try {
    await runOnce({ pgPool, taskList: taskList(handlers, env), noHandleSignals: true, logger: quietLogger });
  } finally {
    await pgPool.end();
  }
}
