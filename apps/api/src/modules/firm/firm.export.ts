import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { CSV_BOM, csvLine, type CsvFormat } from '../../common/csv.js';
import { can } from '../../common/auth.js';
import { ENUM_LABELS } from '../../common/enum-labels.js';
import type { Viewer } from '../../context.js';
import {
  applyFirmFilter,
  firmCursor,
  orderFirms,
  parseDirectoryQuery,
  type DirectoryQuery,
} from './firm.directory.js';
import { FirmEntity } from './firm.entity.js';
import { firmAccess } from './firm.policy.js';

export type ExportLanguage = 'it' | 'en';

/** Rows per statement: all matching firms are exported, a batch at a time, so memory stays flat. */
export const EXPORT_BATCH = 500;

const COLUMNS = [
  'legalName',
  'tradeName',
  'vatNumber',
  'kind',
  'capabilities',
  'hamlet',
  'municipality',
  'province',
  'employees',
  'capacityPairsPerDay',
  'exportShare',
  'exportMarkets',
  'certifications',
  'adhesionStatus',
  'website',
  'email',
  'phone',
] as const;
type ColumnName = (typeof COLUMNS)[number];

const HEADERS: Record<ExportLanguage, Record<ColumnName, string>> = {
  it: {
    legalName: 'Ragione sociale',
    tradeName: 'Insegna',
    vatNumber: 'Partita IVA',
    kind: 'Tipo',
    capabilities: 'Competenze',
    hamlet: 'Frazione',
    municipality: 'Comune',
    province: 'Provincia',
    employees: 'Addetti',
    capacityPairsPerDay: 'Capacità (paia/giorno)',
    exportShare: 'Quota export %',
    exportMarkets: 'Mercati export',
    certifications: 'Certificazioni',
    adhesionStatus: 'Adesione alla rete',
    website: 'Sito web',
    email: 'E-mail',
    phone: 'Telefono',
  },
  en: {
    legalName: 'Legal name',
    tradeName: 'Trade name',
    vatNumber: 'VAT number (Partita IVA)',
    kind: 'Kind',
    capabilities: 'Capabilities',
    hamlet: 'Hamlet',
    municipality: 'Municipality',
    province: 'Province',
    employees: 'Employees',
    capacityPairsPerDay: 'Capacity (pairs/day)',
    exportShare: 'Export share %',
    exportMarkets: 'Export markets',
    certifications: 'Certifications',
    adhesionStatus: 'Network adhesion',
    website: 'Website',
    email: 'E-mail',
    phone: 'Phone',
  },
};

type Cell = string | number | null;

/**
 * Every firm matching the directory query, in the directory's order, as localized rows; a batch of
 * EXPORT_BATCH firms per three statements. Contacts follow the same policy as the GraphQL fields.
 */
async function* exportRows(
  ds: DataSource,
  viewer: Viewer | null,
  query: DirectoryQuery,
  lang: ExportLanguage,
): AsyncGenerator<Cell[]> {
  const q = parseDirectoryQuery(query);
  const order = q.orderBy ?? 'NAME';
  let after: string | null = null;
  for (;;) {
    const qb = applyFirmFilter(ds.getRepository(FirmEntity).createQueryBuilder('firm'), q);
    const firms = await orderFirms(qb, order, after, EXPORT_BATCH).getMany();
    if (firms.length === 0) return;
    const ids = firms.map((f) => f.id);
    const caps: { firm_id: string; labels: string[] }[] = await ds.query(
      `SELECT fc.firm_id, array_agg(${lang === 'en' ? 'c.label_en' : 'c.label_it'} ORDER BY c.code) AS labels
         FROM firm_capability fc JOIN capability c ON c.id = fc.capability_id
        WHERE fc.firm_id = ANY($1::uuid[]) GROUP BY fc.firm_id`,
      [ids],
    );
    const adhesions: { firm_id: string; status: string }[] = await ds.query(
      `SELECT firm_id, status FROM adhesion WHERE firm_id = ANY($1::uuid[])`,
      [ids],
    );
    const capsOf = new Map(caps.map((r) => [r.firm_id, r.labels]));
    const statusOf = new Map(adhesions.map((r) => [r.firm_id, r.status]));
    for (const f of firms) {
      const status = statusOf.get(f.id);
      const values: Record<ColumnName, Cell> = {
        legalName: f.legalName,
        tradeName: f.tradeName,
        vatNumber: f.vatNumber,
        kind: ENUM_LABELS[lang][f.kind] ?? f.kind,
        capabilities: (capsOf.get(f.id) ?? []).join(', '),
        hamlet: f.hamlet,
        municipality: f.municipality,
        province: f.province,
        employees: f.employees,
        capacityPairsPerDay: f.capacityPairsPerDay,
        exportShare: f.exportShare,
        exportMarkets: f.exportMarkets.join(', '),
        certifications: f.certifications.join(', '),
        adhesionStatus: status ? (ENUM_LABELS[lang][status] ?? status) : null,
        website: f.website,
        email: can(viewer, firmAccess, 'readEmail', f) ? f.email : null,
        phone: can(viewer, firmAccess, 'readPhone', f) ? f.phone : null,
      };
      yield COLUMNS.map((c) => values[c]);
    }
    if (firms.length < EXPORT_BATCH) return;
    after = firmCursor(order, firms.at(-1)!);
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
}

/** `;` separated (what Excel expects in an Italian locale), decimal comma in Italian. */
const csvFormat = (lang: ExportLanguage): CsvFormat => ({ separator: ';', decimalComma: lang === 'it' });

/**
 * Streams the firms the directory would list for `query` as a CSV or XLSX file. The first batch runs (and
 * validates) before anything is sent, so bad input still gets a 400.
 */
export async function writeFirmExport(
  format: 'csv' | 'xlsx',
  out: Writable,
  ds: DataSource,
  viewer: Viewer | null,
  query: DirectoryQuery,
  lang: ExportLanguage,
): Promise<void> {
  const rows = exportRows(ds, viewer, query, lang);
  const first = await rows.next();
  async function* all() {
    if (!first.done) yield first.value;
    yield* rows;
  }
  await (format === 'csv' ? writeCsv : writeXlsx)(out, all(), lang);
}

/** Streams the CSV (common/csv.ts: BOM, quoting, formula escaping), a line per firm. */
async function writeCsv(out: Writable, rows: AsyncIterable<Cell[]>, lang: ExportLanguage): Promise<void> {
  const format = csvFormat(lang);
  await write(
    out,
    CSV_BOM +
      csvLine(
        COLUMNS.map((c) => HEADERS[lang][c]),
        format,
      ),
  );
  for await (const row of rows) await write(out, csvLine(row, format));
  out.end();
}

/** Streams the XLSX with exceljs's streaming writer: each row is committed and flushed as it comes. */
async function writeXlsx(out: Writable, rows: AsyncIterable<Cell[]>, lang: ExportLanguage): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(lang === 'en' ? 'Firms' : 'Imprese', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({
    header: HEADERS[lang][c],
    key: c,
    width: c === 'legalName' ? 40 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
