import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { FundingSource, PlanAxis } from '@filiera/shared';
import {
  PlanActionEntity,
  PlanJoinRequestEntity,
  PlanKpiEntity,
  PlanObjectiveEntity,
  StrategicPlanEntity,
} from './plan.entity.js';
import { MAX_BATCH, byId } from '../../common/loader.js';

export interface BudgetLine {
  year: number;
  fundingSource: FundingSource;
  amount: number;
}

export interface KpiActual {
  year: number;
  value: number;
}

/** Budget sums of one plan: per axis and year, and per year over all axes (axis null). */
export interface BudgetTotalRow {
  axis: PlanAxis | null;
  year: number;
  amount: number;
}

function grouped<V>(keys: readonly string[], rows: V[], keyOf: (v: V) => string): V[][] {
  const map = new Map<string, V[]>();
  for (const r of rows) map.set(keyOf(r), [...(map.get(keyOf(r)) ?? []), r]);
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request loaders of the plan module: the plan page costs the same statements however many actions it has. */
export function createPlanLoaders(ds: DataSource) {
  const many = <V>(fetch: (ids: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string) =>
    new DataLoader<string, V[]>(async (ids) => grouped(ids, await fetch(ids), keyOf), {
      maxBatchSize: MAX_BATCH,
    });
  return {
    planById: byId(ds, StrategicPlanEntity),
    actionById: byId(ds, PlanActionEntity),
    objectiveById: byId(ds, PlanObjectiveEntity),
    objectivesByPlanId: many(
      (ids) =>
        ds
          .getRepository(PlanObjectiveEntity)
          .find({ where: { planId: In([...ids]) }, order: { title: 'ASC' } }),
      (o) => o.planId,
    ),
    /** Totals computed in SQL, per axis and year and per year, for actions that are not CANCELLED. */
    budgetTotalsByPlanId: many(
      async (ids) => {
        const rows: { plan_id: string; axis: PlanAxis | null; year: number; amount: string }[] =
          await ds.query(
            `SELECT a.plan_id, a.axis, b.year, sum(b.amount) AS amount
             FROM plan_action a JOIN plan_action_budget b ON b.action_id = a.id
            WHERE a.plan_id = ANY($1::uuid[]) AND a.status <> 'CANCELLED'
            GROUP BY GROUPING SETS ((a.plan_id, a.axis, b.year), (a.plan_id, b.year))`,
            [ids],
          );
        return rows.map((r) => ({ planId: r.plan_id, axis: r.axis, year: r.year, amount: Number(r.amount) }));
      },
      (r) => r.planId,
    ),
    actionCountsByPlanId: many(
      async (ids) => {
        const rows: { plan_id: string; axis: PlanAxis; n: number }[] = await ds.query(
          `SELECT plan_id, axis, count(*)::int AS n FROM plan_action WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id, axis`,
          [ids],
        );
        return rows.map((r) => ({ planId: r.plan_id, axis: r.axis, count: r.n }));
      },
      (r) => r.planId,
    ),
    budgetByActionId: many(
      async (ids) => {
        const rows: { action_id: string; year: number; funding_source: FundingSource; amount: string }[] =
          await ds.query(
            `SELECT action_id, year, funding_source, amount FROM plan_action_budget
              WHERE action_id = ANY($1::uuid[]) ORDER BY year, funding_source`,
            [ids],
          );
        return rows.map((r) => ({
          actionId: r.action_id,
          year: r.year,
          fundingSource: r.funding_source,
          amount: Number(r.amount),
        }));
      },
      (r) => r.actionId,
    ),
    kpisByActionId: many(
      (ids) =>
        ds.getRepository(PlanKpiEntity).find({ where: { actionId: In([...ids]) }, order: { name: 'ASC' } }),
      (k) => k.actionId,
    ),
    actualsByKpiId: many(
      async (ids) => {
        const rows: { kpi_id: string; year: number; value: string }[] = await ds.query(
          `SELECT kpi_id, year, value FROM plan_action_kpi_actual WHERE kpi_id = ANY($1::uuid[]) ORDER BY year`,
          [ids],
        );
        return rows.map((r) => ({ kpiId: r.kpi_id, year: r.year, value: Number(r.value) }));
      },
      (r) => r.kpiId,
    ),
    firmIdsByActionId: many(
      async (ids) => {
        const rows: { action_id: string; firm_id: string }[] = await ds.query(
          `SELECT action_id, firm_id FROM plan_action_firm WHERE action_id = ANY($1::uuid[])`,
          [ids],
        );
        return rows;
      },
      (r) => r.action_id,
    ),
    joinRequestsByActionId: many(
      (ids) =>
        ds
          .getRepository(PlanJoinRequestEntity)
          .find({ where: { actionId: In([...ids]) }, order: { createdAt: 'DESC' } }),
      (r) => r.actionId,
    ),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
