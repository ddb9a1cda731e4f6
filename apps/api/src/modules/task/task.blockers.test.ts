import { describe, expect, it } from 'vitest';
import { MOVE, BLOCK, TASK, type Task, api, cookies, create, useTaskFixture } from './task.fixture.js';

useTaskFixture();

describe('blockers', () => {
  it('refuses DONE while a blocker is open, naming it, and allows it once the blocker is DONE', async () => {
    const review = await create({ title: 'Revisione legale del contratto' });
    const sign = await create({ title: 'Firma del contratto' });
    const blocked = await api.gql<{ setTaskBlockers: { version: number; openBlockerCount: number } }>(
      BLOCK,
      { input: { id: sign.id, version: sign.version, blockerIds: [review.id] } },
      { cookie: cookies.CONSULTANT },
    );
    expect(blocked.body.data?.setTaskBlockers.openBlockerCount).toBe(1);
    const version = blocked.body.data!.setTaskBlockers.version;

    const refused = await api.gql(
      MOVE,
      { input: { id: sign.id, version, status: 'DONE' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
      reason: 'open_blockers',
    });
    expect(refused.body.errors?.[0]?.message).toContain('"Revisione legale del contratto"');
    const unchanged = await api.gql<{ task: Task }>(TASK, { id: sign.id }, { cookie: cookies.CONSULTANT });
    expect(unchanged.body.data?.task).toMatchObject({ status: 'TODO', version });

    await api.gql(
      MOVE,
      { input: { id: review.id, version: review.version, status: 'DONE' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    const done = await api.gql<{ moveTask: Task }>(
      MOVE,
      { input: { id: sign.id, version, status: 'DONE' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(done.body.data?.moveTask.status).toBe('DONE');
  });

  it('refuses a cycle, naming it, and changes nothing', async () => {
    const a = await create({ title: 'A bozza' });
    const b = await create({ title: 'B revisione' });
    const c = await create({ title: 'C approvazione' });
    // c waits for b, b waits for a: making a wait for c closes the loop.
    const bv = await api.gql<{ setTaskBlockers: Task }>(
      BLOCK,
      { input: { id: b.id, version: b.version, blockerIds: [a.id] } },
      { cookie: cookies.CONSULTANT },
    );
    expect(bv.body.errors).toBeUndefined();
    await api.gql(
      BLOCK,
      { input: { id: c.id, version: c.version, blockerIds: [b.id] } },
      { cookie: cookies.CONSULTANT },
    );
    const cycle = await api.gql(
      BLOCK,
      { input: { id: a.id, version: a.version, blockerIds: [c.id] } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(cycle.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'blockerIds',
      reason: 'cycle',
    });
    expect(cycle.body.errors?.[0]?.message).toContain(
      '"A bozza" → "C approvazione" → "B revisione" → "A bozza"',
    );
    const rows = await api.ds.query(`SELECT count(*)::int AS n FROM task_blocker WHERE task_id = $1`, [a.id]);
    expect(rows[0].n).toBe(0);

    const self = await api.gql(
      BLOCK,
      { input: { id: a.id, version: a.version, blockerIds: [a.id] } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(self.body.errors?.[0]?.extensions).toMatchObject({ field: 'blockerIds', reason: 'cycle' });
  });
});
