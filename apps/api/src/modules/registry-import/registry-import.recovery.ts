import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { diffFields } from '../audit/audit.service.js';
import type { RegistryImportPhase } from './registry-import.entity.js';
import { tryLockImport, unlockImport } from './registry-import.lock.js';
import { importJobKey } from './registry-import.work.js';
import { insertAudit } from './registry-write.js';

/**
 * Seconds a worker may hold the queue's job before it holds the import's lock: it takes the lock first
 * thing, so a job locked longer than this by a worker without the import's lock is one whose worker died.
 */
const WORKER_GRACE_SECONDS = 10;

/** What recovery found: made retryable, worked on (or queued) by a live worker, or just taken by one. */
type Verdict = 'recovered' | 'live' | { starting: number };

/**
 * Whether the queue's job for the import will still run or is running: pending and not given up, or
 * taken by a worker a moment ago. A job whose worker died is cleared from the queue here (in the
 * caller's transaction), so it does not run again after the queue's own four-hour expiry.
 */
async function queuedWork(manager: EntityManager, importId: string): Promise<Verdict | null> {
  const jobs: {
    id: string;
    locked_by: string | null;
    given_up: boolean;
    wait: number | null;
  }[] = await manager.query(
    `SELECT id, locked_by, attempts >= max_attempts AS given_up,
            extract(epoch FROM locked_at + make_interval(secs => $2) - now())::float AS wait
       FROM graphile_worker.jobs WHERE key = $1`,
    [importJobKey(importId), WORKER_GRACE_SECONDS],
  );
  const job = jobs[0];
  if (!job) return null;
  if (!job.locked_by && !job.given_up) return 'live';
  if (job.locked_by && job.wait !== null && job.wait > 0) return { starting: job.wait };
  if (job.locked_by)
    await manager.query(`SELECT graphile_worker.force_unlock_workers(ARRAY[$1])`, [job.locked_by]);
  await manager.query(`SELECT graphile_worker.complete_jobs(ARRAY[$1]::bigint[])`, [job.id]);
  return null;
}

async function examine(ds: DataSource, importId: string): Promise<Verdict> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    if (!(await tryLockImport(runner, importId))) return 'live';
    try {
      return await runner.manager.transaction(async (manager): Promise<Verdict> => {
        const rows: { status: string }[] = await manager.query(
          `SELECT status FROM registry_import WHERE id = $1 FOR UPDATE`,
          [importId],
        );
        const status = rows[0]?.status;
        if (status !== 'PREVIEWING' && status !== 'APPLYING') return 'live';
        const queued = await queuedWork(manager, importId);
        if (queued) return queued;
        const phase: RegistryImportPhase = status === 'APPLYING' ? 'APPLY' : 'PREVIEW';
        const next = phase === 'APPLY' ? 'PREVIEWED' : 'UPLOADED';
        if (phase === 'PREVIEW') {
          await manager.query(`DELETE FROM registry_import_problem WHERE import_id = $1`, [importId]);
          await manager.query(`DELETE FROM registry_import_row WHERE import_id = $1`, [importId]);
          await manager.query(
            `UPDATE registry_import SET row_count = NULL, new_count = NULL, updated_count = NULL,
                    unchanged_count = NULL, invalid_count = NULL, plan_digest = NULL, kind_counts = NULL,
                    review_count = NULL WHERE id = $1`,
            [importId],
          );
        }
        await manager.query(
          `UPDATE registry_import
              SET status = $2, interrupted_phase = $3, interrupted_at = now(), phase_processed = 0,
                  version = version + 1, updated_at = now()
            WHERE id = $1`,
          [importId, next, phase],
        );
        await insertAudit(manager, { userId: null, ip: '' }, [
          {
            action: 'RECOVER_REGISTRY_IMPORT',
            entity_type: 'RegistryImport',
            entity_id: importId,
            changes: diffFields({ status }, { status: next, interruptedPhase: phase }),
          },
        ]);
        return 'recovered';
      });
    } finally {
      await unlockImport(runner, importId);
    }
  } finally {
    await runner.release();
  }
}

/**
 * A job left PREVIEWING or APPLYING whose work no live worker holds or will run (its process died) is
 * made retryable; safe with several processes: an interrupted apply goes back to PREVIEWED (the database
 * was rolled back; the next apply checks the dry run is still current), an interrupted dry run to
 * UPLOADED. The job says which phase was interrupted and when. Audited. Returns whether it recovered it.
 */
export async function recoverImport(ds: DataSource, importId: string): Promise<boolean> {
  return (await examine(ds, importId)) === 'recovered';
}

/**
 * At start-up: every import a crash left working is made retryable (see recoverImport). One whose queue
 * job a worker took a moment ago is looked at again once that worker must have shown itself alive.
 */
export async function recoverInterruptedImports(ds: DataSource): Promise<number> {
  const rows: { id: string }[] = await ds.query(
    `SELECT id FROM registry_import WHERE status IN ('PREVIEWING', 'APPLYING')`,
  );
  let recovered = 0;
  for (const { id } of rows) {
    let verdict = await examine(ds, id);
    if (typeof verdict === 'object') {
      await sleep(verdict.starting * 1000);
      verdict = await examine(ds, id);
    }
    if (verdict === 'recovered') recovered += 1;
  }
  if (recovered) console.log(`Registry imports interrupted by a stop and made retryable: ${recovered}`);
  return recovered;
}
