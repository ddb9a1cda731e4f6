import { CAPABILITIES, type CapabilitySeed } from './capabilities.js';
import type { AdhesionRow, DistrictData, FirmCapabilityRow, FirmRow, SupplyLinkRow } from './district.js';

/** What the inserts need of a connection: a TypeORM EntityManager or QueryRunner, or a `pg` client. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export type InsertProgress = (table: string, done: number, total: number) => void;

/** A column, its PostgreSQL type, and how to read it from a row; `text[]` values travel as array literals. */
type Column<R> =
  | {
      name: string;
      type: 'uuid' | 'text' | 'int4' | 'float8' | 'numeric' | 'date' | 'bool';
      value: (row: R) => unknown;
    }
  | { name: string; type: 'text[]'; value: (row: R) => readonly string[] };

interface TableSpec<R> {
  table: string;
  columns: readonly Column<R>[];
  /** Rows per statement: fewer for wide rows, to keep each message a few megabytes. */
  batchSize: number;
}

const CAPABILITY_TABLE: TableSpec<CapabilitySeed> = {
  table: 'capability',
  batchSize: 20_000,
  columns: [
    { name: 'id', type: 'uuid', value: (c) => c.id },
    { name: 'code', type: 'text', value: (c) => c.code },
    { name: 'label_it', type: 'text', value: (c) => c.labelIt },
    { name: 'label_en', type: 'text', value: (c) => c.labelEn },
    { name: 'capability_group', type: 'text', value: (c) => c.group },
  ],
};

const FIRM_TABLE: TableSpec<FirmRow> = {
  table: 'firm',
  batchSize: 5_000,
  columns: [
    { name: 'id', type: 'uuid', value: (f) => f.id },
    { name: 'legal_name', type: 'text', value: (f) => f.legalName },
    { name: 'trade_name', type: 'text', value: (f) => f.tradeName },
    { name: 'vat_number', type: 'text', value: (f) => f.vatNumber },
    { name: 'tax_code', type: 'text', value: (f) => f.taxCode },
    { name: 'rea_number', type: 'text', value: (f) => f.reaNumber },
    { name: 'legal_form', type: 'text', value: (f) => f.legalForm },
    { name: 'ateco_codes', type: 'text[]', value: (f) => f.atecoCodes },
    { name: 'kind', type: 'text', value: (f) => f.kind },
    { name: 'product_lines', type: 'text[]', value: (f) => f.productLines },
    { name: 'street', type: 'text', value: (f) => f.street },
    { name: 'postcode', type: 'text', value: (f) => f.postcode },
    { name: 'municipality', type: 'text', value: (f) => f.municipality },
    { name: 'hamlet', type: 'text', value: (f) => f.hamlet },
    { name: 'province', type: 'text', value: (f) => f.province },
    { name: 'latitude', type: 'float8', value: (f) => f.latitude },
    { name: 'longitude', type: 'float8', value: (f) => f.longitude },
    { name: 'employees', type: 'int4', value: (f) => f.employees },
    { name: 'revenue_band', type: 'text', value: (f) => f.revenueBand },
    { name: 'founded_year', type: 'int4', value: (f) => f.foundedYear },
    { name: 'capacity_pairs_per_day', type: 'int4', value: (f) => f.capacityPairsPerDay },
    { name: 'export_share', type: 'int4', value: (f) => f.exportShare },
    { name: 'export_markets', type: 'text[]', value: (f) => f.exportMarkets },
    { name: 'certifications', type: 'text[]', value: (f) => f.certifications },
    { name: 'website', type: 'text', value: (f) => f.website },
    { name: 'email', type: 'text', value: (f) => f.email },
    { name: 'phone', type: 'text', value: (f) => f.phone },
    { name: 'description_it', type: 'text', value: (f) => f.descriptionIt },
    { name: 'description_en', type: 'text', value: (f) => f.descriptionEn },
    { name: 'showcase_consent', type: 'bool', value: (f) => f.showcaseConsent },
    { name: 'public_fields', type: 'text[]', value: (f) => f.publicFields },
    { name: 'pec', type: 'text', value: (f) => f.pec },
  ],
};

const FIRM_CAPABILITY_TABLE: TableSpec<FirmCapabilityRow> = {
  table: 'firm_capability',
  batchSize: 20_000,
  columns: [
    { name: 'firm_id', type: 'uuid', value: (fc) => fc.firmId },
    { name: 'capability_id', type: 'uuid', value: (fc) => fc.capabilityId },
  ],
};

const SUPPLY_LINK_TABLE: TableSpec<SupplyLinkRow> = {
  table: 'supply_link',
  batchSize: 20_000,
  columns: [
    { name: 'id', type: 'uuid', value: (l) => l.id },
    { name: 'supplier_id', type: 'uuid', value: (l) => l.supplierId },
    { name: 'customer_id', type: 'uuid', value: (l) => l.customerId },
    { name: 'capability_id', type: 'uuid', value: (l) => l.capabilityId },
    { name: 'share_percent', type: 'numeric', value: (l) => l.sharePercent },
    { name: 'yearly_volume_pairs', type: 'int4', value: (l) => l.yearlyVolumePairs },
    { name: 'since', type: 'date', value: (l) => l.since },
    { name: 'status', type: 'text', value: (l) => l.status },
    { name: 'declared_by_firm_id', type: 'uuid', value: (l) => l.declaredByFirmId },
  ],
};

const ADHESION_TABLE: TableSpec<AdhesionRow> = {
  table: 'adhesion',
  batchSize: 20_000,
  columns: [
    { name: 'id', type: 'uuid', value: (a) => a.id },
    { name: 'firm_id', type: 'uuid', value: (a) => a.firmId },
    { name: 'status', type: 'text', value: (a) => a.status },
  ],
};

/** `{"a","b"}`: a text[] value written as one array literal, with quotes and backslashes escaped. */
function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * `INSERT … SELECT … FROM unnest($1::uuid[], $2::text[], …)`: one bind parameter per column whatever the
 * number of rows. unnest flattens multidimensional arrays, so a text[] column is sent as a text[] of array
 * literals and cast back per row.
 */
function insertStatement<R>(spec: TableSpec<R>): string {
  const names = spec.columns.map((c) => c.name).join(', ');
  const selected = spec.columns.map((c) => (c.type === 'text[]' ? `${c.name}::text[]` : c.name)).join(', ');
  const arrays = spec.columns
    .map((c, i) => `$${i + 1}::${c.type === 'text[]' ? 'text' : c.type}[]`)
    .join(', ');
  return `INSERT INTO ${spec.table} (${names}) SELECT ${selected} FROM unnest(${arrays}) AS t (${names})`;
}

async function insertRows<R>(
  runner: SqlRunner,
  spec: TableSpec<R>,
  rows: readonly R[],
  onProgress: InsertProgress | undefined,
): Promise<void> {
  const sql = insertStatement(spec);
  for (let start = 0; start < rows.length; start += spec.batchSize) {
    const batch = rows.slice(start, start + spec.batchSize);
    const params = spec.columns.map((column) =>
      batch.map((row) =>
        column.type === 'text[]' ? textArrayLiteral(column.value(row)) : column.value(row),
      ),
    );
    await runner.query(sql, params);
    onProgress?.(spec.table, start + batch.length, rows.length);
  }
}

/**
 * Writes the capability vocabulary and a generated district into empty tables, in batches, reporting
 * progress per batch. It opens no transaction: the caller wraps it so that a failure leaves nothing behind.
 */
export async function insertDistrict(
  runner: SqlRunner,
  data: DistrictData,
  onProgress?: InsertProgress,
): Promise<void> {
  await insertRows(runner, CAPABILITY_TABLE, CAPABILITIES, onProgress);
  await insertRows(runner, FIRM_TABLE, data.firms, onProgress);
  await insertRows(runner, FIRM_CAPABILITY_TABLE, data.firmCapabilities, onProgress);
  await insertRows(runner, SUPPLY_LINK_TABLE, data.supplyLinks, onProgress);
  await insertRows(runner, ADHESION_TABLE, data.adhesions, onProgress);
}
