import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySubscriberInterface } from 'typeorm';
import type { Role } from '@filiera/shared';
import { TEST_PASSWORD, buildFirm, buildUser } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { addDays, romeToday } from '../../common/dates.js';

const CREATE = `mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { id title status version overdue dueDate assignee { id } }
}`;
const MOVE = `mutation ($input: MoveTaskInput!) { moveTask(input: $input) { id status version } }`;
const BLOCK = `mutation ($input: SetTaskBlockersInput!) {
  setTaskBlockers(input: $input) { id version openBlockerCount blockedBy { id } }
}`;
const TASK = `query ($id: ID!) {
  task(id: $id) { id status version activity { edges { node { kind actor { id } } } } comments { totalCount } }
}`;
const LIST = `query ($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
  tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title overdue } }
  }
}`;

interface Task {
  id: string;
  title: string;
  status: string;
  version: number;
  overdue: boolean;
}
type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

let api: TestApi;
const cookies = {} as Record<Role, string>;
const ids = {} as Record<Role, string>;

beforeAll(async () => {
  api = await startTestApi();
  for (const role of ['ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER'] as const) {
    const user = await buildUser(api.ds, role);
    ids[role] = user.id;
    cookies[role] = await api.signIn(user.email, TEST_PASSWORD);
  }
});
afterAll(async () => {
  await api.close();
});

async function create(input: Record<string, unknown>, role: Role = 'CONSULTANT'): Promise<Task> {
  const res = await api.gql<{ createTask: Task }>(
    CREATE,
    { input: { phase: 'CONTRACT', ...input } },
    {
      cookie: cookies[role],
    },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createTask;
}

const codeOf = (body: ErrorBody) => body.errors?.[0]?.extensions?.code;

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

describe('filters at date boundaries', () => {
  it('marks and filters overdue: due yesterday is overdue, due today is not, DONE never is', async () => {
    const today = romeToday();
    const yesterday = await create({ title: 'Scaduta ieri', dueDate: addDays(today, -1) });
    const dueToday = await create({ title: 'Scade oggi', dueDate: today });
    const doneLate = await create({ title: 'Fatta in ritardo', dueDate: addDays(today, -3), status: 'DONE' });
    expect([yesterday.overdue, dueToday.overdue, doneLate.overdue]).toEqual([true, false, false]);

    const res = await api.gql<{ tasks: { edges: { node: Task }[] } }>(
      LIST,
      { filter: { overdue: true }, first: 100 },
      {
        cookie: cookies.CHAMBER,
      },
    );
    const found = res.body.data!.tasks.edges.map((e) => e.node.id);
    expect(found).toContain(yesterday.id);
    expect(found).not.toContain(dueToday.id);
    expect(found).not.toContain(doneLate.id);
  });

  it('"mine" returns only the tasks assigned to the signed-in person', async () => {
    const mine = await create({ title: 'Mia', assigneeId: ids.CONSULTANT });
    const theirs = await create({ title: 'Della amministratrice', assigneeId: ids.ADMIN });
    const res = await api.gql<{ tasks: { edges: { node: Task }[] } }>(
      LIST,
      { filter: { mine: true }, first: 100 },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    const found = res.body.data!.tasks.edges.map((e) => e.node.id);
    expect(found).toContain(mine.id);
    expect(found).not.toContain(theirs.id);
  });

  it('puts "my week" tasks due within seven days in, and the eighth day out', async () => {
    const today = romeToday();
    const inWeek = await create({
      title: 'Entro sette giorni',
      dueDate: addDays(today, 7),
      assigneeId: ids.ADMIN,
    });
    const later = await create({
      title: 'Tra otto giorni',
      dueDate: addDays(today, 8),
      assigneeId: ids.ADMIN,
    });
    const res = await api.gql<{ myWeek: { due: { id: string }[]; recentActivity: { kind: string }[] } }>(
      `{ myWeek { due { id } recentActivity { kind } } }`,
      {},
      { cookie: cookies.ADMIN },
    );
    const due = res.body.data!.myWeek.due.map((t) => t.id);
    expect(due).toContain(inWeek.id);
    expect(due).not.toContain(later.id);
    expect(res.body.data!.myWeek.recentActivity.map((a) => a.kind)).toContain('CREATED');
  });

  it('pages through a sorted list without overlaps', async () => {
    for (let i = 0; i < 5; i++)
      await create({ title: `Pagina ${i}`, phase: 'SERVICES_STARTUP', priority: 'HIGH' });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: {
        body: {
          data?: {
            tasks: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Task }[] };
          } | null;
        };
      } = await api.gql(
        LIST,
        { filter: { phase: 'SERVICES_STARTUP' }, orderBy: 'PRIORITY', first: 2, after },
        { cookie: cookies.ADMIN },
      );
      const page = res.body.data!.tasks;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});

describe('board', () => {
  it('gives a column per status with its count, whatever the page size', async () => {
    const urgent = await create({ title: 'Colonna in corso', status: 'IN_PROGRESS', dueDate: '2000-01-01' });
    const res = await api.gql<{
      taskBoard: { status: string; totalCount: number; tasks: { id: string }[] }[];
    }>(`{ taskBoard(first: 1) { status totalCount tasks { id } } }`, {}, { cookie: cookies.CHAMBER });
    const columns = res.body.data!.taskBoard;
    expect(columns.map((c) => c.status).sort()).toEqual(['BLOCKED', 'DONE', 'IN_PROGRESS', 'TODO']);
    const inProgress = columns.find((c) => c.status === 'IN_PROGRESS')!;
    expect(inProgress.tasks).toEqual([{ id: urgent.id }]);
    const counts = await api.ds.query(`SELECT status, count(*)::int AS n FROM task GROUP BY status`);
    for (const c of columns) {
      expect(c.totalCount).toBe(counts.find((r: { status: string }) => r.status === c.status)?.n ?? 0);
      expect(c.tasks.length).toBeLessThanOrEqual(1);
    }
    const tooMany = await api.gql(`{ taskBoard(first: 101) { status } }`, {}, { cookie: cookies.CHAMBER });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('loading', () => {
  it('runs the same number of SQL statements for a page of 2 and a page of 12', async () => {
    const firm = await buildFirm(api.ds);
    const first = await create({ title: 'Base del computo' });
    for (let i = 0; i < 12; i++) {
      const t = await create({
        title: `Conteggio n. ${i}`,
        assigneeId: i % 2 ? ids.ADMIN : ids.CONSULTANT,
        firmIds: [firm.id],
      });
      await api.gql(
        BLOCK,
        { input: { id: t.id, version: t.version, blockerIds: [first.id] } },
        { cookie: cookies.ADMIN },
      );
    }
    const QUERY = `query ($first: Int) { tasks(filter: { search: "Conteggio n." }, first: $first) {
      edges { node { id overdue openBlockerCount assignee { name } blockedBy { title } blocks { id } firms { legalName } } } } }`;
    let statements = 0;
    const counter: EntitySubscriberInterface = { beforeQuery: () => void (statements += 1) };
    api.ds.subscribers.push(counter);
    const count = async (n: number) => {
      statements = 0;
      const res = await api.gql<{ tasks: { edges: unknown[] } }>(
        QUERY,
        { first: n },
        { cookie: cookies.CHAMBER },
      );
      expect(res.body.data?.tasks.edges).toHaveLength(n);
      return statements;
    };
    try {
      const small = await count(2);
      expect(await count(12)).toBe(small);
    } finally {
      api.ds.subscribers.splice(api.ds.subscribers.indexOf(counter), 1);
    }
  });
});

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
