import { describe, expect, it } from 'vitest';
import { statementsOf } from '../../test/statements.js';
import { buildFirm } from '../../test/factories.js';
import { addDays, romeToday } from '../../common/dates.js';
import { BLOCK, LIST, type Task, api, cookies, ids, create, useTaskFixture } from './task.fixture.js';

useTaskFixture();

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
    const count = async (n: number) => {
      return statementsOf(api.ds, async () => {
        const res = await api.gql<{ tasks: { edges: unknown[] } }>(
          QUERY,
          { first: n },
          { cookie: cookies.CHAMBER },
        );
        expect(res.body.data?.tasks.edges).toHaveLength(n);
      });
    };
    const small = await count(2);
    expect(await count(12)).toBe(small);
  });
});
