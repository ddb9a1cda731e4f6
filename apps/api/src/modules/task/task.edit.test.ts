import { describe, expect, it } from 'vitest';
import { buildFirm } from '../../test/factories.js';
import {
  CREATE,
  MOVE,
  TASK,
  LIST,
  type Task,
  api,
  cookies,
  ids,
  create,
  codeOf,
  useTaskFixture,
} from './task.fixture.js';

useTaskFixture();

describe('who may do what', () => {
  it('refuses FIRM users both reading and writing, and CHAMBER writing (FORBIDDEN)', async () => {
    const firmRead = await api.gql(LIST, {}, { cookie: cookies.FIRM });
    expect(codeOf(firmRead.body)).toBe('FORBIDDEN');
    for (const role of ['FIRM', 'CHAMBER'] as const) {
      const res = await api.gql(
        CREATE,
        { input: { title: 'Non mia', phase: 'CONTRACT' } },
        { cookie: cookies[role] },
      );
      expect(codeOf(res.body)).toBe('FORBIDDEN');
    }
    const chamberRead = await api.gql(LIST, {}, { cookie: cookies.CHAMBER });
    expect(chamberRead.body.errors).toBeUndefined();
    const count = await api.ds.query(`SELECT count(*)::int AS n FROM task WHERE title = 'Non mia'`);
    expect(count[0].n).toBe(0);
  });

  it('refuses a FIRM user as assignee, naming the field', async () => {
    const res = await api.gql(
      CREATE,
      { input: { title: 'Assegnata male', phase: 'CONTRACT', assigneeId: ids.FIRM } },
      {
        cookie: cookies.ADMIN,
      },
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
  });

  it('refuses a due date before the start date, naming the field', async () => {
    const res = await api.gql(
      CREATE,
      { input: { title: 'Date storte', phase: 'CONTRACT', startDate: '2026-12-10', dueDate: '2026-12-01' } },
      {
        cookie: cookies.ADMIN,
      },
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });
});

describe('updates', () => {
  const UPDATE = `mutation ($input: UpdateTaskInput!) {
    updateTask(input: $input) { id title version dueDate assignee { id } firms { id } }
  }`;

  it('changes only the fields given, logs them, and refuses a stale version or a due date before the start', async () => {
    const firm = await buildFirm(api.ds);
    const t = await create({ title: 'Bozza statuto', startDate: '2026-12-01', dueDate: '2026-12-10' });
    const updated = await api.gql<{
      updateTask: {
        version: number;
        title: string;
        dueDate: string;
        assignee: { id: string };
        firms: { id: string }[];
      };
    }>(
      UPDATE,
      {
        input: {
          id: t.id,
          version: t.version,
          title: 'Bozza dello statuto',
          assigneeId: ids.ADMIN,
          firmIds: [firm.id],
        },
      },
      { cookie: cookies.CONSULTANT },
    );
    expect(updated.body.data?.updateTask).toMatchObject({
      title: 'Bozza dello statuto',
      dueDate: '2026-12-10',
      assignee: { id: ids.ADMIN },
      firms: [{ id: firm.id }],
      version: t.version + 1,
    });
    const [entry] = await api.ds.query(
      `SELECT changes FROM task_activity WHERE task_id = $1 AND kind = 'UPDATED'`,
      [t.id],
    );
    expect(Object.keys(entry.changes).sort()).toEqual(['assigneeId', 'firmIds', 'title']);

    const stale = await api.gql(
      UPDATE,
      { input: { id: t.id, version: t.version, title: 'Vecchia' } },
      { cookie: cookies.CONSULTANT },
    );
    expect(codeOf(stale.body)).toBe('CONFLICT');
    const backwards = await api.gql(
      UPDATE,
      { input: { id: t.id, version: t.version + 1, dueDate: '2026-11-30' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(backwards.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueDate',
    });
    const [row] = await api.ds.query(
      `SELECT title, version, to_char(due_date, 'YYYY-MM-DD') AS due FROM task WHERE id = $1`,
      [t.id],
    );
    expect(row).toEqual({ title: 'Bozza dello statuto', version: t.version + 1, due: '2026-12-10' });
  });
});

describe('history', () => {
  it('writes every change to the activity log and the audit log, and refuses a stale version', async () => {
    const t = await create({ title: 'Campagna adesioni Segromigno' });
    const moved = await api.gql<{ moveTask: Task }>(
      MOVE,
      { input: { id: t.id, version: t.version, status: 'IN_PROGRESS' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(moved.body.data?.moveTask.version).toBe(t.version + 1);
    await api.gql(
      `mutation ($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id } }`,
      {
        input: { taskId: t.id, body: 'Sentiti 12 calzaturifici' },
      },
      { cookie: cookies.CONSULTANT },
    );

    const stale = await api.gql(
      MOVE,
      { input: { id: t.id, version: t.version, status: 'DONE' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(codeOf(stale.body)).toBe('CONFLICT');

    const read = await api.gql<{
      task: {
        status: string;
        activity: { edges: { node: { kind: string; actor: { id: string } } }[] };
        comments: { totalCount: number };
      };
    }>(TASK, { id: t.id }, { cookie: cookies.CHAMBER });
    const task = read.body.data!.task;
    expect(task.status).toBe('IN_PROGRESS');
    expect(task.comments.totalCount).toBe(1);
    expect(task.activity.edges.map((e) => e.node.kind)).toEqual(['COMMENTED', 'MOVED', 'CREATED']);
    expect(task.activity.edges[1]!.node.actor.id).toBe(ids.CONSULTANT);

    const audit = await api.ds.query(
      `SELECT action, changes FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`,
      [t.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['TASK_CREATED', 'TASK_MOVED']);
    expect(audit[1].changes).toEqual({ status: { before: 'TODO', after: 'IN_PROGRESS' } });
  });
});
