import type { EntityManager } from 'typeorm';
import type { JobEnv, JobHandler } from '../../common/jobs/queue.js';
import type { DomainEvent } from './domain-event.js';

/** One concern that reacts to the stream (notifications, live updates…), assembled in src/jobs.ts. */
export interface EventProcessor {
  /** Stable: it keys the processor's record of the events it has handled. */
  name: string;
  /** Reacts to one event in a transaction of its own, which also records the event as handled. */
  process(manager: EntityManager, event: DomainEvent, env: JobEnv): Promise<void>;
}

/** Reads one event of the stream (null: gone). */
export async function readEvent(manager: EntityManager, id: string): Promise<DomainEvent | null> {
  const rows: DomainEvent[] = await manager.query(
    `SELECT id, type, actor_id AS "actorId", subject, created_at AS "createdAt" FROM domain_event WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/**
 * Runs `processor` on `event` at most once: the claim (event id, processor) is written in the same
 * transaction as the processor's effects, so a retried job skips what committed and redoes what did not.
 * Answers whether it ran.
 */
export async function processOnce(
  env: JobEnv,
  processor: EventProcessor,
  event: DomainEvent,
): Promise<boolean> {
  return env.ds.transaction(async (manager) => {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO domain_event_processed (event_id, processor) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.id, processor.name],
    );
    if (claimed.length === 0) return false;
    await processor.process(manager, event, env);
    return true;
  });
}

/**
 * The queue's handler for one event: every processor, each on its own, so one failing does not undo or
 * block another; any failure throws after the others ran, and the queue retries the job (with backoff),
 * where the processors that finished are skipped.
 */
export function processDomainEvent(processors: readonly EventProcessor[]): JobHandler {
  return async (payload, env) => {
    const { eventId } = payload as { eventId: string };
    const event = await readEvent(env.ds.manager, eventId);
    if (!event) return;
    const failed: string[] = [];
    for (const processor of processors) {
      try {
        await processOnce(env, processor, event);
      } catch (error) {
        console.error(`event ${event.type} ${event.id}: ${processor.name} failed`, error);
        failed.push(processor.name);
      }
    }
    if (failed.length > 0) throw new Error(`event ${event.id}: ${failed.join(', ')} will be retried`);
  };
}

/** The queue's task that forgets old events, on the schedule below (src/jobs.ts). */
export const PRUNE_DOMAIN_EVENTS_TASK = 'prune-domain-events';

/**
 * How long the stream keeps an event: far past the queue's last retry of its processors, so only events
 * nobody will process again are forgotten (what they caused, the notifications and the audit trail,
 * stays).
 */
export const DOMAIN_EVENT_RETENTION_DAYS = 30;

/** Every night at 02:30 UTC; a missed night is caught up once within 6 hours (one API process runs it). */
export const EVENT_STREAM_CRONTAB = `30 2 * * * ${PRUNE_DOMAIN_EVENTS_TASK} ?fill=6h&max=1`;

/** Deletes the events older than the retention, with their processors' records (ON DELETE CASCADE). */
export const pruneDomainEvents: JobHandler = async (_payload, env) => {
  await env.ds.query(`DELETE FROM domain_event WHERE created_at < now() - make_interval(days => $1)`, [
    DOMAIN_EVENT_RETENTION_DAYS,
  ]);
};
