import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { FundingSource } from '@filiera/shared';
import { PlanActionStatus, PlanAxis } from '@filiera/shared';
import type { Context } from '../../context.js';
import { badField } from '../../common/errors.js';
import { replaceLinks, type LinkTable } from '../../common/link-table.js';
import { assertAllExist, findOrThrow } from '../../common/lookup.js';
import {
  assertDatesInOrder,
  datesInOrder,
  isoDay,
  parseInput,
  text,
  uuid,
  version,
} from '../../common/validation.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { UserEntity } from '../user/user.entity.js';
import type { BudgetLine } from './plan.loaders.js';
import type { StrategicPlanEntity } from './plan.entity.js';
import { PlanActionEntity, PlanKpiEntity, PlanObjectiveEntity, PlanRevisionEntity } from './plan.entity.js';
import { budgetLines, kpiInput, openPlan, title } from './plan.service.js';

// Plan actions: their fields, firms, budget (with revisions once the plan is approved).

const actionFields = {
  objectiveId: uuid.nullish(),
  title,
  description: text(5000).nullish(),
  leadFirmId: uuid.nullish(),
  leadUserId: uuid.nullish(),
  participatingFirmIds: z.array(uuid).max(200, 'lists more than 200 firms').nullish(),
  startDate: isoDay,
  endDate: isoDay,
  status: z.enum(PlanActionStatus),
};

const createActionSchema = z
  .object({
    ...actionFields,
    planId: uuid,
    axis: z.enum(PlanAxis),
    status: actionFields.status.nullish(),
    budget: budgetLines.nullish(),
    kpis: z.array(kpiInput).max(20, 'has more than 20 KPIs').nullish(),
  })
  .superRefine(datesInOrder('startDate', 'endDate'));

const updateActionSchema = z
  .object({
    id: uuid,
    version,
    objectiveId: actionFields.objectiveId,
    title: title.nullish(),
    description: actionFields.description,
    leadFirmId: actionFields.leadFirmId,
    leadUserId: actionFields.leadUserId,
    participatingFirmIds: actionFields.participatingFirmIds,
    startDate: isoDay.nullish(),
    endDate: isoDay.nullish(),
    status: actionFields.status.nullish(),
  })
  .superRefine(datesInOrder('startDate', 'endDate'));

/** Checks an action's references and that its dates and budget years fall within the plan's years. */
async function checkAction(
  manager: EntityManager,
  plan: StrategicPlanEntity,
  axis: PlanAxis,
  input: {
    objectiveId?: string | null;
    leadFirmId?: string | null;
    leadUserId?: string | null;
    participatingFirmIds?: string[] | null;
    startDate?: string | null;
    endDate?: string | null;
    budget?: BudgetLine[] | null;
  },
) {
  if (input.objectiveId) {
    const objective = await manager.findOneBy(PlanObjectiveEntity, { id: input.objectiveId });
    if (!objective || objective.planId !== plan.id || objective.axis !== axis) {
      throw badField('objectiveId', 'not_found', 'is not an objective of this axis of the plan');
    }
  }
  if (input.leadFirmId && !(await manager.existsBy(FirmEntity, { id: input.leadFirmId }))) {
    throw badField('leadFirmId', 'not_found', 'is not a firm of the registry');
  }
  if (input.leadUserId) {
    const user = await manager.findOneBy(UserEntity, { id: input.leadUserId });
    if (!user || (user.role !== 'ADMIN' && user.role !== 'CONSULTANT')) {
      throw badField('leadUserId', 'not_allowed', 'is not a consultant or administrator');
    }
  }
  await assertAllExist(manager, FirmEntity, 'participatingFirmIds', input.participatingFirmIds ?? []);
  const inPlan = (day: string) => {
    const y = Number(day.slice(0, 4));
    return y >= plan.startYear && y <= plan.endYear;
  };
  const range = `${plan.startYear}–${plan.endYear}`;
  if (input.startDate && !inPlan(input.startDate)) {
    throw badField('startDate', 'out_of_range', `is outside the plan's years ${range}`);
  }
  if (input.endDate && !inPlan(input.endDate)) {
    throw badField('endDate', 'out_of_range', `is outside the plan's years ${range}`);
  }
  input.budget?.forEach((line, i) => {
    if (line.year < plan.startYear || line.year > plan.endYear) {
      throw badField(`budget.${i}.year`, 'out_of_range', `is outside the plan's years ${range}`);
    }
  });
}

async function readBudget(manager: EntityManager, actionId: string): Promise<BudgetLine[]> {
  const rows: { year: number; funding_source: FundingSource; amount: string }[] = await manager.query(
    `SELECT year, funding_source, amount FROM plan_action_budget WHERE action_id = $1 ORDER BY year, funding_source`,
    [actionId],
  );
  return rows.map((r) => ({ year: r.year, fundingSource: r.funding_source, amount: Number(r.amount) }));
}

async function writeBudget(manager: EntityManager, actionId: string, lines: BudgetLine[]) {
  await manager.query(`DELETE FROM plan_action_budget WHERE action_id = $1`, [actionId]);
  if (lines.length) {
    await manager.query(
      `INSERT INTO plan_action_budget (action_id, year, funding_source, amount)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::numeric[])`,
      [actionId, lines.map((l) => l.year), lines.map((l) => l.fundingSource), lines.map((l) => l.amount)],
    );
  }
}

/** The firms taking part in an action. */
const ACTION_FIRMS: LinkTable = { table: 'plan_action_firm', owner: 'action_id', linked: 'firm_id' };

const sum = (lines: BudgetLine[]) => lines.reduce((s, l) => s + l.amount, 0);

/** Once a plan is approved, every change of its budget is kept: who, when, before and after. */
async function keepRevision(
  manager: EntityManager,
  ctx: Context,
  plan: StrategicPlanEntity,
  action: PlanActionEntity,
  before: BudgetLine[],
  after: BudgetLine[],
) {
  if (plan.status !== 'APPROVED' && plan.status !== 'ACTIVE') return;
  await manager.insert(PlanRevisionEntity, {
    planId: plan.id,
    actionId: action.id,
    authorId: ctx.viewer?.userId ?? null,
    summary: `${action.title}: ${sum(before).toFixed(2)} → ${sum(after).toFixed(2)} EUR`,
    before,
    after,
  });
}

export async function createAction(ctx: Context, rawInput: unknown) {
  const input = parseInput(createActionSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const plan = await openPlan(manager, input.planId, 'planId');
    await checkAction(manager, plan, input.axis, input);
    const action = await manager.save(
      manager.create(PlanActionEntity, {
        planId: plan.id,
        objectiveId: input.objectiveId ?? null,
        axis: input.axis,
        title: input.title,
        description: input.description || null,
        leadFirmId: input.leadFirmId ?? null,
        leadUserId: input.leadUserId ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        status: input.status ?? 'PLANNED',
      }),
    );
    const budget = input.budget ?? [];
    await replaceLinks(manager, ACTION_FIRMS, action.id, input.participatingFirmIds ?? []);
    await writeBudget(manager, action.id, budget);
    for (const kpi of input.kpis ?? []) {
      await manager.insert(PlanKpiEntity, {
        actionId: action.id,
        name: kpi.name,
        unit: kpi.unit,
        baseline: String(kpi.baseline),
        target: String(kpi.target),
      });
    }
    if (budget.length) await keepRevision(manager, ctx, plan, action, [], budget);
    await recordAudit(manager, ctx, {
      action: 'CREATE_PLAN_ACTION',
      entityType: 'PlanAction',
      entityId: action.id,
      after: {
        planId: action.planId,
        axis: action.axis,
        title: action.title,
        status: action.status,
        startDate: action.startDate,
        endDate: action.endDate,
        leadFirmId: action.leadFirmId,
        leadUserId: action.leadUserId,
        budget,
        kpis: input.kpis ?? [],
      },
    });
    return action;
  });
}

export async function updateAction(ctx: Context, rawInput: unknown) {
  const { id, version: expected, participatingFirmIds, ...fields } = parseInput(updateActionSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await findOrThrow(manager, PlanActionEntity, id);
    const plan = await openPlan(manager, current.planId, 'id');
    await checkAction(manager, plan, current.axis, { ...fields, participatingFirmIds });
    const changes: Partial<PlanActionEntity> = {};
    for (const [key, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
      if (value === undefined) continue;
      if (value === null && ['title', 'startDate', 'endDate', 'status'].includes(key)) continue;
      (changes as Record<string, unknown>)[key] = value === '' ? null : value;
    }
    // The dates as they would be after the change: one given alone may cross the other one stored.
    const start = changes.startDate ?? current.startDate;
    const end = changes.endDate ?? current.endDate;
    assertDatesInOrder(start, end, 'endDate');
    const { after } = await updateAudited(manager, ctx, {
      entity: PlanActionEntity,
      id,
      version: expected,
      changes,
      action: 'UPDATE_PLAN_ACTION',
      alongside: async () => {
        if (!participatingFirmIds) return;
        await replaceLinks(manager, ACTION_FIRMS, id, participatingFirmIds);
        return { after: { participatingFirmIds } };
      },
    });
    return after;
  });
}

const setBudgetSchema = z.object({ actionId: uuid, version, lines: budgetLines });

/** Replaces an action's budget; an approved or active plan keeps the change as a revision. */
export async function setActionBudget(ctx: Context, rawInput: unknown) {
  const input = parseInput(setBudgetSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await findOrThrow(manager, PlanActionEntity, input.actionId);
    const plan = await openPlan(manager, current.planId, 'actionId');
    await checkAction(manager, plan, current.axis, { budget: input.lines });
    // Bumps the action's version: the budget is part of the action a person read.
    const { after } = await updateAudited(manager, ctx, {
      entity: PlanActionEntity,
      id: input.actionId,
      version: input.version,
      changes: {},
      action: 'SET_PLAN_ACTION_BUDGET',
      snapshot: () => ({}),
      alongside: async (rows) => {
        const before = await readBudget(manager, input.actionId);
        await writeBudget(manager, input.actionId, input.lines);
        const lines = await readBudget(manager, input.actionId);
        await keepRevision(manager, ctx, plan, rows.after, before, lines);
        return { before: { budget: before }, after: { budget: lines } };
      },
    });
    return after;
  });
}
