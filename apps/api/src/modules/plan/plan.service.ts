import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { FundingSource, PlanActionStatus, PlanAxis, PlanStatus } from '@filiera/shared';
import type { Context } from '../../context.js';
import { authorizeObject, can, requireViewer } from '../../common/auth.js';
import { badField } from '../../common/errors.js';
import { findOrThrow, getOrThrow } from '../../common/lookup.js';
import { keysetPage } from '../../common/pagination.js';
import {
  assertDatesInOrder,
  datesInOrder,
  isoDay,
  parseInput,
  text,
  uuid,
  version,
} from '../../common/validation.js';
import { updateVersioned } from '../../common/versioned-update.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { UserEntity } from '../user/user.entity.js';
import type { BudgetLine, KpiActual } from './plan.loaders.js';
import {
  PlanActionEntity,
  PlanJoinRequestEntity,
  PlanKpiEntity,
  PlanObjectiveEntity,
  PlanRevisionEntity,
  StrategicPlanEntity,
} from './plan.entity.js';
import { planPolicy, planAccess } from './plan.policy.js';

/** One axis of one plan, resolved field by field through the plan loaders. */
export interface PlanAxisModel {
  planId: string;
  axis: PlanAxis;
  years: number[];
}

/** The five axes in the order of the district's programme (not alphabetical). */
export const AXES: PlanAxis[] = [
  'TERRITORIAL_MARKETING',
  'RESEARCH_INNOVATION',
  'EVENTS_INTERNATIONALISATION',
  'NETWORKING_TRAINING',
  'DIGITAL_CLUSTER',
];

/** The only legal next step of each status. */
const NEXT_STATUS: Record<PlanStatus, PlanStatus | null> = {
  DRAFT: 'APPROVED',
  APPROVED: 'ACTIVE',
  ACTIVE: 'CLOSED',
  CLOSED: null,
};

export const nextStatuses = (status: PlanStatus): PlanStatus[] => {
  const next = NEXT_STATUS[status];
  return next ? [next] : [];
};

export const planYears = (p: Pick<StrategicPlanEntity, 'startYear' | 'endYear'>): number[] =>
  Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);

/** Attainment in percent: how far the latest actual went from baseline to target (1 decimal). */
export function kpiAttainment(
  kpi: { baseline: number; target: number },
  actuals: readonly KpiActual[],
): number | null {
  const latest = [...actuals].sort((a, b) => a.year - b.year).at(-1);
  if (!latest || kpi.target === kpi.baseline) return null;
  return Math.round(((latest.value - kpi.baseline) / (kpi.target - kpi.baseline)) * 1000) / 10;
}

export function listPlans(ctx: Context) {
  return ctx.ds.getRepository(StrategicPlanEntity).find({
    order: { startYear: 'DESC', createdAt: 'DESC' },
    take: 100,
  });
}

export async function getPlan(ctx: Context, id: string): Promise<StrategicPlanEntity> {
  return getOrThrow('StrategicPlan', id, (key) => ctx.loaders.plan.planById.load(key));
}

export async function getAction(ctx: Context, id: string): Promise<PlanActionEntity> {
  return getOrThrow('PlanAction', id, (key) => ctx.loaders.plan.actionById.load(key));
}

/** Whether a plan action exists (other modules link to actions, e.g. a task's planActionId). */
export function planActionExists(manager: EntityManager, id: string): Promise<boolean> {
  return manager.existsBy(PlanActionEntity, { id });
}

export function listActions(
  ctx: Context,
  planId: string,
  args: { axis?: PlanAxis | null; first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(PlanActionEntity)
    .createQueryBuilder('a')
    .where('a.plan_id = :planId', { planId });
  if (args.axis) qb.andWhere('a.axis = :axis', { axis: args.axis });
  return keysetPage(qb, {
    // By start date for the timeline, then by title.
    sortExpression: `(a.start_date::text || ' ' || a.title)`,
    sortKey: (a) => `${a.startDate} ${a.title}`,
    sortType: 'text',
    direction: 'ASC',
    first: args.first,
    after: args.after,
  });
}

export function listRevisions(
  ctx: Context,
  planId: string,
  args: { first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(PlanRevisionEntity)
    .createQueryBuilder('r')
    .where('r.plan_id = :planId', { planId });
  return keysetPage(qb, {
    sortExpression: 'r.created_at',
    sortKey: (r) => r.createdAt.toISOString(),
    sortType: 'timestamptz',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

/** Whether the viewer may ask, for their firm, to join this action now. */
export async function viewerCanRequestToJoin(ctx: Context, action: PlanActionEntity): Promise<boolean> {
  const viewer = ctx.viewer;
  if (
    !viewer ||
    !planPolicy.requestToJoin.allows(viewer) ||
    !can(viewer, planAccess, 'requestToJoin', viewer)
  ) {
    return false;
  }
  if (action.status === 'DONE' || action.status === 'CANCELLED' || action.leadFirmId === viewer.firmId) {
    return false;
  }
  const [plan, firms, requests] = await Promise.all([
    ctx.loaders.plan.planById.load(action.planId),
    ctx.loaders.plan.firmIdsByActionId.load(action.id),
    ctx.loaders.plan.joinRequestsByActionId.load(action.id),
  ]);
  return (
    plan?.status !== 'CLOSED' &&
    !firms.some((f) => f.firm_id === viewer.firmId) &&
    !requests.some((r) => r.firmId === viewer.firmId && r.status === 'PENDING')
  );
}

// --- writes -------------------------------------------------------------------------------------

const title = text(200).min(1, 'is required');
const year = z.number().int('must be a whole year').min(2000, 'is too early').max(2100, 'is too late');

const createPlanSchema = z
  .object({ title, description: text(5000).nullish(), startYear: year, endYear: year })
  .superRefine((v, issue) => {
    if (v.endYear < v.startYear || v.endYear > v.startYear + 10) {
      issue.addIssue({
        code: 'custom',
        path: ['endYear'],
        message: 'must be from the start year to ten years later',
        params: { reason: 'out_of_range' },
      });
    }
  });

export async function createPlan(ctx: Context, rawInput: unknown) {
  const input = parseInput(createPlanSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const plan = await manager.save(
      manager.create(StrategicPlanEntity, {
        title: input.title,
        description: input.description || null,
        startYear: input.startYear,
        endYear: input.endYear,
        status: 'DRAFT',
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'CREATE_STRATEGIC_PLAN',
      entityType: 'StrategicPlan',
      entityId: plan.id,
      after: { title: plan.title, startYear: plan.startYear, endYear: plan.endYear, status: plan.status },
    });
    return plan;
  });
}

const statusSchema = z.object({ id: uuid, version, status: z.enum(PlanStatus) });

/** Moves a plan one step along DRAFT → APPROVED → ACTIVE → CLOSED; anything else is refused. */
export async function changePlanStatus(ctx: Context, rawInput: unknown) {
  const input = parseInput(statusSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await findOrThrow(manager, StrategicPlanEntity, input.id);
    if (NEXT_STATUS[current.status] !== input.status) {
      throw badField(
        'status',
        'illegal_transition',
        `a ${current.status} plan cannot become ${input.status}` +
          (NEXT_STATUS[current.status] ? `; next is ${NEXT_STATUS[current.status]}` : ''),
      );
    }
    const { after } = await updateAudited(manager, ctx, {
      entity: StrategicPlanEntity,
      id: input.id,
      version: input.version,
      changes: { status: input.status },
      action: 'CHANGE_PLAN_STATUS',
      snapshot: (p) => ({ status: p.status }),
    });
    return after;
  });
}

/** The plan, refused as BAD_USER_INPUT on `field` when it does not exist or is CLOSED. */
async function openPlan(manager: EntityManager, planId: string, field: string) {
  const plan = await manager.findOneBy(StrategicPlanEntity, { id: planId });
  if (!plan) throw badField(field, 'not_found', 'is not a strategic plan');
  if (plan.status === 'CLOSED') throw badField(field, 'plan_closed', 'belongs to a closed plan');
  return plan;
}

const objectiveSchema = z.object({
  planId: uuid,
  axis: z.enum(PlanAxis),
  title,
  description: text(5000).nullish(),
});

export async function createObjective(ctx: Context, rawInput: unknown) {
  const input = parseInput(objectiveSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    await openPlan(manager, input.planId, 'planId');
    const objective = await manager.save(
      manager.create(PlanObjectiveEntity, { ...input, description: input.description || null }),
    );
    await recordAudit(manager, ctx, {
      action: 'CREATE_PLAN_OBJECTIVE',
      entityType: 'PlanObjective',
      entityId: objective.id,
      after: { planId: objective.planId, axis: objective.axis, title: objective.title },
    });
    return objective;
  });
}

const budgetLine = z.object({
  year,
  fundingSource: z.enum(FundingSource),
  amount: z
    .number()
    .min(0, 'cannot be negative')
    .max(1_000_000_000, 'is too large')
    .refine((n) => Math.round(n * 100) === n * 100, { message: 'has more than two decimals' }),
});
const budgetLines = z
  .array(budgetLine)
  .max(100, 'has more than 100 lines')
  .superRefine((lines, issue) => {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      const key = `${l.year}/${l.fundingSource}`;
      if (seen.has(key)) {
        issue.addIssue({
          code: 'custom',
          path: [i, 'fundingSource'],
          message: `repeats ${l.fundingSource} in ${l.year}`,
          params: { reason: 'duplicate' },
        });
      }
      seen.add(key);
    });
  });

const kpiInput = z.object({
  name: title,
  unit: text(40).min(1, 'is required'),
  baseline: z.number(),
  target: z.number(),
});

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
  const firmIds = [...new Set(input.participatingFirmIds ?? [])];
  if (firmIds.length) {
    const found = await manager
      .getRepository(FirmEntity)
      .createQueryBuilder('f')
      .where('f.id IN (:...ids)', { ids: firmIds })
      .getCount();
    if (found !== firmIds.length) {
      throw badField('participatingFirmIds', 'not_found', 'names a firm that does not exist');
    }
  }
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

async function writeFirms(manager: EntityManager, actionId: string, firmIds: string[]) {
  await manager.query(`DELETE FROM plan_action_firm WHERE action_id = $1`, [actionId]);
  if (firmIds.length) {
    await manager.query(
      `INSERT INTO plan_action_firm (action_id, firm_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [actionId, [...new Set(firmIds)]],
    );
  }
}

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
    await writeFirms(manager, action.id, input.participatingFirmIds ?? []);
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
        await writeFirms(manager, id, participatingFirmIds);
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

const updateObjectiveSchema = z.object({
  id: uuid,
  version,
  title,
  description: text(5000).nullish(),
});

export async function updateObjective(ctx: Context, rawInput: unknown) {
  const input = parseInput(updateObjectiveSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await findOrThrow(manager, PlanObjectiveEntity, input.id);
    await openPlan(manager, current.planId, 'id');
    const { after } = await updateAudited(manager, ctx, {
      entity: PlanObjectiveEntity,
      id: input.id,
      version: input.version,
      changes: { title: input.title, description: input.description || null },
      action: 'UPDATE_PLAN_OBJECTIVE',
      snapshot: (o) => ({ title: o.title, description: o.description }),
    });
    return after;
  });
}

const MAX_KPIS = 20;
const addKpiSchema = z.object({ actionId: uuid, actionVersion: version, kpi: kpiInput });

/** Adds a KPI; bumps the action's version since its KPIs are part of what a person read. */
export async function addKpi(ctx: Context, rawInput: unknown) {
  const input = parseInput(addKpiSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await findOrThrow(manager, PlanActionEntity, input.actionId);
    await openPlan(manager, current.planId, 'actionId');
    const { after } = await updateVersioned(
      manager,
      PlanActionEntity,
      'PlanAction',
      input.actionId,
      input.actionVersion,
      {},
    );
    if ((await manager.countBy(PlanKpiEntity, { actionId: input.actionId })) >= MAX_KPIS) {
      throw badField('kpi', 'too_big', `the action already has ${MAX_KPIS} KPIs`);
    }
    const kpi = await manager.save(
      manager.create(PlanKpiEntity, {
        actionId: input.actionId,
        name: input.kpi.name,
        unit: input.kpi.unit,
        baseline: String(input.kpi.baseline),
        target: String(input.kpi.target),
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'ADD_PLAN_KPI',
      entityType: 'PlanKpi',
      entityId: kpi.id,
      after: { actionId: input.actionId, ...input.kpi },
    });
    return after;
  });
}

const updateKpiSchema = kpiInput.extend({ id: uuid, version });

export async function updateKpi(ctx: Context, rawInput: unknown) {
  const { id, version: expected, ...fields } = parseInput(updateKpiSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await findOrThrow(manager, PlanKpiEntity, id);
    const action = await manager.findOneByOrFail(PlanActionEntity, { id: current.actionId });
    await openPlan(manager, action.planId, 'id');
    const { after } = await updateAudited(manager, ctx, {
      entity: PlanKpiEntity,
      id,
      version: expected,
      changes: {
        name: fields.name,
        unit: fields.unit,
        baseline: String(fields.baseline),
        target: String(fields.target),
      },
      action: 'UPDATE_PLAN_KPI',
      snapshot: (k) => ({ name: k.name, unit: k.unit, baseline: k.baseline, target: k.target }),
    });
    return after;
  });
}

const actualSchema = z.object({ kpiId: uuid, version, year, value: z.number() });

export async function setKpiActual(ctx: Context, rawInput: unknown) {
  const input = parseInput(actualSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const kpi = await findOrThrow(manager, PlanKpiEntity, input.kpiId);
    const action = await manager.findOneByOrFail(PlanActionEntity, { id: kpi.actionId });
    const plan = await openPlan(manager, action.planId, 'kpiId');
    if (input.year < plan.startYear || input.year > plan.endYear) {
      throw badField('year', 'out_of_range', `is outside the plan's years ${plan.startYear}–${plan.endYear}`);
    }
    const field = `actual${input.year}`;
    const { after } = await updateAudited(manager, ctx, {
      entity: PlanKpiEntity,
      id: input.kpiId,
      version: input.version,
      changes: {},
      action: 'SET_KPI_ACTUAL',
      snapshot: () => ({}),
      alongside: async () => {
        const [previous] = await manager.query(
          `SELECT value FROM plan_action_kpi_actual WHERE kpi_id = $1 AND year = $2`,
          [input.kpiId, input.year],
        );
        await manager.query(
          `INSERT INTO plan_action_kpi_actual (kpi_id, year, value) VALUES ($1, $2, $3)
           ON CONFLICT (kpi_id, year) DO UPDATE SET value = EXCLUDED.value`,
          [input.kpiId, input.year, input.value],
        );
        return {
          before: { [field]: previous ? Number(previous.value) : null },
          after: { [field]: input.value },
        };
      },
    });
    return after;
  });
}

const joinSchema = z.object({ actionId: uuid, note: text(1000).nullish() });

/** A FIRM user asks, for their own firm, to take part in an action. */
export async function requestToJoin(ctx: Context, rawInput: unknown) {
  const viewer = requireViewer(ctx);
  const input = parseInput(joinSchema, rawInput);
  const firmId = viewer.firmId;
  authorizeObject(viewer, planAccess, 'requestToJoin', { firmId });
  return ctx.ds.transaction(async (manager) => {
    const action = await findOrThrow(manager, PlanActionEntity, input.actionId);
    await openPlan(manager, action.planId, 'actionId');
    if (action.status === 'DONE' || action.status === 'CANCELLED') {
      throw badField('actionId', 'not_open', `is ${action.status} and takes no new firms`);
    }
    const [{ participating, pending }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM plan_action_firm WHERE action_id = $1 AND firm_id = $2) OR $3 AS participating,
              EXISTS (SELECT 1 FROM plan_join_request WHERE action_id = $1 AND firm_id = $2 AND status = 'PENDING') AS pending`,
      [action.id, firmId, action.leadFirmId === firmId],
    );
    if (participating) throw badField('actionId', 'already_participating', 'already counts your firm');
    if (pending)
      throw badField('actionId', 'already_requested', 'already has a pending request from your firm');
    const request = await manager.save(
      manager.create(PlanJoinRequestEntity, {
        actionId: action.id,
        firmId: firmId as string,
        requestedById: viewer.userId,
        note: input.note || null,
        status: 'PENDING',
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'REQUEST_TO_JOIN_PLAN_ACTION',
      entityType: 'PlanJoinRequest',
      entityId: request.id,
      after: {
        actionId: request.actionId,
        firmId: request.firmId,
        note: request.note,
        status: request.status,
      },
    });
    return request;
  });
}

const decideSchema = z.object({ id: uuid, version, accept: z.boolean() });

/** The action's lead (or ADMIN/CONSULTANT) accepts or declines a pending request; accepting adds the firm. */
export async function decideJoinRequest(ctx: Context, rawInput: unknown) {
  const input = parseInput(decideSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const request = await findOrThrow(manager, PlanJoinRequestEntity, input.id);
    const action = await manager.findOneByOrFail(PlanActionEntity, { id: request.actionId });
    authorizeObject(ctx.viewer, planAccess, 'decideJoin', action);
    if (request.status !== 'PENDING') throw badField('id', 'not_pending', `was already ${request.status}`);
    const { after } = await updateAudited(manager, ctx, {
      entity: PlanJoinRequestEntity,
      id: input.id,
      version: input.version,
      changes: {
        status: input.accept ? 'ACCEPTED' : 'DECLINED',
        decidedById: ctx.viewer?.userId ?? null,
        decidedAt: new Date(),
      },
      action: input.accept ? 'ACCEPT_PLAN_JOIN_REQUEST' : 'DECLINE_PLAN_JOIN_REQUEST',
      snapshot: (r) => ({ status: r.status, decidedById: r.decidedById }),
      alongside: async () => {
        if (!input.accept) return;
        await manager.query(
          `INSERT INTO plan_action_firm (action_id, firm_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [request.actionId, request.firmId],
        );
      },
    });
    return after;
  });
}
