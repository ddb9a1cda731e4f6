import PDFDocument from 'pdfkit';
import type { Context } from '../../context.js';
import { csvDocument } from '../../common/csv.js';
import {
  reportAdhesionFunnel,
  reportAdhesionsOverTime,
  reportOverview,
  reportPlan,
  reportStartup,
  reportSupplyChain,
  type ReportFilterValue,
} from './report.service.js';

export type Lang = 'it' | 'en';
export const REPORT_NAMES = ['overview', 'adhesions', 'supply-chain', 'plan', 'startup'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

type Cell = string | number | null;
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

const T = {
  it: {
    overview: 'Panoramica del distretto',
    adhesions: 'Adesioni alla rete',
    'supply-chain': 'Filiera: statistiche',
    plan: 'Piano strategico',
    startup: 'Avvio della rete',
    generated: 'Generato il',
    filters: 'Filtri',
    noFilters: 'nessuno',
    figure: 'Indicatore',
    value: 'Valore',
    firms: 'Imprese',
    kind: 'Tipo',
    hamlet: 'Frazione',
    noHamlet: '(non indicata)',
    count: 'Numero',
    byKind: 'Imprese per tipo',
    byHamlet: 'Imprese per frazione',
    totals: 'Totali',
    members: 'Aderenti alla rete',
    inProgress: 'In adesione',
    employees: 'Addetti',
    employeesNetwork: 'Addetti delle aderenti',
    capacity: 'Capacità (paia/giorno)',
    capacityNetwork: 'Capacità delle aderenti (paia/giorno)',
    exportShare: 'Quota export media pesata per addetti (%)',
    memberExportShare: 'Quota export delle aderenti (%)',
    funnel: 'Adesioni per stato',
    status: 'Stato',
    overTime: 'Passaggi per mese',
    month: 'Mese',
    stepsInterested: 'Nuovi interessati',
    stepsSigned: 'Firme',
    steps: 'Passaggi',
    confirmedLinks: 'Legami confermati',
    localLinks: 'Legami locali',
    localShare: 'Quota legami locali (%)',
    localVolumeShare: 'Quota volume locale (%)',
    spof: 'Punti critici (fornitori unici)',
    topSuppliers: 'Fornitori più richiesti',
    supplier: 'Fornitore',
    customers: 'Clienti',
    links: 'Legami',
    concentration: 'Concentrazione per lavorazione (HHI)',
    capability: 'Lavorazione / componente',
    hhi: 'HHI',
    suppliers: 'Fornitori',
    budget: 'Budget per asse e anno (EUR)',
    axis: 'Asse',
    year: 'Anno',
    amount: 'Importo (EUR)',
    actions: 'Azioni per stato',
    kpi: 'Raggiungimento KPI',
    kpiCount: 'KPI',
    kpiMeasured: 'KPI misurati',
    kpiAchieved: 'KPI raggiunti',
    kpiAverage: 'Raggiungimento medio (%)',
    tasks: 'Attività per fase e stato',
    phase: 'Fase',
    overdue: 'Attività scadute per fase',
    overdueCount: 'Attività scadute',
    from: 'dal',
    to: 'al',
    membership: 'adesione',
  },
  en: {
    overview: 'District overview',
    adhesions: 'Adhesions to the network',
    'supply-chain': 'Supply chain statistics',
    plan: 'Strategic plan',
    startup: 'Network start-up',
    generated: 'Generated on',
    filters: 'Filters',
    noFilters: 'none',
    figure: 'Figure',
    value: 'Value',
    firms: 'Firms',
    kind: 'Kind',
    hamlet: 'Hamlet',
    noHamlet: '(not given)',
    count: 'Count',
    byKind: 'Firms by kind',
    byHamlet: 'Firms by hamlet',
    totals: 'Totals',
    members: 'Network members',
    inProgress: 'Joining the network',
    employees: 'Employees',
    employeesNetwork: "Members' employees",
    capacity: 'Capacity (pairs/day)',
    capacityNetwork: "Members' capacity (pairs/day)",
    exportShare: 'Export share weighted by employees (%)',
    memberExportShare: "Members' export share (%)",
    funnel: 'Adhesions by status',
    status: 'Status',
    overTime: 'Steps per month',
    month: 'Month',
    stepsInterested: 'New interested',
    stepsSigned: 'Signatures',
    steps: 'Steps',
    confirmedLinks: 'Confirmed links',
    localLinks: 'Local links',
    localShare: 'Local link share (%)',
    localVolumeShare: 'Local volume share (%)',
    spof: 'Single points of failure',
    topSuppliers: 'Most depended-on suppliers',
    supplier: 'Supplier',
    customers: 'Customers',
    links: 'Links',
    concentration: 'Concentration by capability (HHI)',
    capability: 'Capability',
    hhi: 'HHI',
    suppliers: 'Suppliers',
    budget: 'Budget by axis and year (EUR)',
    axis: 'Axis',
    year: 'Year',
    amount: 'Amount (EUR)',
    actions: 'Actions by status',
    kpi: 'KPI attainment',
    kpiCount: 'KPIs',
    kpiMeasured: 'Measured KPIs',
    kpiAchieved: 'KPIs achieved',
    kpiAverage: 'Mean attainment (%)',
    tasks: 'Tasks by phase and status',
    phase: 'Phase',
    overdue: 'Overdue tasks by phase',
    overdueCount: 'Overdue tasks',
    from: 'from',
    to: 'to',
    membership: 'membership',
  },
} as const;

/** Enum labels, the same words the web app uses. */
const ENUMS: Record<Lang, Record<string, string>> = {
  it: {
    SHOE_FACTORY: 'Calzaturificio',
    PROCESSING: 'Lavorazioni',
    COMPONENTS: 'Componentistica',
    SERVICES: 'Servizi',
    INTERESTED: 'Interessata',
    INVITED: 'Invitata',
    DOCUMENTS_REQUESTED: 'Documenti richiesti',
    READY_TO_SIGN: 'Pronta alla firma',
    SIGNED: 'Firmata',
    REGISTERED: 'Iscritta',
    DECLINED: 'Rinuncia',
    WITHDRAWN: 'Ritirata',
    MEMBERS: 'aderenti',
    NON_MEMBERS: 'non aderenti',
    TERRITORIAL_MARKETING: 'Marketing territoriale',
    RESEARCH_INNOVATION: 'Ricerca e innovazione',
    EVENTS_INTERNATIONALISATION: 'Eventi e internazionalizzazione',
    NETWORKING_TRAINING: 'Networking e formazione',
    DIGITAL_CLUSTER: 'Cluster 4.0',
    PLANNED: 'Pianificata',
    IN_PROGRESS: 'In corso',
    ON_HOLD: 'Sospesa',
    DONE: 'Completata',
    CANCELLED: 'Annullata',
    CONTRACT: 'Contratto',
    ADHESIONS: 'Adesioni',
    PLAN_DESIGN: 'Progettazione del piano',
    SERVICES_STARTUP: 'Avvio dei servizi',
    TODO: 'Da fare',
    BLOCKED: 'Bloccata',
  },
  en: {
    SHOE_FACTORY: 'Shoe factory',
    PROCESSING: 'Processing',
    COMPONENTS: 'Components',
    SERVICES: 'Services',
    INTERESTED: 'Interested',
    INVITED: 'Invited',
    DOCUMENTS_REQUESTED: 'Documents requested',
    READY_TO_SIGN: 'Ready to sign',
    SIGNED: 'Signed',
    REGISTERED: 'Registered',
    DECLINED: 'Declined',
    WITHDRAWN: 'Withdrawn',
    MEMBERS: 'members',
    NON_MEMBERS: 'non-members',
    TERRITORIAL_MARKETING: 'Territorial marketing',
    RESEARCH_INNOVATION: 'Research and innovation',
    EVENTS_INTERNATIONALISATION: 'Events and internationalisation',
    NETWORKING_TRAINING: 'Networking and training',
    DIGITAL_CLUSTER: 'Cluster 4.0',
    PLANNED: 'Planned',
    IN_PROGRESS: 'In progress',
    ON_HOLD: 'On hold',
    DONE: 'Done',
    CANCELLED: 'Cancelled',
    CONTRACT: 'Contract',
    ADHESIONS: 'Adhesions',
    PLAN_DESIGN: 'Plan design',
    SERVICES_STARTUP: 'Services start-up',
    TODO: 'To do',
    BLOCKED: 'Blocked',
  },
};

const pct = (share: number) => Math.round(share * 1000) / 10;

/** The tables (and which ones to chart) of one report, in the reader's language. */
export async function buildReport(
  ctx: Context,
  name: ReportName,
  filter: ReportFilterValue,
  lang: Lang,
): Promise<ReportDocument> {
  const t = T[lang];
  const e = (v: string) => ENUMS[lang][v] ?? v;
  const pairs = (title: string, rows: [string, Cell][]): ReportTable => ({
    title,
    columns: [t.figure, t.value],
    rows,
  });
  switch (name) {
    case 'overview': {
      const o = await reportOverview(ctx, filter);
      return {
        title: t.overview,
        tables: [
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
          {
            title: t.byKind,
            columns: [t.kind, t.count],
            rows: o.byKind.map((k) => [e(k.kind), k.count]),
            chart: { label: 0, value: 1 },
          },
          {
            title: t.byHamlet,
            columns: [t.hamlet, t.count],
            rows: o.byHamlet.map((h) => [h.hamlet ?? t.noHamlet, h.count]),
            chart: { label: 0, value: 1 },
          },
        ],
      };
    }
    case 'adhesions': {
      const [funnel, months] = await Promise.all([
        reportAdhesionFunnel(ctx, filter),
        reportAdhesionsOverTime(ctx, filter),
      ]);
      return {
        title: t.adhesions,
        tables: [
          {
            title: t.funnel,
            columns: [t.status, t.count],
            rows: funnel.map((f) => [e(f.status), f.count]),
            chart: { label: 0, value: 1 },
          },
          {
            title: t.overTime,
            columns: [t.month, t.stepsInterested, t.stepsSigned, t.steps],
            rows: months.map((m) => [m.month, m.interested, m.signed, m.transitions]),
            chart: { label: 0, value: 3 },
          },
        ],
      };
    }
    case 'supply-chain': {
      const s = await reportSupplyChain(ctx, filter);
      return {
        title: t['supply-chain'],
        tables: [
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
        ],
      };
    }
    case 'plan': {
      const p = await reportPlan(ctx, filter);
      return {
        title: t.plan,
        tables: [
          {
            title: t.budget,
            columns: [t.axis, t.year, t.amount],
            rows: p.budgetByAxisYear.map((b) => [e(b.axis), b.year, b.amountEur]),
          },
          {
            title: t.actions,
            columns: [t.status, t.count],
            rows: p.actionsByStatus.map((a) => [e(a.status), a.count]),
            chart: { label: 0, value: 1 },
          },
          pairs(t.kpi, [
            [t.kpiCount, p.kpiAttainment.kpiCount],
            [t.kpiMeasured, p.kpiAttainment.measuredCount],
            [t.kpiAchieved, p.kpiAttainment.achievedCount],
            [t.kpiAverage, p.kpiAttainment.averagePercent],
          ]),
        ],
      };
    }
    case 'startup': {
      const s = await reportStartup(ctx, filter);
      return {
        title: t.startup,
        tables: [
          {
            title: t.tasks,
            columns: [t.phase, t.status, t.count],
            rows: s.byPhaseStatus.map((r) => [e(r.phase), e(r.status), r.count]),
          },
          {
            title: t.overdue,
            columns: [t.phase, t.count],
            rows: [
              ...s.overdueByPhase.map((r): Cell[] => [e(r.phase), r.count]),
              [t.overdueCount, s.overdueCount],
            ],
            chart: { label: 0, value: 1 },
          },
        ],
      };
    }
  }
}

/** The filters in words, for the header of a printed report. */
export function describeFilter(filter: ReportFilterValue, lang: Lang): string {
  const t = T[lang];
  const e = (v: string) => ENUMS[lang][v] ?? v;
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

const locale = (lang: Lang) => (lang === 'it' ? 'it-IT' : 'en-GB');

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

/** Longest bar chart drawn; the table below it still lists every row. */
const MAX_BARS = 15;

/**
 * The printable report: title, date and filters, then each table with a horizontal bar chart drawn in
 * vector graphics. Uncompressed so that its text can be checked by the end-to-end tests.
 */
export function reportPdf(
  doc: ReportDocument,
  filter: ReportFilterValue,
  lang: Lang,
  now = new Date(),
): Promise<Buffer> {
  const t = T[lang];
  const fmt = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  const show = (c: Cell) => (c === null ? '—' : typeof c === 'number' ? fmt.format(c) : c);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 48,
    compress: false,
    info: { Title: doc.title, Subject: 'Filiera' },
    lang: locale(lang),
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const ensure = (height: number) => {
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  };

  pdf.font('Helvetica-Bold').fontSize(18).fillColor('#111').text(doc.title);
  const date = new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(now);
  pdf.font('Helvetica').fontSize(9).fillColor('#444').text(`${t.generated} ${date}`);
  pdf.text(describeFilter(filter, lang));

  for (const table of doc.tables) {
    ensure(60);
    pdf.moveDown(1).font('Helvetica-Bold').fontSize(12).fillColor('#111').text(table.title, left);
    pdf.moveDown(0.3);
    if (table.chart && table.rows.length > 0) {
      const { label, value } = table.chart;
      const rows = table.rows.slice(0, MAX_BARS);
      const max = Math.max(1, ...rows.map((r) => Number(r[value] ?? 0)));
      const labelWidth = 150;
      const barMax = width - labelWidth - 50;
      pdf.font('Helvetica').fontSize(8);
      for (const row of rows) {
        ensure(14);
        const y = pdf.y;
        const v = Number(row[value] ?? 0);
        pdf.fillColor('#333').text(String(show(row[label] ?? null)), left, y + 1, {
          width: labelWidth - 6,
          ellipsis: true,
          lineBreak: false,
        });
        pdf.rect(left + labelWidth, y, Math.max(1, (v / max) * barMax), 10).fill('#2f6f9f');
        pdf
          .fillColor('#111')
          .text(String(show(row[value] ?? null)), left + labelWidth + (v / max) * barMax + 4, y + 1, {
            lineBreak: false,
          });
        pdf.x = left;
        pdf.y = y + 14;
      }
      pdf.moveDown(0.5);
    }
    // The table: equal columns, the first one wider for labels.
    const first = table.columns.length > 1 ? width * 0.5 : width;
    const other = table.columns.length > 1 ? (width - first) / (table.columns.length - 1) : 0;
    const drawRow = (cells: Cell[], bold: boolean) => {
      ensure(14);
      const y = pdf.y;
      pdf
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(8)
        .fillColor('#111');
      cells.forEach((c, i) => {
        const x = left + (i === 0 ? 0 : first + (i - 1) * other);
        pdf.text(String(show(c)), x, y, {
          width: (i === 0 ? first : other) - 6,
          align: i === 0 ? 'left' : 'right',
          ellipsis: true,
          lineBreak: false,
        });
      });
      pdf.x = left;
      pdf.y = y + 12;
    };
    drawRow(table.columns, true);
    for (const row of table.rows) drawRow(row, false);
  }
  pdf.end();
  return done;
}
