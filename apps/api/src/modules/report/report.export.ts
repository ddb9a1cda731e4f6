import type { Context } from '../../context.js';
import { csvDocument } from '../../common/csv.js';
import * as figures from './report.service.js';
import type { ReportFilterValue } from './report.filter.js';
import { ENUM_LABELS } from '../../common/enum-labels.js';
import { T, type Lang } from './report.labels.js';

export const REPORT_NAMES = [
  'overview',
  'adhesions',
  'supply-chain',
  'plan',
  'startup',
  'traceability',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export type Cell = string | number | null;
/** One table of a report; `chart` names the label and value columns drawn as horizontal bars. */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: Cell[][];
  chart?: { label: number; value: number };
}
export interface ReportDocument {
  title: string;
  tables: ReportTable[];
}

const pct = (share: number) => Math.round(share * 1000) / 10;

/** One report, titled and with its tables, in the reader's language. */
export async function buildReport(
  ctx: Context,
  name: ReportName,
  filter: ReportFilterValue,
  lang: Lang,
): Promise<ReportDocument> {
  return { title: T[lang][name], tables: await reportTables(ctx, name, filter, lang) };
}

/** The tables (and which ones to chart) of one report. */
async function reportTables(
  ctx: Context,
  name: ReportName,
  filter: ReportFilterValue,
  lang: Lang,
): Promise<ReportTable[]> {
  const t = T[lang];
  const e = (v: string) => ENUM_LABELS[lang][v] ?? v;
  const table = (
    title: string,
    columns: string[],
    rows: Cell[][],
    chart?: ReportTable['chart'],
  ): ReportTable => (chart ? { title, columns, rows, chart } : { title, columns, rows });
  const pairs = (title: string, rows: [string, Cell][]): ReportTable =>
    table(title, [t.figure, t.value], rows);
  /** A charted table of counts: what is counted, then how many. */
  const counts = (title: string, label: string, rows: Cell[][]): ReportTable =>
    table(title, [label, t.count], rows, { label: 0, value: 1 });
  switch (name) {
    case 'overview': {
      const o = await figures.reportOverview(ctx, filter);
      return [
        pairs(t.totals, [
          [t.firms, o.firmCount],
          [t.members, o.memberCount],
          [t.inProgress, o.inProgressCount],
          [t.employees, o.employees.total],
          [t.employeesNetwork, o.employees.network],
          [t.capacity, o.capacityPairsPerDay.total],
          [t.capacityNetwork, o.capacityPairsPerDay.network],
          [t.exportShare, o.exportShareWeighted],
          [t.memberExportShare, o.memberExportShareWeighted],
        ]),
        counts(
          t.byKind,
          t.kind,
          o.byKind.map((k) => [e(k.kind), k.count]),
        ),
        counts(
          t.byHamlet,
          t.hamlet,
          o.byHamlet.map((h) => [h.hamlet ?? t.noHamlet, h.count]),
        ),
      ];
    }
    case 'adhesions': {
      const [funnel, months] = await Promise.all([
        figures.reportAdhesionFunnel(ctx, filter),
        figures.reportAdhesionsOverTime(ctx, filter),
      ]);
      return [
        counts(
          t.funnel,
          t.status,
          funnel.map((f) => [e(f.status), f.count]),
        ),
        {
          title: t.overTime,
          columns: [t.month, t.stepsInterested, t.stepsSigned, t.steps],
          rows: months.map((m) => [m.month, m.interested, m.signed, m.transitions]),
          chart: { label: 0, value: 3 },
        },
      ];
    }
    case 'supply-chain': {
      const s = await figures.reportSupplyChain(ctx, filter);
      return [
        pairs(t.totals, [
          [t.confirmedLinks, s.confirmedLinkCount],
          [t.localLinks, s.localSourcing.localLinkCount],
          [t.localShare, pct(s.localSourcing.linkShare)],
          [t.localVolumeShare, pct(s.localSourcing.volumeShare)],
          [t.spof, s.singlePointOfFailureCount],
        ]),
        {
          title: t.topSuppliers,
          columns: [t.supplier, t.customers, t.links],
          rows: s.topSuppliers.map((x) => [
            x.firm.tradeName ?? x.firm.legalName,
            x.customerCount,
            x.linkCount,
          ]),
          chart: { label: 0, value: 1 },
        },
        {
          title: t.concentration,
          columns: [t.capability, t.hhi, t.suppliers],
          rows: s.concentration.map((c) => [
            lang === 'it' ? c.capability.labelIt : c.capability.labelEn,
            c.hhi,
            c.supplierCount,
          ]),
          chart: { label: 0, value: 1 },
        },
      ];
    }
    case 'plan': {
      const p = await figures.reportPlan(ctx, filter);
      return [
        table(
          t.budget,
          [t.axis, t.year, t.amount],
          p.budgetByAxisYear.map((b) => [e(b.axis), b.year, b.amountEur]),
        ),
        counts(
          t.actions,
          t.status,
          p.actionsByStatus.map((a) => [e(a.status), a.count]),
        ),
        pairs(t.kpi, [
          [t.kpiCount, p.kpiAttainment.kpiCount],
          [t.kpiMeasured, p.kpiAttainment.measuredCount],
          [t.kpiAchieved, p.kpiAttainment.achievedCount],
          [t.kpiAverage, p.kpiAttainment.averagePercent],
        ]),
      ];
    }
    case 'startup': {
      const s = await figures.reportStartup(ctx, filter);
      return [
        table(
          t.tasks,
          [t.phase, t.status, t.count],
          s.byPhaseStatus.map((r) => [e(r.phase), e(r.status), r.count]),
        ),
        counts(t.overdue, t.phase, [
          ...s.overdueByPhase.map((r): Cell[] => [e(r.phase), r.count]),
          [t.overdueCount, s.overdueCount],
        ]),
      ];
    }
    case 'traceability': {
      const r = await figures.reportTraceability(ctx, filter);
      const capability = (c: { labelIt: string; labelEn: string }) => (lang === 'it' ? c.labelIt : c.labelEn);
      return [
        pairs(t.totals, [
          [t.factories, r.factoryCount],
          [t.articles, r.articleCount],
          [t.published, r.publishedCount],
          [t.tier1, r.tier1TracedPercent],
          [t.tier2, r.tier2TracedPercent],
        ]),
        {
          title: t.byFactory,
          columns: [t.factory, t.articles, t.published, t.tier1, t.tier2],
          rows: r.byFactory.map((f) => [
            f.firm.tradeName ?? f.firm.legalName,
            f.articleCount,
            f.publishedCount,
            f.tier1TracedPercent,
            f.tier2TracedPercent,
          ]),
          chart: { label: 0, value: 4 },
        },
        {
          title: t.byCapability,
          columns: [t.capability, t.lines, t.districtLines, t.outsideLines, t.unknownLines],
          rows: r.byCapability.map((c) => [
            capability(c.capability),
            c.lineCount,
            c.districtSupplierLines,
            c.outsideLines,
            c.unknownLines,
          ]),
          chart: { label: 0, value: 2 },
        },
      ];
    }
  }
}

/** The filters in words, for the header of a printed report. */
export function describeFilter(filter: ReportFilterValue, lang: Lang): string {
  const t = T[lang];
  const e = (v: string) => ENUM_LABELS[lang][v] ?? v;
  const parts = [
    filter.kinds.map(e).join(', '),
    filter.hamlets.join(', '),
    filter.membership ? `${t.membership}: ${e(filter.membership)}` : '',
    filter.adhesionStatuses.map(e).join(', '),
    filter.from ? `${t.from} ${filter.from}` : '',
    filter.to ? `${t.to} ${filter.to}` : '',
  ].filter(Boolean);
  return `${t.filters}: ${parts.length ? parts.join('; ') : t.noFilters}`;
}

/**
 * CSV of every table, one after the other (title line, header, rows, blank line); `;` and a BOM for Excel.
 * The first line says which filters made it, so a file passed on still says what it counts.
 */
export function reportCsv(doc: ReportDocument, filter: ReportFilterValue, lang: Lang): string {
  // Decimal comma in Italian, so that a spreadsheet in that locale reads numbers as numbers.
  return csvDocument(
    [
      [describeFilter(filter, lang)],
      [],
      ...doc.tables.flatMap((table) => [[table.title], table.columns, ...table.rows, []]),
    ],
    { separator: ';', decimalComma: lang === 'it' },
  );
}
