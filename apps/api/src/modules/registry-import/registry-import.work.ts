import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Config } from '../../config.js';
import { DomainError } from '../../common/errors.js';
import { enqueueJob, type JobEnv } from '../../common/jobs/queue.js';
import { diffFields } from '../audit/audit.service.js';
import { recordEvent } from '../event-stream/domain-event.js';
import type { FirmKind } from './registry-ateco.js';
import { RegistryFileError, type FileLimits, type FileShape } from './registry-file.js';
import {
  RegistryImportEntity,
  type RegistryImportFailure,
  type RegistryImportPhase,
} from './registry-import.entity.js';
import { lockImport, releaseImport } from './registry-import.lock.js';
import { planFile, type PlanCounts, type Progress } from './registry-plan.js';
import {
  clearPlan,
  countKinds,
  insertAudit,
  storePlanBatch,
  writePlanBatch,
  type Actor,
} from './registry-write.js';

/**
 * The background work on an import — its dry run or its apply — as a job of the PostgreSQL job queue
 * (common/jobs): the claim that moves the import to PREVIEWING or APPLYING adds the job in its own
 * transaction; a worker of any process runs it holding the import's advisory lock.
 */

/** The job queue's task that runs an import's dry run or apply. */
export const REGISTRY_IMPORT_TASK = 'registry-import';

/** One piece of background work on an import, as the queue carries it. */
export interface ImportWork {
  importId: string;
  phase: RegistryImportPhase;
  /** The import's version once claimed: a job for an older claim finds the import moved on and does nothing. */
  version: number;
  actor: Actor;
}

/** At most one queued job per import. */
export const importJobKey = (importId: string) => `registry-import:${importId}`;

/** Queues the work in the caller's transaction (the claim's), so it exists exactly when the claim commits. */
export async function enqueueImportWork(manager: EntityManager, work: ImportWork): Promise<void> {
  await enqueueJob(
    manager,
    REGISTRY_IMPORT_TASK,
    { ...work },
    {
      jobKey: importJobKey(work.importId),
      // Only a lock still held by a finishing worker makes a run throw; the work's own failures are told
      // on the import, not retried.
      maxAttempts: 5,
    },
  );
}

export const fileLimits = (config: Config): FileLimits => ({
  maxRows: config.REGISTRY_IMPORT_MAX_ROWS,
  maxUncompressedBytes: config.REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB * 1024 * 1024,
});

/**
 * Progress lives on the import's row and is written on the pool's own connection (outside the work's
 * transaction), so a person polling sees it move while a long transaction is still open.
 */
function progressWriter(ds: DataSource, id: string, offset = 0): Progress {
  return async (processed) => {
    await ds.query(`UPDATE registry_import SET phase_processed = $2 WHERE id = $1`, [id, offset + processed]);
  };
}

const FILE_FAILURES: Partial<Record<RegistryFileError['reason'], RegistryImportFailure>> = {
  too_many_rows: 'TOO_MANY_ROWS',
  too_large_uncompressed: 'TOO_LARGE_UNCOMPRESSED',
};

/** The reason and message of a failed phase; anything unexpected is logged and told as a failed write. */
function failureOf(error: unknown, limits: FileLimits): { reason: RegistryImportFailure; message: string } {
  if (error instanceof StaleDryRun) return { reason: 'STALE_DRY_RUN', message: error.message };
  if (error instanceof DomainError) return { reason: 'CONFLICT', message: error.message };
  if (error instanceof RegistryFileError) {
    const reason = FILE_FAILURES[error.reason] ?? 'FILE_UNREADABLE';
    const message =
      reason === 'TOO_MANY_ROWS'
        ? `The file has more than ${limits.maxRows} rows: split it into smaller files.`
        : reason === 'TOO_LARGE_UNCOMPRESSED'
          ? `The file unpacks to more than ${limits.maxUncompressedBytes / 1024 / 1024} MB.`
          : 'The file cannot be read as CSV or XLSX.';
    return { reason, message };
  }
  console.error('Registry import failed', error);
  return { reason: 'WRITE_FAILED', message: 'The registry could not be written; nothing was changed.' };
}

class StaleDryRun extends Error {}

/** Records, in the phase's own commit, that it finished (its starter is told: notifications). */
const recordFinished = (manager: EntityManager, work: ImportWork) =>
  recordEvent(manager, {
    type: 'registryImport.finished',
    actorId: work.actor.userId,
    subject: { registryImportId: work.importId },
  });

/** Moves a working job to FAILED with the reason (its work was rolled back), audited. */
async function fail(
  runner: QueryRunner,
  job: RegistryImportEntity,
  work: ImportWork,
  failure: { reason: RegistryImportFailure; message: string },
) {
  await runner.manager.transaction(async (manager) => {
    const rows: unknown[] = await manager.query(
      `UPDATE registry_import
          SET status = 'FAILED', failure_reason = $3, failure_message = $4, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [job.id, job.version, failure.reason, failure.message],
    );
    if (!(Array.isArray(rows[0]) ? rows[0] : rows).length) return;
    await insertAudit(manager, work.actor, [
      {
        action: work.phase === 'APPLY' ? 'APPLY_REGISTRY_IMPORT_FAILED' : 'PREVIEW_REGISTRY_IMPORT_FAILED',
        entity_type: 'RegistryImport',
        entity_id: job.id,
        changes: diffFields(
          { status: job.status },
          { status: 'FAILED', failureReason: failure.reason, failureMessage: failure.message },
        ),
      },
    ]);
    await recordFinished(manager, work);
  });
}

async function loadJob(manager: EntityManager, id: string) {
  const rows = await manager
    .getRepository(RegistryImportEntity)
    .createQueryBuilder('ri')
    .addSelect('ri.content')
    .where('ri.id = :id', { id })
    .getMany();
  const job = rows[0];
  if (!job?.content) throw new RegistryFileError('unreadable');
  return { job, content: job.content };
}

/** What the planner reads: the stored file, its shape and the person's mapping. */
const sourceOf = (job: RegistryImportEntity, content: Buffer, config: Config) => ({
  content,
  shape: {
    format: job.format,
    encoding: job.encoding,
    separator: job.separator === ',' ? ',' : job.separator === ';' ? ';' : null,
    columns: job.columns,
  } satisfies FileShape,
  mapping: job.mapping,
  limits: fileLimits(config),
});

const affected = (rows: unknown[]) => (Array.isArray(rows[0]) ? rows[0] : rows).length;

/**
 * The dry run, in one transaction: reads the file and stores the plan a batch at a time (rows, problems),
 * then the counts, kinds, digest; writes no firm. A failure keeps the previous plan.
 */
async function runPreview(ds: DataSource, config: Config, runner: QueryRunner, work: ImportWork) {
  const { job, content } = await loadJob(runner.manager, work.importId);
  try {
    await runner.manager.transaction(async (manager) => {
      await clearPlan(manager, job.id);
      let reviewCount = 0;
      const plan = await planFile(
        manager,
        sourceOf(job, content, config),
        progressWriter(ds, job.id),
        async (batch) => {
          reviewCount += batch.planned.filter((p) => p.review.length > 0).length;
          await storePlanBatch(manager, job.id, batch);
        },
      );
      const kindCounts = await countKinds(manager, job.id);
      const rows: unknown[] = await manager.query(
        `UPDATE registry_import
            SET status = 'PREVIEWED', row_count = $3, phase_processed = $3, phase_total = $3,
                new_count = $4, updated_count = $5, unchanged_count = $6, invalid_count = $7,
                plan_digest = $8, kind_counts = $9, review_count = $10, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [
          job.id,
          job.version,
          plan.rowCount,
          plan.counts.newCount,
          plan.counts.updatedCount,
          plan.counts.unchangedCount,
          plan.counts.invalidCount,
          plan.digest,
          JSON.stringify(kindCounts),
          reviewCount,
        ],
      );
      if (!affected(rows)) throw new Error('registry import changed while locked');
      await insertAudit(manager, work.actor, [
        {
          action: 'PREVIEW_REGISTRY_IMPORT',
          entity_type: 'RegistryImport',
          entity_id: job.id,
          changes: diffFields(
            {
              status: job.status,
              rowCount: job.rowCount,
              newCount: job.newCount,
              updatedCount: job.updatedCount,
              unchangedCount: job.unchangedCount,
              invalidCount: job.invalidCount,
            },
            { status: 'PREVIEWED', rowCount: plan.rowCount, ...plan.counts, kindCounts, reviewCount },
          ),
        },
      ]);
      await recordFinished(manager, work);
    });
  } catch (error) {
    await fail(runner, job, work, failureOf(error, fileLimits(config)));
  }
}

const staleDryRun = (c: PlanCounts) =>
  new StaleDryRun(
    `The registry changed since the dry run: it would now add ${c.newCount}, update ${c.updatedCount} and leave ${c.unchangedCount} unchanged. Run the dry run again.`,
  );

/**
 * The apply, in ONE transaction: the file is read and matched again and each batch written as it comes
 * (new firms with their kinds, changed ones updated); when the plan written differs from the dry run's
 * (a firm added or edited meanwhile) the transaction is rolled back and the import fails as
 * STALE_DRY_RUN, so what the confirmation said is what happens, or nothing. Any failure rolls everything
 * back and marks the import FAILED.
 */
async function runApply(ds: DataSource, config: Config, runner: QueryRunner, work: ImportWork) {
  const { job, content } = await loadJob(runner.manager, work.importId);
  const overrides: { line: number; kind_override: FirmKind }[] = await runner.query(
    `SELECT line, kind_override FROM registry_import_row WHERE import_id = $1 AND kind_override IS NOT NULL`,
    [job.id],
  );
  const kindOverrides = new Map(overrides.map((o) => [o.line, o.kind_override]));
  const source = sourceOf(job, content, config);
  try {
    await runner.manager.transaction(async (manager) => {
      // Progress counts the rows read and the firms written: phase_total is rows + new + updated.
      let read = 0;
      let written = 0;
      const progress = progressWriter(ds, job.id);
      const applied = await planFile(
        manager,
        source,
        async (rows) => {
          read = rows;
          await progress(read + written);
        },
        async (batch) => {
          written += await writePlanBatch(manager, job.id, work.actor, batch.planned, kindOverrides);
          await progress(read + written);
        },
      );
      if (applied.digest !== job.planDigest) throw staleDryRun(applied.counts);
      const rows: unknown[] = await manager.query(
        `UPDATE registry_import
            SET status = 'APPLIED', applied_at = now(), phase_processed = $3, phase_total = $3,
                content = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [job.id, job.version, applied.rowCount + written],
      );
      if (!affected(rows)) throw new Error('registry import changed while locked');
      await insertAudit(manager, work.actor, [
        {
          action: 'APPLY_REGISTRY_IMPORT',
          entity_type: 'RegistryImport',
          entity_id: job.id,
          changes: diffFields({ status: job.status }, { status: 'APPLIED', ...applied.counts }),
        },
      ]);
      await recordFinished(manager, work);
    });
  } catch (error) {
    await fail(runner, job, work, failureOf(error, source.limits));
  }
}

/**
 * The job queue's handler. It takes the import's advisory lock on a connection of its own (waiting a
 * moment for a holder that is finishing; still held: it throws, and the queue retries later), then runs
 * the work only when the import is still in the claimed phase and version: a second delivery of the same
 * job, or a job for a claim that recovery has since undone, does nothing. The lock is held to the end,
 * so no other worker or process can run the same work meanwhile.
 */
export async function runImportJob(payload: unknown, env: JobEnv): Promise<void> {
  const work = payload as ImportWork;
  const runner = env.ds.createQueryRunner();
  await runner.connect();
  let locked = false;
  try {
    locked = await lockImport(runner, work.importId, 5000);
    if (!locked) throw new Error(`registry import ${work.importId} is held by another session`);
    const rows: { status: string; version: number }[] = await runner.query(
      `SELECT status, version FROM registry_import WHERE id = $1`,
      [work.importId],
    );
    const expected = work.phase === 'APPLY' ? 'APPLYING' : 'PREVIEWING';
    if (rows[0]?.status !== expected || rows[0].version !== work.version) return;
    if (work.phase === 'PREVIEW') await runPreview(env.ds, env.config, runner, work);
    else await runApply(env.ds, env.config, runner, work);
  } catch (error) {
    if (!locked) throw error;
    // Told on the import when it could be; otherwise recovery finds it working with no worker.
    console.error(`Registry import ${work.importId}: ${work.phase} could not finish`, error);
  } finally {
    if (locked) await releaseImport(runner, work.importId).catch(() => undefined);
    else await runner.release();
  }
}
