import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runDueJobs } from '../../common/jobs/queue.js';
import { useJobDatabase } from '../../test/job-database.js';
import { DOMAIN_EVENT_TASK, recordEvent, type DomainEvent } from './domain-event.js';
import {
  DOMAIN_EVENT_RETENTION_DAYS,
  processDomainEvent,
  pruneDomainEvents,
  type EventProcessor,
} from './event-stream.work.js';

// The stream: an event exists exactly when its change committed, and each processor handles it once.

const db = useJobDatabase();

/** A processor that remembers what it was given, and fails while `failing` says so. */
function recorder(name: string, failing = () => false) {
  const seen: DomainEvent[] = [];
  const processor: EventProcessor = {
    name,
    async process(manager, event) {
      // A write of its own: a failure must undo it along with the claim.
      await manager.query(`SELECT 1`);
      if (failing()) throw new Error(`${name} is down`);
      seen.push(event);
    },
  };
  return { processor, seen };
}

const taskCreated = (taskId: string) => ({
  type: 'task.created' as const,
  actorId: null,
  subject: { taskId },
});

const run = (...processors: EventProcessor[]) =>
  runDueJobs(db.env, { [DOMAIN_EVENT_TASK]: processDomainEvent(processors) });

describe('the domain event stream', () => {
  it('records an event and its processing with the change: a rolled-back change leaves neither', async () => {
    const kept = randomUUID();
    const undone = randomUUID();
    await db.ds.transaction((m) => recordEvent(m, taskCreated(kept)));
    await expect(
      db.ds.transaction(async (m) => {
        await recordEvent(m, taskCreated(undone));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const { processor, seen } = recorder('watcher');
    await run(processor);
    expect(seen.map((e) => e.subject)).toEqual([{ taskId: kept }]);
    expect(seen[0]).toMatchObject({ type: 'task.created', actorId: null });
    const [{ n }] = await db.ds.query(
      `SELECT count(*)::int AS n FROM domain_event WHERE subject->>'taskId' = $1`,
      [undone],
    );
    expect(n).toBe(0);
  });

  it('runs each processor once per event: a retried job redoes only the processor that failed', async () => {
    const taskId = randomUUID();
    const [eventId] = await db.ds.transaction(async (m) => [await recordEvent(m, taskCreated(taskId))]);
    let down = true;
    const steady = recorder('steady');
    const flaky = recorder('flaky', () => down);
    const handle = processDomainEvent([steady.processor, flaky.processor]);
    const job = {} as Parameters<typeof handle>[2];

    await expect(handle({ eventId }, db.env, job)).rejects.toThrow(/flaky will be retried/);
    expect(steady.seen).toHaveLength(1);
    expect(flaky.seen).toHaveLength(0);

    down = false;
    await handle({ eventId }, db.env, job);
    await handle({ eventId }, db.env, job);
    expect(steady.seen).toHaveLength(1);
    expect(flaky.seen.map((e) => e.id)).toEqual([eventId]);
  });

  it('forgets events past the retention with their processors’ records, and keeps the recent ones', async () => {
    const [old, recent] = [randomUUID(), randomUUID()];
    const [oldId, recentId] = await db.ds.transaction(async (m) => [
      await recordEvent(m, taskCreated(old)),
      await recordEvent(m, taskCreated(recent)),
    ]);
    await db.ds.query(
      `UPDATE domain_event SET created_at = now() - make_interval(days => $2, hours => 1) WHERE id = $1`,
      [oldId, DOMAIN_EVENT_RETENTION_DAYS],
    );
    const { processor } = recorder('pruned');
    const handle = processDomainEvent([processor]);
    const job = {} as Parameters<typeof handle>[2];
    await handle({ eventId: oldId }, db.env, job);
    await handle({ eventId: recentId }, db.env, job);

    await pruneDomainEvents({}, db.env, job);
    const left = async (table: string, column: string) =>
      (
        (await db.ds.query(`SELECT ${column} AS id FROM ${table} WHERE ${column} = ANY($1)`, [
          [oldId, recentId],
        ])) as { id: string }[]
      ).map((r) => r.id);
    expect(await left('domain_event', 'id')).toEqual([recentId]);
    expect(await left('domain_event_processed', 'event_id')).toEqual([recentId]);
  });
});
