import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirm, createUser } from '../../test/factories.js';
import { freshDatabase } from '../../test/harness.js';
import type { DataSource } from 'typeorm';
import { DEMO_FIRM_ID } from './district.js';
import { DEMO_USERS } from './demo-users.js';
import { DEMO_PLAN_ID, seedStartupPlan } from './startup-plan.js';

let db: { ds: DataSource; drop(): Promise<void> };

beforeAll(async () => {
  db = await freshDatabase();
  await createFirm(db.ds, { id: DEMO_FIRM_ID });
  for (const u of DEMO_USERS) {
    await createUser(db.ds, u.role, { id: u.id, email: u.email, firmId: u.firmId });
  }
  await seedStartupPlan(db.ds, 'district', new Date('2026-11-25T10:00:00Z'));
});
afterAll(async () => {
  await db.drop();
});

describe('the start-up seed', () => {
  it('assigns the start-up tasks to the seeded consultant and administrator, approval due 31 December', async () => {
    const tasks: { title: string; assignee_id: string; due_date: string }[] = await db.ds.query(
      `SELECT title, assignee_id, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM task`,
    );
    const staff = DEMO_USERS.filter((u) => u.role === 'ADMIN' || u.role === 'CONSULTANT').map((u) => u.id);
    expect(tasks.every((t) => staff.includes(t.assignee_id))).toBe(true);
    expect(tasks.find((t) => t.title.startsWith('Approvazione del piano'))?.due_date).toBe('2026-12-31');
    expect(tasks.filter((t) => t.title.startsWith('Campagna adesioni')).length).toBeGreaterThanOrEqual(5);
    expect(tasks.filter((t) => t.title.startsWith('Laboratorio del piano')).length).toBe(5);
  });

  it('never has a DONE task waiting for an open one', async () => {
    const [row] = await db.ds.query(
      `SELECT count(*)::int AS n FROM task_blocker tb JOIN task t ON t.id = tb.task_id JOIN task b ON b.id = tb.blocker_id
        WHERE t.status = 'DONE' AND b.status <> 'DONE'`,
    );
    expect(row.n).toBe(0);
  });

  it('gives a 2027–2029 plan in DRAFT with budgeted actions and KPIs on all five axes', async () => {
    const [plan] = await db.ds.query(
      `SELECT status, start_year, end_year FROM strategic_plan WHERE id = $1`,
      [DEMO_PLAN_ID],
    );
    expect(plan).toEqual({ status: 'DRAFT', start_year: 2027, end_year: 2029 });
    const axes: { axis: string; budget: string; kpis: number }[] = await db.ds.query(
      `SELECT a.axis, sum(b.amount) AS budget, count(DISTINCT k.id)::int AS kpis
         FROM plan_action a JOIN plan_action_budget b ON b.action_id = a.id JOIN plan_action_kpi k ON k.action_id = a.id
        GROUP BY a.axis`,
    );
    expect(axes).toHaveLength(5);
    expect(axes.every((a) => Number(a.budget) > 0 && a.kpis > 0)).toBe(true);
  });
});

describe('the national scale', () => {
  it('adds 5,000 tasks for the board benchmark, keeping the blocker rule', async () => {
    const national = await freshDatabase();
    try {
      await createFirm(national.ds, { id: DEMO_FIRM_ID });
      for (const u of DEMO_USERS) {
        await createUser(national.ds, u.role, { id: u.id, email: u.email, firmId: u.firmId });
      }
      await seedStartupPlan(national.ds, 'national');
      const [row] = await national.ds.query(
        `SELECT (SELECT count(*)::int FROM task) AS tasks,
                (SELECT count(*)::int FROM task_blocker tb JOIN task t ON t.id = tb.task_id
                   JOIN task b ON b.id = tb.blocker_id WHERE t.status = 'DONE' AND b.status <> 'DONE') AS broken`,
      );
      expect(row.tasks).toBeGreaterThanOrEqual(5000);
      expect(row.broken).toBe(0);
    } finally {
      await national.drop();
    }
  });
});
