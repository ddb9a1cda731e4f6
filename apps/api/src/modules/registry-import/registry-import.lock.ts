import type { QueryRunner } from 'typeorm';

/**
 * The advisory lock that marks an import as being worked on by a live database session: the job queue's
 * worker holds it for the whole dry run or apply, so a second worker or process cannot run the same work,
 * and a crash (the session ends) lets it go, which is how recovery tells an interrupted import from a
 * running one.
 */
const lockKey = (importId: string) => `registry_import:${importId}`;

/** Takes the import's lock on the runner's session; false when another session holds it. */
export async function tryLockImport(runner: QueryRunner, importId: string): Promise<boolean> {
  const rows: { locked: boolean }[] = await runner.query(
    `SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`,
    [lockKey(importId)],
  );
  return rows[0]?.locked === true;
}

/**
 * Takes the import's lock on the runner's session, waiting up to `waitMs` for a holder that is finishing
 * (a worker commits the job's final status a moment before it lets go of the lock); false on timeout.
 */
export async function lockImport(runner: QueryRunner, importId: string, waitMs: number): Promise<boolean> {
  await runner.query(`SELECT set_config('lock_timeout', $1, false)`, [`${waitMs}ms`]);
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [lockKey(importId)]);
    return true;
  } catch (error) {
    const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code;
    if (code === '55P03' || (error as { code?: string }).code === '55P03') return false;
    throw error;
  } finally {
    await runner.query(`RESET lock_timeout`);
  }
}

/** Releases the lock and gives the connection back to the pool. */
export async function releaseImport(runner: QueryRunner, importId: string): Promise<void> {
  try {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await unlockImport(runner, importId);
  } finally {
    await runner.release();
  }
}

/** Lets go of the lock the runner's session holds, keeping the connection. */
export async function unlockImport(runner: QueryRunner, importId: string): Promise<void> {
  await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [lockKey(importId)]);
}
