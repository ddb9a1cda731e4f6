import { z } from 'zod';
import type { Context } from '../../context.js';
import { badField } from '../../common/errors.js';
import { findOrThrow } from '../../common/lookup.js';
import { parseInput, uuid, version } from '../../common/validation.js';
import { updateVersioned } from '../../common/versioned-update.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { PlanActionEntity, PlanKpiEntity } from './plan.entity.js';
import { kpiInput, openPlan, year } from './plan.service.js';

// An action's KPIs and their yearly actuals.

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
