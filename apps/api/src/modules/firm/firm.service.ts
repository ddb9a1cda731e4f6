import type { Context } from '../../context.js';
import { newestFirst } from '../../common/pagination.js';
import { getOrThrow } from '../../common/lookup.js';
import { CERTIFICATIONS, IN_PROGRESS_ADHESION_STATUSES, MEMBER_ADHESION_STATUSES } from '@filiera/shared';
import type { FirmFilter, FirmOrder } from '../../generated/graphql.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import type { Connection } from '../../common/pagination.js';
import { directoryPage, parseDirectoryQuery } from './firm.directory.js';
import { FIRM_FACTS, firmFacts, keepPageFacts, type FirmFact } from './firm.facts.js';
import type { FirmEntity } from './firm.entity.js';
import { firmFacets, type FirmFacets } from './firm.facets.js';

/**
 * The directory: filters, search and sort shared with the export (see firm.directory.ts). `selection`
 * is what the caller will show: the per-firm figures and the columns (the resolver knows them from the
 * query; by default everything). The query is
 * validated once; a page is kept in the app's cache under the directory version the request reads
 * (through its loaders), so a cached page costs that one statement.
 */
export async function listFirms(
  ctx: Context,
  args: {
    filter?: FirmFilter | null;
    search?: string | null;
    orderBy?: FirmOrder | null;
    first?: number | null;
    after?: string | null;
  },
  selection: {
    facts: readonly FirmFact[];
    columns: readonly string[] | null;
    capabilityColumns?: readonly string[] | null;
  } = {
    facts: FIRM_FACTS,
    columns: null,
  },
): Promise<Connection<FirmEntity>> {
  const { facts, columns } = selection;
  const capabilityColumns = selection.capabilityColumns ?? null;
  // Validate before reading the version, so bad input costs no statement.
  const parsed = parseDirectoryQuery({ filter: args.filter, search: args.search, orderBy: args.orderBy });
  const { cache } = ctx.loaders.directory;
  if (!cache) {
    const { page, facts: values } = await directoryPage(ctx.ds, parsed, args, {
      facts,
      columns,
      capabilityColumns,
    });
    keepPageFacts(page, values);
    return page;
  }

  const version = await ctx.loaders.directory.version();
  // A page read with some columns only serves queries that need no others.
  const key = JSON.stringify([parsed, args.first ?? null, args.after ?? null, columns, capabilityColumns]);
  let entry = cache.get<DirectoryPageEntry>(version, key);
  if (!entry) {
    // Every page of a list (same filters and search, any order) shares one count.
    const countKey = JSON.stringify(['count', parsed.filter ?? null, parsed.search ?? null]);
    const known = cache.get<{ totalCount: number }>(version, countKey);
    const { page, facts: values } = await directoryPage(ctx.ds, parsed, args, {
      knownCount: known?.totalCount,
      facts,
      columns,
      capabilityColumns,
    });
    if (!known) cache.set(version, countKey, { totalCount: page.totalCount });
    for (const edge of page.edges) Object.freeze(edge.node);
    entry = { page, facts: values, weight: page.edges.length + 1 };
    cache.set(version, key, entry);
  }
  await withFirmFacts(ctx, entry, facts);
  return entry.page;
}

interface DirectoryPageEntry {
  page: Connection<FirmEntity>;
  /** Figures of the page's firms, in page order, filled the first time a request asks for them. */
  facts: Partial<Record<FirmFact, unknown[]>>;
  weight: number;
}

/**
 * Keeps the page's cached figures with its firms; figures the page has not kept yet are read for the
 * whole page in one statement and kept with it.
 */
async function withFirmFacts(ctx: Context, entry: DirectoryPageEntry, wanted: readonly FirmFact[]) {
  const missing = wanted.filter((fact) => !entry.facts[fact]);
  if (missing.length && entry.page.edges.length) {
    const ids = entry.page.edges.map((e) => e.node.id);
    Object.assign(entry.facts, await firmFacts(ctx.ds, ids, missing));
  }
  keepPageFacts(entry.page, entry.facts);
}

/**
 * The directory's facets for a search and filter (firm.facets.ts), in one statement; kept in the app's
 * cache under the directory version like the pages.
 */
export async function firmFacetCounts(
  ctx: Context,
  args: { filter?: FirmFilter | null; search?: string | null },
): Promise<FirmFacets> {
  const parsed = parseDirectoryQuery({ filter: args.filter, search: args.search });
  const { cache } = ctx.loaders.directory;
  if (!cache) return firmFacets(ctx.ds, parsed);
  const version = await ctx.loaders.directory.version();
  const key = JSON.stringify(['facets', parsed.filter ?? null, parsed.search ?? null]);
  const known = cache.get<{ facets: FirmFacets }>(version, key);
  if (known) return known.facets;
  const facets = await firmFacets(ctx.ds, parsed);
  // Weighs as a page of as many rows as it has values.
  const weight = Object.values(facets).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 1);
  cache.set(version, key, { facets, weight });
  return facets;
}

/** Values for the directory's filters: hamlets and export markets in use, the certification list. */
export async function firmFilterOptions(ctx: Context) {
  const [row] = await ctx.ds.query(
    `SELECT
       ARRAY(SELECT DISTINCT hamlet FROM firm WHERE hamlet IS NOT NULL ORDER BY hamlet) AS hamlets,
       ARRAY(SELECT DISTINCT m FROM firm, unnest(export_markets) AS m ORDER BY m) AS markets`,
  );
  return {
    hamlets: row.hamlets as string[],
    certifications: [...CERTIFICATIONS],
    exportMarkets: row.markets as string[],
  };
}

/** The firm's audit entries, newest first. */
export function firmHistory(
  ctx: Context,
  firmId: string,
  args: { first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('a')
    .where('a.entity_type = :type AND a.entity_id = :id', { type: 'Firm', id: firmId });
  return newestFirst(qb, args);
}

/**
 * One firm, or NOT_FOUND (also for an id that is not a UUID). The id of a record merged into another
 * (table firm_redirect, written by firm-registry's merge) answers the surviving firm.
 */
export async function getFirm(ctx: Context, id: string): Promise<FirmEntity> {
  return getOrThrow('Firm', id, async (key) => {
    const firm = await ctx.loaders.firmById.load(key);
    if (firm) return firm;
    const [redirect] = (await ctx.ds.query(`SELECT firm_id FROM firm_redirect WHERE old_id = $1`, [key])) as {
      firm_id: string;
    }[];
    return redirect ? ctx.loaders.firmById.load(redirect.firm_id) : null;
  });
}

export async function districtSummary(ctx: Context) {
  const [row] = await ctx.ds.query(
    `SELECT
       (SELECT count(*) FROM firm) AS firm_count,
       (SELECT count(*) FROM firm WHERE kind = 'SHOE_FACTORY') AS shoe_factory_count,
       (SELECT count(*) FROM firm WHERE kind IN ('PROCESSING', 'COMPONENTS')) AS supply_chain_firm_count,
       (SELECT count(*) FROM adhesion WHERE status NOT IN ('DECLINED', 'WITHDRAWN')) AS adhesion_count,
       (SELECT count(*) FROM adhesion WHERE status = ANY($1::text[])) AS in_progress_count,
       (SELECT count(*) FROM adhesion WHERE status = ANY($2::text[])) AS member_count,
       (SELECT count(*) FROM supply_link WHERE status = 'CONFIRMED') AS confirmed_link_count`,
    [IN_PROGRESS_ADHESION_STATUSES, MEMBER_ADHESION_STATUSES],
  );
  return {
    firmCount: Number(row.firm_count),
    shoeFactoryCount: Number(row.shoe_factory_count),
    supplyChainFirmCount: Number(row.supply_chain_firm_count),
    adhesionCount: Number(row.adhesion_count),
    inProgressCount: Number(row.in_progress_count),
    memberCount: Number(row.member_count),
    confirmedLinkCount: Number(row.confirmed_link_count),
  };
}
