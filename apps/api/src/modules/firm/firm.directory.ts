import { z } from 'zod';
import { FirmKind, AdhesionStatus } from '@filiera/shared';
import { entityColumnNames, entityFromJson, entityJsonSql } from '../../common/json-rows.js';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badField } from '../../common/errors.js';
import { pageSize, type Connection } from '../../common/pagination.js';
import { isUuid, likePattern, parseInput, text, uuid } from '../../common/validation.js';
import type { FirmOrder } from '../../generated/graphql.js';
import { FirmEntity } from './firm.entity.js';
import { factsOf, pageItemSql, type FirmFact } from './firm.facts.js';

/** The directory's search and filters, as both the GraphQL query and the export read them. */
export interface DirectoryQuery {
  search?: string | null;
  orderBy?: FirmOrder | null;
  filter?: {
    kinds?: readonly string[] | null;
    capabilityIds?: readonly string[] | null;
    hamlets?: readonly string[] | null;
    adhesionStatuses?: readonly string[] | null;
    withoutAdhesion?: boolean | null;
    certifications?: readonly string[] | null;
    exportMarkets?: readonly string[] | null;
    employeesMin?: number | null;
    employeesMax?: number | null;
    includeCeased?: boolean | null;
  } | null;
}

const list = <T extends z.ZodType>(item: T) => z.array(item).max(100, 'has more than 100 values').nullish();
const value = text(100).min(1);

const directorySchema = z.object({
  search: text(100).nullish(),
  orderBy: z.enum(['NAME', 'EMPLOYEES', 'CAPACITY', 'UPDATED_AT']).nullish(),
  filter: z
    .object({
      kinds: list(z.enum(FirmKind)),
      capabilityIds: list(uuid),
      hamlets: list(value),
      adhesionStatuses: list(z.enum(AdhesionStatus)),
      withoutAdhesion: z.boolean().nullish(),
      certifications: list(value),
      exportMarkets: list(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, 'is not an ISO country code'),
      ),
      employeesMin: z.number().int().min(0).nullish(),
      employeesMax: z.number().int().min(0).nullish(),
      includeCeased: z.boolean().nullish(),
    })
    .nullish(),
});

export type ParsedDirectoryQuery = z.infer<typeof directorySchema>;

/** Validates the directory's arguments: BAD_USER_INPUT naming the field (e.g. `filter.capabilityIds.0`). */
export function parseDirectoryQuery(input: DirectoryQuery): ParsedDirectoryQuery {
  return parseInput(directorySchema, input);
}

/** The indexed search expression of the FirmProfile migration (firm_search_trgm_idx). */
const SEARCH_TEXT = (t: string) =>
  `firm_search_text(${t}.legal_name, ${t}.trade_name, ${t}.vat_number, ${t}.product_lines, ${t}.certifications)`;

/** The LIKE pattern of a search word (lower case, wildcards escaped). */
export const searchPattern = (search: string) => likePattern(search.toLowerCase());

/**
 * The ids of the firms a search matches, as SQL; `pattern` is the placeholder of `searchPattern`'s value.
 * Two indexed matches, united: the name's trigram index, and the firms of the capabilities whose label
 * matches (a small table). Written as `… OR EXISTS (…)`, the OR kept PostgreSQL from using the trigram
 * index and every search read the whole firm table.
 */
export const searchMatchSql = (pattern: string) => `
    SELECT fs.id FROM firm fs WHERE ${SEARCH_TEXT('fs')} LIKE ${pattern}
    UNION
    SELECT fcs.firm_id FROM firm_capability fcs JOIN capability cs ON cs.id = fcs.capability_id
     WHERE lower(cs.label_it) LIKE ${pattern} OR lower(cs.label_en) LIKE ${pattern} OR lower(cs.code) LIKE ${pattern}`;

/** Where the filter goes: a query builder (the export) or a `Conditions` list (a directory page). */
interface FilterTarget {
  andWhere(where: string, parameters?: ObjectLiteral): unknown;
}

/**
 * Conditions and their named parameters for a statement written out here: a directory page is the same
 * few lines of SQL for every request, and building them through a query builder cost more of the
 * request's CPU than turning its JSON into objects.
 */
class Conditions implements FilterTarget {
  private readonly parts: string[] = [];
  readonly parameters: ObjectLiteral = {};

  andWhere(where: string, parameters: ObjectLiteral = {}): this {
    this.parts.push(`(${where})`);
    Object.assign(this.parameters, parameters);
    return this;
  }

  get sql(): string {
    return this.parts.join(' AND ') || 'TRUE';
  }
}

/**
 * The one filter builder of the directory, used by the `firms` query and by the CSV/XLSX export, so
 * both always list the same firms. `qb` selects from `firm` with alias `firm`. `searchFrom` names a
 * CTE of the search's matches (`searchMatchSql`) that the caller puts in front of the statement, so
 * a statement that filters twice (the page and its count) matches the search once.
 */
export function applyFirmFilter<Q extends FilterTarget>(
  qb: Q,
  q: ParsedDirectoryQuery,
  options: { searchFrom?: string } = {},
): Q {
  const f = q.filter;
  // Ceased firms keep their rows (history, links) but leave the directory unless asked for.
  if (!f?.includeCeased) qb.andWhere('firm.ceased_on IS NULL');
  if (f?.kinds?.length) qb.andWhere('firm.kind IN (:...kinds)', { kinds: f.kinds });
  if (f?.hamlets?.length) qb.andWhere('firm.hamlet IN (:...hamlets)', { hamlets: f.hamlets });
  if (f?.capabilityIds?.length) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM firm_capability fc WHERE fc.firm_id = firm.id AND fc.capability_id IN (:...capabilityIds))',
      { capabilityIds: f.capabilityIds },
    );
  }
  const statuses = f?.adhesionStatuses ?? [];
  if (statuses.length || f?.withoutAdhesion) {
    const parts: string[] = [];
    if (statuses.length) {
      parts.push(
        'EXISTS (SELECT 1 FROM adhesion a WHERE a.firm_id = firm.id AND a.status IN (:...adhesionStatuses))',
      );
    }
    if (f?.withoutAdhesion) parts.push('NOT EXISTS (SELECT 1 FROM adhesion a WHERE a.firm_id = firm.id)');
    qb.andWhere(`(${parts.join(' OR ')})`, { adhesionStatuses: statuses });
  }
  if (f?.certifications?.length) {
    qb.andWhere('firm.certifications && CAST(:certifications AS text[])', {
      certifications: f.certifications,
    });
  }
  if (f?.exportMarkets?.length) {
    qb.andWhere('firm.export_markets && CAST(:exportMarkets AS text[])', { exportMarkets: f.exportMarkets });
  }
  if (f?.employeesMin != null)
    qb.andWhere('firm.employees >= :employeesMin', { employeesMin: f.employeesMin });
  if (f?.employeesMax != null)
    qb.andWhere('firm.employees <= :employeesMax', { employeesMax: f.employeesMax });
  if (q.search) {
    const matches = options.searchFrom ? `SELECT id FROM ${options.searchFrom}` : searchMatchSql(':pattern');
    qb.andWhere(`firm.id IN (${matches})`, { pattern: searchPattern(q.search) });
  }
  return qb;
}

interface SortSpec {
  /** SQL of the key; never NULL, so the keyset comparison is a plain tuple comparison. */
  expression: string;
  cast: 'text' | 'integer' | 'timestamptz';
  direction: 'ASC' | 'DESC';
  /** The Firm property `key` reads, so a page selects it for its cursors. */
  property: keyof FirmEntity & string;
  key(firm: FirmEntity): string;
}

/** Each sort matches an index of the FirmProfile migration. */
export const FIRM_SORTS: Record<FirmOrder, SortSpec> = {
  NAME: {
    expression: 'firm.legal_name',
    cast: 'text',
    direction: 'ASC',
    property: 'legalName',
    key: (f) => f.legalName,
  },
  EMPLOYEES: {
    expression: 'coalesce(firm.employees, -1)',
    cast: 'integer',
    direction: 'DESC',
    property: 'employees',
    key: (f) => String(f.employees ?? -1),
  },
  CAPACITY: {
    expression: 'coalesce(firm.capacity_pairs_per_day, -1)',
    cast: 'integer',
    direction: 'DESC',
    property: 'capacityPairsPerDay',
    key: (f) => String(f.capacityPairsPerDay ?? -1),
  },
  UPDATED_AT: {
    expression: 'firm.updated_at',
    cast: 'timestamptz',
    direction: 'DESC',
    property: 'updatedAt',
    key: (f) => f.updatedAt.toISOString(),
  },
};

// The cursor carries the sort it was made for, so a cursor from another sort is refused, not misread.
const encodeCursor = (order: FirmOrder, key: string, id: string) =>
  Buffer.from(JSON.stringify([order, key, id]), 'utf8').toString('base64url');

function decodeCursor(order: FirmOrder, cursor: string): [string, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 3 &&
      v[0] === order &&
      typeof v[1] === 'string' &&
      typeof v[2] === 'string'
    ) {
      if (isUuid(v[2])) return [v[1], v[2]];
    }
  } catch {
    // fall through
  }
  throw badField('after', 'invalid_cursor', 'is not a cursor returned by this list in this order');
}

/** Adds the condition of the rows after the cursor `after` in `order`. */
function afterCursor<Q extends FilterTarget>(qb: Q, order: FirmOrder, after: string): Q {
  const sort = FIRM_SORTS[order];
  const [key, id] = decodeCursor(order, after);
  const op = sort.direction === 'ASC' ? '>' : '<';
  qb.andWhere(
    `(${sort.expression}, firm.id) ${op} (CAST(:cursorKey AS ${sort.cast}), CAST(:cursorId AS uuid))`,
    { cursorKey: key, cursorId: id },
  );
  return qb;
}

/** Adds the keyset condition and order of `order` after `after`; `limit` rows. */
export function orderFirms<T extends object>(
  qb: SelectQueryBuilder<T>,
  order: FirmOrder,
  after: string | null | undefined,
  limit: number,
): SelectQueryBuilder<T> {
  const sort = FIRM_SORTS[order];
  if (after) afterCursor(qb, order, after);
  return qb.orderBy(sort.expression, sort.direction).addOrderBy('firm.id', sort.direction).limit(limit);
}

export const firmCursor = (order: FirmOrder, firm: FirmEntity) =>
  encodeCursor(order, FIRM_SORTS[order].key(firm), firm.id);

export interface DirectoryPage {
  page: Connection<FirmEntity>;
  /** The asked figures of the page's firms, in page order. */
  facts: Partial<Record<FirmFact, unknown[]>>;
}

/** The Firm entity's properties, for the columns a query selects (firm.selection.ts). */
export const firmColumnNames = (ds: DataSource) => entityColumnNames(ds, FirmEntity);

/**
 * One directory page in ONE statement, whatever the page size: the page's firms (only the `columns`
 * given, when given: a page of 50 firms with every column is five times the JSON) with the figures asked
 * (`facts`; the capabilities with only the `capabilityColumns` given, when given) and, unless the caller already knows it (`knownCount`, e.g. from an earlier page of the same
 * list), the number of firms that match, all as JSON that PostgreSQL builds; no ORM hydration.
 */
export async function directoryPage(
  ds: DataSource,
  q: ParsedDirectoryQuery,
  paging: { first?: number | null; after?: string | null },
  options: {
    knownCount?: number;
    facts?: readonly FirmFact[];
    columns?: readonly string[] | null;
    capabilityColumns?: readonly string[] | null;
  } = {},
): Promise<DirectoryPage> {
  const size = pageSize(paging.first);
  const order: FirmOrder = q.orderBy ?? 'NAME';
  const sort = FIRM_SORTS[order];
  const facts = options.facts ?? [];
  const filter = applyFirmFilter(new Conditions(), q, { searchFrom: q.search ? 'search_match' : undefined });
  const page = paging.after ? afterCursor(new Conditions(), order, paging.after) : null;
  // Only the columns shown: the page's rows are sorted before the limit, and narrow rows sort faster.
  const selected = options.columns
    ? ds
        .getMetadata(FirmEntity)
        .columns.filter((c) => options.columns!.includes(c.propertyName))
        .map((c) => `firm.${c.databaseName}`)
        .join(', ')
    : 'firm.*';
  const sql = `${q.search ? `WITH search_match AS MATERIALIZED (${searchMatchSql(':pattern')})` : ''}
    SELECT ${options.knownCount === undefined ? `(SELECT count(*) FROM firm firm WHERE ${filter.sql})` : 'NULL'} AS total,
      (SELECT coalesce(json_agg(${pageItemSql(ds, entityJsonSql(ds, FirmEntity, 'p', options.columns), facts, options.capabilityColumns)}
                                ORDER BY p.sort_key ${sort.direction}, p.id ${sort.direction}), '[]')
         FROM (SELECT ${selected}, ${sort.expression} AS sort_key FROM firm firm
                WHERE ${filter.sql}${page ? ` AND ${page.sql}` : ''}
                ORDER BY ${sort.expression} ${sort.direction}, firm.id ${sort.direction}
                LIMIT ${size + 1}) p) AS items`;
  const [text, parameters] = ds.driver.escapeQueryWithParameters(sql, {
    ...filter.parameters,
    ...page?.parameters,
  });
  const [row]: { total: string | null; items: [Record<string, unknown>, ...unknown[]][] }[] = await ds.query(
    text,
    parameters,
  );
  const items = row!.items.slice(0, size);
  const edges = items.map(([firm]) => {
    const node = entityFromJson(ds, FirmEntity, firm);
    return { cursor: firmCursor(order, node), node };
  });
  return {
    page: {
      edges,
      pageInfo: { hasNextPage: row!.items.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: options.knownCount ?? Number(row!.total),
    },
    facts: factsOf(ds, facts, items),
  };
}
