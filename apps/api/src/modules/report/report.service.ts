import { ADHESION_STATUSES, type FirmKind } from '@filiera/shared';
import type { Context } from '../../context.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { traceabilityCoverage } from '../article/article.coverage.js';
import { romeToday } from '../../common/dates.js';
import {
  capabilityConcentration,
  localSourcingShare,
  singlePointsOfFailure,
} from '../supply-link/supply-link.analyses.js';
import type { PlanActionStatus, PlanAxis, TaskPhase, TaskStatus } from '../../generated/graphql.js';
import {
  firmConditions,
  MEMBER_STATUSES,
  Params,
  PIPELINE_STATUSES,
  whereClause,
  type AdhesionStatusValue,
  type ReportFilterValue,
} from './report.filter.js';

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

interface OverviewRow {
  totals: {
    firm_count: number;
    member_count: number;
    interested_count: number;
    employees: number;
    employees_network: number;
    capacity: number;
    capacity_network: number;
    export_w: number | null;
    export_w_members: number | null;
  };
  by_kind: { kind: FirmKind; count: number }[];
  by_hamlet: { hamlet: string | null; count: number }[];
  hamlet_count: number;
}

const coverage = (total: number, network: number) => ({
  total,
  network,
  share: total > 0 ? network / total : 0,
});
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** The overview in one statement: one scan of the selected firms. */
export async function reportOverview(ctx: Context, filter: ReportFilterValue) {
  const p = new Params();
  const where = whereClause(firmConditions(filter, p));
  const [row]: OverviewRow[] = await ctx.ds.query(
    `WITH sel AS MATERIALIZED (
       SELECT f.kind, f.hamlet, f.employees, f.capacity_pairs_per_day AS capacity, f.export_share,
              COALESCE(a.status IN ${MEMBER_STATUSES}, false) AS member,
              COALESCE(a.status IN ${PIPELINE_STATUSES}, false) AS interested
         FROM firm f LEFT JOIN adhesion a ON a.firm_id = f.id
         ${where}
     )
     SELECT
       (SELECT json_build_object(
          'firm_count', count(*),
          'member_count', count(*) FILTER (WHERE member),
          'interested_count', count(*) FILTER (WHERE interested),
          'employees', COALESCE(sum(employees), 0),
          'employees_network', COALESCE(sum(employees) FILTER (WHERE member), 0),
          'capacity', COALESCE(sum(capacity), 0),
          'capacity_network', COALESCE(sum(capacity) FILTER (WHERE member), 0),
          'export_w', sum(export_share * employees)::float8
                      / NULLIF(sum(employees) FILTER (WHERE export_share IS NOT NULL), 0),
          'export_w_members', (sum(export_share * employees) FILTER (WHERE member))::float8
                      / NULLIF(sum(employees) FILTER (WHERE export_share IS NOT NULL AND member), 0)
        ) FROM sel) AS totals,
       (SELECT COALESCE(json_agg(k ORDER BY k.count DESC, k.kind), '[]')
          FROM (SELECT kind, count(*)::int AS count FROM sel GROUP BY kind) k) AS by_kind,
       (SELECT COALESCE(json_agg(h ORDER BY h.count DESC, h.hamlet NULLS LAST), '[]')
          FROM (SELECT hamlet, count(*)::int AS count FROM sel GROUP BY hamlet
                 ORDER BY count DESC, hamlet NULLS LAST LIMIT 100) h) AS by_hamlet,
       (SELECT count(*)::int FROM (SELECT 1 FROM sel GROUP BY hamlet) g) AS hamlet_count`,
    p.values,
  );
  const t = row!.totals;
  return {
    firmCount: Number(t.firm_count),
    byKind: row!.by_kind,
    byHamlet: row!.by_hamlet,
    hamletCount: row!.hamlet_count,
    memberCount: Number(t.member_count),
    interestedCount: Number(t.interested_count),
    inProgressCount: Number(t.interested_count),
    employees: coverage(Number(t.employees), Number(t.employees_network)),
    capacityPairsPerDay: coverage(Number(t.capacity), Number(t.capacity_network)),
    exportShareWeighted: round1(t.export_w === null ? null : Number(t.export_w)),
    memberExportShareWeighted: round1(t.export_w_members === null ? null : Number(t.export_w_members)),
  };
}

/** Adhesions of the selected firms per current status, every status in pipeline order (zeros included). */
export async function reportAdhesionFunnel(ctx: Context, filter: ReportFilterValue) {
  const p = new Params();
  const rows: { status: AdhesionStatusValue; count: number }[] = await ctx.ds.query(
    `SELECT a.status, count(*)::int AS count
       FROM adhesion a JOIN firm f ON f.id = a.firm_id
       ${whereClause(firmConditions(filter, p))}
      GROUP BY a.status`,
    p.values,
  );
  const counts = new Map(rows.map((r) => [r.status, Number(r.count)]));
  return ADHESION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Adhesion steps per month (Italian calendar) of the selected firms, within the date range. */
export async function reportAdhesionsOverTime(ctx: Context, filter: ReportFilterValue) {
  const p = new Params();
  const where = firmConditions(filter, p);
  const day = `(t.at AT TIME ZONE 'Europe/Rome')::date`;
  if (filter.from) where.push(`${day} >= ${p.add(filter.from)}::date`);
  if (filter.to) where.push(`${day} <= ${p.add(filter.to)}::date`);
  const rows: { month: string; interested: number; signed: number; transitions: number }[] =
    await ctx.ds.query(
      `SELECT to_char(t.at AT TIME ZONE 'Europe/Rome', 'YYYY-MM') AS month,
              count(*) FILTER (WHERE t.to_status = 'INTERESTED')::int AS interested,
              count(*) FILTER (WHERE t.to_status = 'SIGNED')::int AS signed,
              count(*)::int AS transitions
         FROM adhesion_transition t
         JOIN adhesion a ON a.id = t.adhesion_id
         JOIN firm f ON f.id = a.firm_id
         ${whereClause(where)}
        GROUP BY 1 ORDER BY 1 DESC LIMIT 120`,
      p.values,
    );
  return rows.reverse();
}

/** Supply-chain statistics: the district's analyses (reused as they are) and the filtered top suppliers. */
export async function reportSupplyChain(ctx: Context, filter: ReportFilterValue) {
  const p = new Params();
  const where = ["l.status = 'CONFIRMED'", ...firmConditions(filter, p)];
  const [local, concentration, spof, top] = await Promise.all([
    localSourcingShare(ctx),
    capabilityConcentration(ctx),
    singlePointsOfFailure(ctx, { first: 1 }),
    ctx.ds.query(
      `SELECT l.supplier_id, count(DISTINCT l.customer_id)::int AS customers, count(*)::int AS links
         FROM supply_link l
         JOIN firm f ON f.id = l.supplier_id
         LEFT JOIN adhesion a ON a.firm_id = f.id
        ${whereClause(where)}
        GROUP BY l.supplier_id
        ORDER BY customers DESC, links DESC, l.supplier_id
        LIMIT 10`,
      p.values,
    ) as Promise<{ supplier_id: string; customers: number; links: number }[]>,
  ]);
  const firms = await ctx.loaders.firmById.loadMany(top.map((r) => r.supplier_id));
  return {
    confirmedLinkCount: local.confirmedLinkCount,
    localSourcing: local,
    topSuppliers: top.flatMap((r, i) => {
      const firm = firms[i];
      return firm instanceof FirmEntity
        ? [{ firm, customerCount: Number(r.customers), linkCount: Number(r.links) }]
        : [];
    }),
    singlePointOfFailureCount: spof.totalCount,
    concentration,
  };
}

/** Traceability coverage of the shoe factories the firm filters select (the article module computes it). */
export async function reportTraceability(ctx: Context, filter: ReportFilterValue) {
  const p = new Params();
  const where = whereClause(["f.kind = 'SHOE_FACTORY'", ...firmConditions(filter, p)]);
  const factories: { id: string }[] = await ctx.ds.query(
    `SELECT f.id FROM firm f LEFT JOIN adhesion a ON a.firm_id = f.id ${where}`,
    p.values,
  );
  const coverage = await traceabilityCoverage(
    ctx.ds,
    factories.map((f) => f.id),
  );
  const [firms, capabilities] = await Promise.all([
    ctx.loaders.firmById.loadMany(coverage.byFactory.map((r) => r.firmId)),
    ctx.loaders.articles.capabilityById.loadMany(coverage.byCapability.map((r) => r.capabilityId)),
  ]);
  return {
    ...coverage,
    byFactory: coverage.byFactory.flatMap((r, i) => {
      const firm = firms[i];
      return firm instanceof FirmEntity ? [{ ...r, firm }] : [];
    }),
    byCapability: coverage.byCapability.flatMap((r, i) => {
      const capability = capabilities[i];
      return capability && !(capability instanceof Error) ? [{ ...r, capability }] : [];
    }),
  };
}

/** Plan budget by axis and year, actions by status, KPI attainment (formulas in the schema). */
export async function reportPlan(ctx: Context, filter: ReportFilterValue) {
  const fromYear = yearOf(filter.from);
  const toYear = yearOf(filter.to);
  const [budget, actions, [kpi]] = await Promise.all([
    ctx.ds.query(
      `SELECT pa.axis, b.year, sum(b.amount)::float8 AS amount
         FROM plan_action_budget b JOIN plan_action pa ON pa.id = b.action_id
        WHERE ($1::int IS NULL OR b.year >= $1) AND ($2::int IS NULL OR b.year <= $2)
        GROUP BY pa.axis, b.year ORDER BY pa.axis, b.year`,
      [fromYear, toYear],
    ) as Promise<{ axis: PlanAxis; year: number; amount: number }[]>,
    ctx.ds.query(
      `SELECT status, count(*)::int AS count FROM plan_action GROUP BY status ORDER BY count DESC, status`,
    ) as Promise<{ status: PlanActionStatus; count: number }[]>,
    ctx.ds.query(
      `WITH latest AS (
         SELECT DISTINCT ON (kpi_id) kpi_id, value FROM plan_action_kpi_actual
          WHERE ($1::int IS NULL OR year >= $1) AND ($2::int IS NULL OR year <= $2)
          ORDER BY kpi_id, year DESC
       ),
       att AS (
         SELECT CASE WHEN l.value IS NOT NULL AND k.target <> k.baseline
                     THEN 100 * (l.value - k.baseline) / (k.target - k.baseline) END::float8 AS pct
           FROM plan_action_kpi k LEFT JOIN latest l ON l.kpi_id = k.id
       )
       SELECT count(*)::int AS kpis, count(pct)::int AS measured,
              count(*) FILTER (WHERE pct >= 100)::int AS achieved, avg(pct)::float8 AS average
         FROM att`,
      [fromYear, toYear],
    ) as Promise<{ kpis: number; measured: number; achieved: number; average: number | null }[]>,
  ]);
  return {
    budgetByAxisYear: budget.map((b) => ({
      axis: b.axis,
      year: Number(b.year),
      amountEur: Number(b.amount),
    })),
    actionsByStatus: actions.map((a) => ({ status: a.status, count: Number(a.count) })),
    kpiAttainment: {
      kpiCount: Number(kpi?.kpis ?? 0),
      measuredCount: Number(kpi?.measured ?? 0),
      achievedCount: Number(kpi?.achieved ?? 0),
      averagePercent: round1(
        kpi?.average === null || kpi?.average === undefined ? null : Number(kpi.average),
      ),
    },
  };
}

/** Start-up tasks by phase and status, and the overdue ones (due before today in Italy, not DONE). */
export async function reportStartup(ctx: Context, filter: ReportFilterValue, today = romeToday()) {
  const range = `($1::date IS NULL OR due_date >= $1) AND ($2::date IS NULL OR due_date <= $2)`;
  const [byPhaseStatus, overdue] = await Promise.all([
    ctx.ds.query(
      `SELECT phase, status, count(*)::int AS count FROM task WHERE ${range}
        GROUP BY phase, status ORDER BY phase, status`,
      [filter.from, filter.to],
    ) as Promise<{ phase: TaskPhase; status: TaskStatus; count: number }[]>,
    ctx.ds.query(
      `SELECT phase, count(*)::int AS count FROM task
        WHERE ${range} AND status <> 'DONE' AND due_date < $3::date
        GROUP BY phase ORDER BY phase`,
      [filter.from, filter.to, today],
    ) as Promise<{ phase: TaskPhase; count: number }[]>,
  ]);
  return {
    byPhaseStatus: byPhaseStatus.map((r) => ({ ...r, count: Number(r.count) })),
    overdueCount: overdue.reduce((sum, r) => sum + Number(r.count), 0),
    overdueByPhase: overdue.map((r) => ({ ...r, count: Number(r.count) })),
  };
}
