import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs, type JobEnv } from '../../common/jobs/queue.js';
import { loadConfig } from '../../config.js';
import { freshDatabase } from '../../test/harness.js';
import { DOMAIN_EVENT_TASK, recordEvent, type DomainEvent } from './domain-event.js';
import { processDomainEvent, type EventProcessor } from './event-stream.work.js';

// The stream: an event exists exactly when its change committed, and each processor handles it once.

let db: { ds: DataSource; drop(): Promise<void> };
let env: JobEnv;
beforeAll(async () => {
  db = await freshDatabase();
  env = { ds: db.ds, config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused/db' }) };
});
afterAll(async () => {
  await db.drop();
});

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
  runDueJobs(env, { [DOMAIN_EVENT_TASK]: processDomainEvent(processors) });

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
    const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM domain_event WHERE subject->>'taskId' = $1`, [
      undone,
    ]);
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

    await expect(handle({ eventId }, env, job)).rejects.toThrow(/flaky will be retried/);
    expect(steady.seen).toHaveLength(1);
    expect(flaky.seen).toHaveLength(0);

    down = false;
    await handle({ eventId }, env, job);
    await handle({ eventId }, env, job);
    expect(steady.seen).toHaveLength(1);
    expect(flaky.seen.map((e) => e.id)).toEqual([eventId]);
  });
});
