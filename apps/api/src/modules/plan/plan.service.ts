import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { FundingSource, PlanAxis, PlanStatus } from '@filiera/shared';
import type { Context } from '../../context.js';
import { badField } from '../../common/errors.js';
import { findOrThrow, getOrThrow } from '../../common/lookup.js';
import { byText, keysetPage, newestFirst } from '../../common/pagination.js';
import { parseInput, text, uuid, version } from '../../common/validation.js';
import { createAudited, updateAudited } from '../audit/audit.service.js';
import type { KpiActual } from './plan.loaders.js';
import {
  PlanActionEntity,
  PlanObjectiveEntity,
  PlanRevisionEntity,
  StrategicPlanEntity,
} from './plan.entity.js';

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
  // By start date for the timeline, then by title.
  const byStartDate = byText<PlanActionEntity>(
    `(a.start_date::text || ' ' || a.title)`,
    (a) => `${a.startDate} ${a.title}`,
  );
  return keysetPage(qb, byStartDate, args);
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
  return newestFirst(qb, args);
}

// --- writes -------------------------------------------------------------------------------------

export const title = text(200).min(1, 'is required');
export const year = z.number().int('must be a whole year').min(2000, 'is too early').max(2100, 'is too late');

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
  return ctx.ds.transaction((manager) =>
    createAudited(manager, ctx, {
      entity: StrategicPlanEntity,
      values: {
        title: input.title,
        description: input.description || null,
        startYear: input.startYear,
        endYear: input.endYear,
        status: 'DRAFT',
      },
      action: 'CREATE_STRATEGIC_PLAN',
      snapshot: (row) => ({
        title: row.title,
        startYear: row.startYear,
        endYear: row.endYear,
        status: row.status,
      }),
    }),
  );
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
export async function openPlan(manager: EntityManager, planId: string, field: string) {
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
    return createAudited(manager, ctx, {
      entity: PlanObjectiveEntity,
      values: { ...input, description: input.description || null },
      action: 'CREATE_PLAN_OBJECTIVE',
      snapshot: (row) => ({ planId: row.planId, axis: row.axis, title: row.title }),
    });
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
export const budgetLines = z
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

export const kpiInput = z.object({
  name: title,
  unit: text(40).min(1, 'is required'),
  baseline: z.number(),
  target: z.number(),
});

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
