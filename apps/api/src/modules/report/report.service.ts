import { z } from 'zod';
import { FirmKind, IN_PROGRESS_ADHESION_STATUSES, MEMBER_ADHESION_STATUSES } from '@filiera/shared';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, conflict, notFound } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { traceabilityCoverage } from '../article/article.coverage.js';
import {
  capabilityConcentration,
  localSourcingShare,
  singlePointsOfFailure,
  todayInItaly,
} from '../supply-link/supply-link.service.js';
import type { PlanActionStatus, PlanAxis, TaskPhase, TaskStatus } from '../../generated/graphql.js';
import { SavedReportViewEntity, type ReportSection } from './report.entity.js';

export const ADHESION_STATUSES = [
  'INTERESTED',
  'INVITED',
  'DOCUMENTS_REQUESTED',
  'READY_TO_SIGN',
  'SIGNED',
  'REGISTERED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type AdhesionStatusValue = (typeof ADHESION_STATUSES)[number];
const sqlList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(', ')})`;
const MEMBER_STATUSES = sqlList(MEMBER_ADHESION_STATUSES);
const PIPELINE_STATUSES = sqlList(IN_PROGRESS_ADHESION_STATUSES);
export const REPORT_SECTIONS = ['OVERVIEW', 'ADHESIONS', 'SUPPLY_CHAIN', 'PLAN', 'STARTUP'] as const;
/** Saved views are bookmarks: a person needs a handful, so the list stays small without paging. */
export const MAX_SAVED_VIEWS = 50;

const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'is not a calendar date',
      params: { reason: 'invalid_date' },
    },
  );

export const reportFilterSchema = z
  .object({
    kinds: z
      .array(z.enum(Object.values(FirmKind) as [FirmKind, ...FirmKind[]]))
      .max(10)
      .nullish(),
    hamlets: z
      .array(z.string().trim().min(1, 'must not be empty').max(100, 'is too long'))
      .max(50, 'has more than 50 hamlets')
      .nullish(),
    membership: z.enum(['MEMBERS', 'NON_MEMBERS']).nullish(),
    adhesionStatuses: z.array(z.enum(ADHESION_STATUSES)).max(10).nullish(),
    from: dateSchema.nullish(),
    to: dateSchema.nullish(),
  })
  .superRefine((v, issue) => {
    if (v.from && v.to && v.to < v.from) {
      issue.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'is before the start of the range',
        params: { reason: 'before_from' },
      });
    }
  });

/** A validated filter; empty lists mean "no filter". */
export interface ReportFilterValue {
  kinds: FirmKind[];
  hamlets: string[];
  membership: 'MEMBERS' | 'NON_MEMBERS' | null;
  adhesionStatuses: AdhesionStatusValue[];
  from: string | null;
  to: string | null;
}

/** What the root `report` field hands to its sub-fields: each part runs its own aggregate when asked. */
export interface ReportModel {
  filter: ReportFilterValue;
}

const uniqueIgnoringCase = (values: readonly string[]) => {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && Boolean(seen.add(v.toLowerCase())));
};

/** Validates a ReportFilter (BAD_USER_INPUT naming `filter.<field>`). */
export function parseReportFilter(raw: unknown, prefix = 'filter'): ReportFilterValue {
  const parsed = parseInput(z.object({ [prefix]: reportFilterSchema.nullish() }), { [prefix]: raw ?? null })[
    prefix
  ] as z.infer<typeof reportFilterSchema> | null | undefined;
  return {
    kinds: parsed?.kinds ?? [],
    // As written (headers and exports show them so); matched without regard to case, once each.
    hamlets: uniqueIgnoringCase(parsed?.hamlets ?? []),
    membership: parsed?.membership ?? null,
    adhesionStatuses: parsed?.adhesionStatuses ?? [],
    from: parsed?.from ?? null,
    to: parsed?.to ?? null,
  };
}

/** Positional SQL parameters for hand-written aggregates. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Conditions selecting firms `f` with their adhesion `a` (LEFT JOINed) by the filter's firm fields. */
function firmConditions(filter: ReportFilterValue, p: Params): string[] {
  const where: string[] = [];
  if (filter.kinds.length) where.push(`f.kind = ANY(${p.add(filter.kinds)}::text[])`);
  if (filter.hamlets.length)
    where.push(`lower(f.hamlet) = ANY(${p.add(filter.hamlets.map((h) => h.toLowerCase()))}::text[])`);
  if (filter.membership === 'MEMBERS') where.push(`a.status IN ${MEMBER_STATUSES}`);
  if (filter.membership === 'NON_MEMBERS')
    where.push(`(a.status IS NULL OR a.status NOT IN ${MEMBER_STATUSES})`);
  if (filter.adhesionStatuses.length) {
    where.push(`a.status = ANY(${p.add(filter.adhesionStatuses)}::text[])`);
  }
  return where;
}

const whereClause = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
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
export async function reportStartup(ctx: Context, filter: ReportFilterValue, today = todayInItaly()) {
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

// ---- Saved views -------------------------------------------------------------------------------

/** The signed-in person's views, newest first. */
export async function listSavedReportViews(ctx: Context): Promise<SavedReportViewEntity[]> {
  const viewer = requireViewer(ctx);
  return ctx.ds.getRepository(SavedReportViewEntity).find({
    where: { userId: viewer.userId },
    order: { createdAt: 'DESC', id: 'DESC' },
    take: MAX_SAVED_VIEWS,
  });
}

const saveSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'is longer than 80 characters'),
  section: z.enum(REPORT_SECTIONS),
  filter: z.unknown().optional(),
});

/** Stores the filter without its empty parts, so a saved view reads like the URL it came from. */
function compactFilter(filter: ReportFilterValue): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

export async function saveReportView(ctx: Context, rawInput: unknown): Promise<SavedReportViewEntity> {
  const viewer = requireViewer(ctx);
  const input = parseInput(saveSchema, rawInput);
  const filter = parseReportFilter(input.filter, 'filter');
  return ctx.ds.transaction(async (manager) => {
    const repo = manager.getRepository(SavedReportViewEntity);
    // Serialises one person's saves so the count and name checks hold.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('saved_report_view:' || $1))`, [
      viewer.userId,
    ]);
    const [counts]: { n: number; taken: boolean | null }[] = await manager.query(
      `SELECT count(*)::int AS n, bool_or(lower(name) = lower($2)) AS taken
         FROM saved_report_view WHERE user_id = $1`,
      [viewer.userId, input.name],
    );
    const n = Number(counts?.n ?? 0);
    if (counts?.taken) throw badField('name', 'taken', 'is already the name of one of your views');
    if (n >= MAX_SAVED_VIEWS) {
      throw badField('name', 'too_many', `you already have ${MAX_SAVED_VIEWS} views: delete one first`);
    }
    const view = await repo.save(
      repo.create({
        userId: viewer.userId,
        name: input.name,
        section: input.section as ReportSection,
        filter: compactFilter(filter),
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'SAVE_REPORT_VIEW',
      entityType: 'SavedReportView',
      entityId: view.id,
      after: { name: view.name, section: view.section, filter: view.filter },
    });
    return view;
  });
}

/** Deletes one of the viewer's own views; another person's view is NOT_FOUND (not revealed). */
export async function deleteReportView(ctx: Context, id: string, version: number): Promise<string> {
  const viewer = requireViewer(ctx);
  if (!z.uuid().safeParse(id).success) throw notFound('SavedReportView', id);
  return ctx.ds.transaction(async (manager) => {
    const view = await manager.findOne(SavedReportViewEntity, {
      where: { id, userId: viewer.userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!view) throw notFound('SavedReportView', id);
    if (view.version !== version) throw conflict('SavedReportView', id, view.version);
    await manager.delete(SavedReportViewEntity, { id, version });
    await recordAudit(manager, ctx, {
      action: 'DELETE_REPORT_VIEW',
      entityType: 'SavedReportView',
      entityId: id,
      before: { name: view.name, section: view.section, filter: view.filter },
    });
    return id;
  });
}
