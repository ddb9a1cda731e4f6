import type { DataSource } from 'typeorm';
import type { ParsedDirectoryQuery } from './firm.directory.js';
import { searchMatchSql, searchPattern } from './firm.directory.js';

/** One value of a facet and how many firms it would list. */
export interface FacetValue {
  value: string;
  count: number;
}

/** The directory's facets: for each filter, its values with the firms each would list given the others. */
export interface FirmFacets {
  kinds: FacetValue[];
  capabilities: FacetValue[];
  hamlets: FacetValue[];
  adhesionStatuses: FacetValue[];
  certifications: FacetValue[];
  exportMarkets: FacetValue[];
  employeesRanges: { min: number; max: number | null; count: number }[];
  ceasedCount: number;
}

/** The employee ranges the directory offers (the EU's micro, small, medium and large enterprises). */
export const EMPLOYEE_RANGES: readonly (readonly [number, number | null])[] = [
  [0, 9],
  [10, 49],
  [50, 249],
  [250, null],
];

/** The adhesion facet's value for firms that never started an adhesion (`withoutAdhesion`). */
export const NO_ADHESION = 'NONE';

type Dimension =
  'kind' | 'capability' | 'hamlet' | 'adhesion' | 'certification' | 'market' | 'employees' | 'ceased';

/**
 * The predicate of each filter the query sets (as firm.directory's applyFirmFilter reads it), on the row
 * `firm` joined with its adhesion `a`; `param` adds a parameter and returns its placeholder.
 */
function predicates(q: ParsedDirectoryQuery, param: (v: unknown) => string) {
  const f = q.filter ?? {};
  const out: Partial<Record<Dimension, string>> = {};
  if (f.kinds?.length) out.kind = `firm.kind = ANY(${param(f.kinds)}::text[])`;
  if (f.capabilityIds?.length) {
    out.capability = `EXISTS (SELECT 1 FROM firm_capability fc WHERE fc.firm_id = firm.id
                                AND fc.capability_id = ANY(${param(f.capabilityIds)}::uuid[]))`;
  }
  if (f.hamlets?.length) out.hamlet = `firm.hamlet = ANY(${param(f.hamlets)}::text[])`;
  const statuses = f.adhesionStatuses ?? [];
  if (statuses.length || f.withoutAdhesion) {
    out.adhesion = `coalesce(a.status, '${NO_ADHESION}') = ANY(${param([
      ...statuses,
      ...(f.withoutAdhesion ? [NO_ADHESION] : []),
    ])}::text[])`;
  }
  if (f.certifications?.length)
    out.certification = `firm.certifications && ${param(f.certifications)}::text[]`;
  if (f.exportMarkets?.length) out.market = `firm.export_markets && ${param(f.exportMarkets)}::text[]`;
  const range = [
    f.employeesMin != null ? `firm.employees >= ${param(f.employeesMin)}::int` : null,
    f.employeesMax != null ? `firm.employees <= ${param(f.employeesMax)}::int` : null,
  ].filter(Boolean);
  if (range.length) out.employees = range.join(' AND ');
  if (!f.includeCeased) out.ceased = `firm.ceased_on IS NULL`;
  return out;
}

const facetJson = (select: string) =>
  `(SELECT coalesce(json_agg(json_build_object('value', x.value, 'count', x.n) ORDER BY x.value), '[]')
      FROM (${select}) x)`;

/**
 * The directory's facets in ONE statement, exact: each facet counts the firms that match the search and
 * every OTHER filter (so picking a value of a facet keeps that facet's other values in view with their
 * own counts). The firms matching the search and failing at most one filter are read once into `m`,
 * with one flag per filter set; each facet then counts `m`'s rows whose other flags hold.
 */
export async function firmFacets(ds: DataSource, q: ParsedDirectoryQuery): Promise<FirmFacets> {
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const preds = predicates(q, param);
  const dims = Object.keys(preds) as Dimension[];
  const flag = (d: Dimension) => `ok_${d}`;
  /** The rows of `m` that pass every set filter but `except`. */
  const others = (except: Dimension) =>
    dims
      .filter((d) => d !== except)
      .map((d) => `m.${flag(d)}`)
      .join(' AND ') || 'true';
  const where = [
    q.search ? `firm.id IN (${searchMatchSql(param(searchPattern(q.search)))})` : 'true',
    // A row failing two filters counts in no facet.
    dims.length > 1 ? `${dims.map((d) => `((${preds[d]}) IS NOT TRUE)::int`).join(' + ')} <= 1` : 'true',
  ].join(' AND ');
  const ranges = EMPLOYEE_RANGES.map(([min, max]) => `(${min}, ${max ?? 'NULL'}::int)`).join(', ');

  const sql = `WITH m AS MATERIALIZED (
      SELECT firm.id, firm.kind, firm.hamlet, firm.certifications, firm.export_markets, firm.employees,
             firm.ceased_on IS NOT NULL AS ceased, coalesce(a.status, '${NO_ADHESION}') AS adhesion
             ${dims.map((d) => `, (${preds[d]}) IS TRUE AS ${flag(d)}`).join('')}
        FROM firm LEFT JOIN adhesion a ON a.firm_id = firm.id
       WHERE ${where})
    SELECT
      ${facetJson(`SELECT m.kind AS value, count(*) AS n FROM m WHERE ${others('kind')} GROUP BY 1`)} AS kinds,
      ${facetJson(`SELECT fc.capability_id::text AS value, count(*) AS n FROM m JOIN firm_capability fc ON fc.firm_id = m.id
                    WHERE ${others('capability')} GROUP BY 1`)} AS capabilities,
      ${facetJson(`SELECT m.hamlet AS value, count(*) AS n FROM m WHERE m.hamlet IS NOT NULL AND ${others('hamlet')} GROUP BY 1`)} AS hamlets,
      ${facetJson(`SELECT m.adhesion AS value, count(*) AS n FROM m WHERE ${others('adhesion')} GROUP BY 1`)} AS adhesion_statuses,
      ${facetJson(`SELECT v AS value, count(*) AS n FROM m, unnest(m.certifications) v WHERE ${others('certification')} GROUP BY 1`)} AS certifications,
      ${facetJson(`SELECT v AS value, count(*) AS n FROM m, unnest(m.export_markets) v WHERE ${others('market')} GROUP BY 1`)} AS export_markets,
      (SELECT json_agg(json_build_object('min', r.lo, 'max', r.hi, 'count', r.n) ORDER BY r.lo)
         FROM (SELECT r.lo, r.hi, count(m.id) AS n FROM (VALUES ${ranges}) r(lo, hi)
                 LEFT JOIN m ON m.employees >= r.lo AND (r.hi IS NULL OR m.employees <= r.hi) AND ${others('employees')}
                GROUP BY r.lo, r.hi) r) AS employees_ranges,
      (SELECT count(*) FROM m WHERE m.ceased AND ${others('ceased')}) AS ceased_count`;
  const [row] = (await ds.query(sql, params)) as {
    kinds: FacetValue[];
    capabilities: FacetValue[];
    hamlets: FacetValue[];
    adhesion_statuses: FacetValue[];
    certifications: FacetValue[];
    export_markets: FacetValue[];
    employees_ranges: FirmFacets['employeesRanges'];
    ceased_count: string;
  }[];
  return {
    kinds: row!.kinds,
    capabilities: row!.capabilities,
    hamlets: row!.hamlets,
    adhesionStatuses: row!.adhesion_statuses,
    certifications: row!.certifications,
    exportMarkets: row!.export_markets,
    employeesRanges: row!.employees_ranges,
    ceasedCount: Number(row!.ceased_count),
  };
}
