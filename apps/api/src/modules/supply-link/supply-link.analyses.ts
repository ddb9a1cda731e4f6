import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField } from '../../common/errors.js';
import { entityFromJson, entityJsonSql } from '../../common/json-rows.js';
import { getOrThrow } from '../../common/lookup.js';
import { isUuid } from '../../common/validation.js';
import type { SupplyChainDirection } from '../../generated/graphql.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { SupplyLinkEntity } from './supply-link.entity.js';
import type { ChainSelection } from './supply-link.selection.js';

// The analyses of the confirmed network: chains, alternatives, single points of failure,
// concentration, local sourcing and the district graph. The link lifecycle is in supply-link.service.ts.

/** Deeper chains say little and cost much: six tiers reach past the whole district. */
export const MAX_CHAIN_DEPTH = 6;
const MAX_ALTERNATIVES = 50;
const MAX_SPOF = 100;
/** What a chain's links were read with: the chain's firms (both sides of every link) and capabilities. */
interface ChainOfLink {
  firms: ReadonlyMap<string, FirmEntity>;
  capabilities: ReadonlyMap<string, CapabilityEntity>;
}
/** Set on each link of a chain (a property, not a WeakMap entry: no ephemeron per link for the GC). */
const CHAIN = Symbol('chain');
type ChainLink = SupplyLinkEntity & { [CHAIN]?: ChainOfLink };

/** A side of a chain's link (`id` its supplier, customer or declaring firm), when read with the chain. */
export const chainFirm = (link: SupplyLinkEntity, id: string): FirmEntity | undefined =>
  (link as ChainLink)[CHAIN]?.firms.get(id);

/** A chain's link's capability, when read with the chain. */
export const chainCapability = (link: SupplyLinkEntity): CapabilityEntity | undefined =>
  (link as ChainLink)[CHAIN]?.capabilities.get(link.capabilityId);

const CHAIN_SQL = {
  UPSTREAM: { from: 'customer_id', to: 'supplier_id' },
  DOWNSTREAM: { from: 'supplier_id', to: 'customer_id' },
} as const;

/**
 * The chain's statement for a direction and selection, named: each connection parses it once, and
 * PostgreSQL soon keeps one plan for it.
 */
interface ChainStatement {
  name: string | undefined;
  text: string;
}
/**
 * The statements built so far, by direction and selection. A client can ask for many selections: past
 * this many, statements are sent unnamed (each pooled connection keeps every named one it prepared).
 */
const MAX_NAMED_CHAIN_STATEMENTS = 32;
const chainStatements = new Map<string, ChainStatement>();

/**
 * The chain in ONE statement: a recursive walk over CONFIRMED links. UNION (not UNION ALL) keeps each
 * (firm, depth, link) once, and the depth bound stops cycles, so the work is bounded by links × depth
 * instead of growing with the number of paths. The same statement returns, as JSON, the starting firm,
 * the firms reached (as the chain's nodes) and the links walked with only the columns the query reads
 * (`selection`; no links when none are asked for), and the links' capabilities when asked: the chain's
 * fields then resolve without another statement, from the chain's own objects.
 */
function chainStatement(
  ds: DataSource,
  direction: SupplyChainDirection,
  selection: ChainSelection,
): ChainStatement {
  const key = JSON.stringify([
    direction,
    selection.firmColumns,
    selection.linkColumns,
    selection.capabilities,
  ]);
  let statement = chainStatements.get(key);
  if (statement) return statement;
  const { from, to } = CHAIN_SQL[direction];
  const firmJson = entityJsonSql(ds, FirmEntity, 'f', selection.firmColumns);
  const text = `WITH RECURSIVE walk (firm_id, depth, link_id) AS (
       SELECT $1::uuid, 0, NULL::uuid
       UNION
       SELECT l.${to}, w.depth + 1, l.id
         FROM walk w
         JOIN supply_link l ON l.${from} = w.firm_id AND l.status = 'CONFIRMED'
        WHERE w.depth < $2
     ),
     tiers AS (
       SELECT firm_id, min(depth) AS tier FROM walk WHERE firm_id <> $1::uuid GROUP BY firm_id
     )
     SELECT
       (SELECT ${firmJson} FROM firm f WHERE f.id = $1::uuid) AS firm,
       (SELECT json_agg(json_build_object('tier', t.tier, 'firm', ${firmJson}) ORDER BY t.tier, f.legal_name)
          FROM tiers t JOIN firm f ON f.id = t.firm_id) AS nodes,
       ${
         selection.linkColumns === false
           ? 'NULL'
           : `(SELECT json_agg(${entityJsonSql(ds, SupplyLinkEntity, 'l', selection.linkColumns)} ORDER BY l.id)
                 FROM supply_link l WHERE l.id IN (SELECT link_id FROM walk))`
       } AS links,
       ${
         selection.linkColumns !== false && selection.capabilities
           ? `(SELECT json_agg(${entityJsonSql(ds, CapabilityEntity, 'c')}) FROM capability c
                WHERE c.id IN (SELECT l.capability_id FROM supply_link l WHERE l.id IN (SELECT link_id FROM walk)))`
           : 'NULL'
       } AS capabilities`;
  const named = chainStatements.size < MAX_NAMED_CHAIN_STATEMENTS;
  statement = { name: named ? `supply_chain_${chainStatements.size}` : undefined, text };
  if (named) chainStatements.set(key, statement);
  return statement;
}

/**
 * A firm's chain (see chainStatement), straight on the pool of the request's database (a replica for a
 * query): one prepared statement, no ORM on the way. The nodes come as the schema's SupplyChainNode.
 */
export async function supplyChain(
  ctx: Context,
  args: { firmId: string; direction: SupplyChainDirection; depth?: number | null },
  selection: ChainSelection = { firmColumns: null, linkColumns: null, capabilities: true },
) {
  const depth = args.depth ?? 3;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_CHAIN_DEPTH) {
    throw badField('depth', 'out_of_range', `must be between 1 and ${MAX_CHAIN_DEPTH}`);
  }
  const { ds } = ctx;
  const statement = chainStatement(ds, args.direction, selection);
  type Json = Record<string, unknown>;
  type Row = {
    firm: Json | null;
    nodes: { tier: number; firm: FirmEntity }[] | null;
    links: Json[] | null;
    capabilities: Json[] | null;
  };
  const row = await getOrThrow('Firm', args.firmId, async (firmId) => {
    const pool = (ds.driver as PostgresDriver).master as Pool;
    const { rows } = await pool.query<Row>({ ...statement, values: [firmId, depth] });
    const found = rows[0];
    return found?.firm ? { ...found, firm: found.firm } : null;
  });
  const firm = entityFromJson(ds, FirmEntity, row.firm);
  const nodes = row.nodes ?? [];
  const firms = new Map([[firm.id, firm]]);
  for (const node of nodes) {
    const reached = entityFromJson(ds, FirmEntity, node.firm as unknown as Json);
    firms.set(reached.id, reached);
  }
  const capabilities = new Map<string, CapabilityEntity>();
  for (const json of row.capabilities ?? []) {
    // Instances: the loader's other readers tell a capability from an error by its class.
    const capability = Object.assign(new CapabilityEntity(), entityFromJson(ds, CapabilityEntity, json));
    capabilities.set(capability.id, capability);
    ctx.loaders.capabilityById.prime(capability.id, capability);
  }
  const chain: ChainOfLink = { firms, capabilities };
  const links = (row.links ?? []).map((json) => {
    const link: ChainLink = entityFromJson(ds, SupplyLinkEntity, json);
    link[CHAIN] = chain;
    return link;
  });
  return { firm, direction: args.direction, depth, nodes, links };
}

/** Firms offering a capability that do not yet supply it to the firm, by the score documented in the schema. */
export async function alternativeSuppliers(
  ctx: Context,
  args: { firmId: string; capabilityId: string; first?: number | null },
) {
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > MAX_ALTERNATIVES) {
    throw badField('first', 'out_of_range', `must be between 1 and ${MAX_ALTERNATIVES}`);
  }
  await getOrThrow('Firm', args.firmId, (id) => ctx.loaders.firmById.load(id));
  if (
    !isUuid(args.capabilityId) ||
    !(await ctx.ds.manager.existsBy(CapabilityEntity, { id: args.capabilityId }))
  ) {
    throw badField('capabilityId', 'not_found', 'is not a capability of the vocabulary');
  }
  const rows: {
    id: string;
    score: number;
    same_hamlet: boolean;
    same_municipality: boolean;
    customers: number;
  }[] = await ctx.ds.query(
    `WITH target AS (SELECT id, hamlet, municipality FROM firm WHERE id = $1),
     candidate AS (
       SELECT f.id, f.legal_name, f.capacity_pairs_per_day AS capacity,
              (f.hamlet IS NOT NULL AND f.hamlet = t.hamlet
                AND lower(f.municipality) = lower(t.municipality)) AS same_hamlet,
              (f.municipality IS NOT NULL AND lower(f.municipality) = lower(t.municipality)) AS same_municipality,
              (SELECT count(DISTINCT l.customer_id) FROM supply_link l
                WHERE l.supplier_id = f.id AND l.capability_id = $2 AND l.status = 'CONFIRMED')::int AS customers
         FROM firm_capability fc
         JOIN firm f ON f.id = fc.firm_id
        CROSS JOIN target t
        WHERE fc.capability_id = $2 AND f.id <> t.id AND f.ceased_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM supply_link l
                           WHERE l.supplier_id = f.id AND l.customer_id = t.id AND l.capability_id = $2
                             AND l.status IN ('DECLARED', 'CONFIRMED'))
     ),
     scored AS (
       SELECT *,
              (CASE WHEN same_hamlet THEN 40 WHEN same_municipality THEN 20 ELSE 0 END)
              + 6 * LEAST(customers, 5)
              + COALESCE(30.0 * capacity / NULLIF(max(capacity) OVER (), 0), 0) AS score
         FROM candidate
     )
     SELECT id, round(score::numeric, 1)::float8 AS score, same_hamlet, same_municipality, customers
       FROM scored ORDER BY score DESC, legal_name, id LIMIT $3`,
    [args.firmId, args.capabilityId, first],
  );
  const firms = await ctx.loaders.firmById.loadMany(rows.map((r) => r.id));
  return rows.flatMap((r, i) => {
    const firm = firms[i];
    return firm instanceof FirmEntity
      ? [
          {
            firm,
            score: Number(r.score),
            sameHamlet: r.same_hamlet,
            sameMunicipality: r.same_municipality,
            confirmedCustomerCount: Number(r.customers),
          },
        ]
      : [];
  });
}

/**
 * Suppliers that are the only confirmed source of a capability for a shoe factory that does not do it
 * in-house. A FIRM user sees the exposures that involve its own firm.
 */
export async function singlePointsOfFailure(
  ctx: Context,
  args: { municipality?: string | null; first?: number | null },
) {
  const viewer = requireViewer(ctx);
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SPOF) {
    throw badField('first', 'out_of_range', `must be between 1 and ${MAX_SPOF}`);
  }
  const own = viewer.role === 'FIRM' ? viewer.firmId : null;
  const municipality = args.municipality?.trim() || null;
  if (municipality && municipality.length > 100) {
    throw badField('municipality', 'too_long', 'is longer than 100 characters');
  }
  const rows: {
    supplier_id: string;
    affected: number;
    exposures: { factoryId: string; capabilityId: string }[];
    total: number;
  }[] = await ctx.ds.query(
    `WITH sole AS (
       SELECT l.customer_id, l.capability_id, (array_agg(l.supplier_id))[1] AS supplier_id
         FROM supply_link l
         JOIN firm c ON c.id = l.customer_id AND c.kind = 'SHOE_FACTORY'
                     AND ($3::text IS NULL OR lower(c.municipality) = lower($3))
        WHERE l.status = 'CONFIRMED'
        GROUP BY l.customer_id, l.capability_id
       HAVING count(DISTINCT l.supplier_id) = 1
     ),
     exposed AS (
       SELECT s.* FROM sole s
        WHERE NOT EXISTS (SELECT 1 FROM firm_capability fc
                           WHERE fc.firm_id = s.customer_id AND fc.capability_id = s.capability_id)
          AND ($2::uuid IS NULL OR s.supplier_id = $2 OR s.customer_id = $2)
     )
     SELECT supplier_id, count(DISTINCT customer_id)::int AS affected,
            json_agg(json_build_object('factoryId', customer_id, 'capabilityId', capability_id)
                     ORDER BY customer_id, capability_id) AS exposures,
            (count(*) OVER ())::int AS total
       FROM exposed
      GROUP BY supplier_id
      ORDER BY affected DESC, supplier_id
      LIMIT $1`,
    [first, own, municipality],
  );
  const [suppliers, factories, capabilities] = await Promise.all([
    ctx.loaders.firmById.loadMany(rows.map((r) => r.supplier_id)),
    ctx.loaders.firmById.loadMany(rows.flatMap((r) => r.exposures.map((e) => e.factoryId))),
    ctx.loaders.capabilityById.loadMany(rows.flatMap((r) => r.exposures.map((e) => e.capabilityId))),
  ]);
  let k = 0;
  const items = rows.flatMap((r, i) => {
    const exposures = r.exposures.flatMap(() => {
      const factory = factories[k];
      const capability = capabilities[k];
      k += 1;
      return factory instanceof FirmEntity && capability instanceof CapabilityEntity
        ? [{ factory, capability }]
        : [];
    });
    const supplier = suppliers[i];
    return supplier instanceof FirmEntity
      ? [
          {
            supplier,
            affectedFactoryCount: Number(r.affected),
            exposures,
            supplierCeased: supplier.ceasedOn !== null,
          },
        ]
      : [];
  });
  return { items, totalCount: rows[0]?.total ?? 0 };
}

/** HHI per capability over confirmed yearly volumes, most concentrated first (formula in the schema). */
export async function capabilityConcentration(ctx: Context) {
  const rows: { capability_id: string; n: number; total: number; hhi: number; top_share: number }[] =
    await ctx.ds.query(
      `WITH v AS (
         SELECT capability_id, supplier_id, sum(yearly_volume_pairs)::float8 AS vol
           FROM supply_link
          WHERE status = 'CONFIRMED' AND yearly_volume_pairs IS NOT NULL
          GROUP BY capability_id, supplier_id
       ),
       t AS (SELECT capability_id, sum(vol) AS total, max(vol) AS top, count(*)::int AS n FROM v GROUP BY 1)
       SELECT t.capability_id, t.n, t.total,
              CASE WHEN t.total > 0 THEN sum(power(100 * v.vol / t.total, 2)) ELSE 0 END AS hhi,
              CASE WHEN t.total > 0 THEN 100 * t.top / t.total ELSE 0 END AS top_share
         FROM t JOIN v USING (capability_id)
        GROUP BY t.capability_id, t.n, t.total, t.top
        ORDER BY hhi DESC, t.capability_id`,
    );
  const capabilities = await ctx.loaders.capabilityById.loadMany(rows.map((r) => r.capability_id));
  return rows.flatMap((r, i) => {
    const capability = capabilities[i];
    return capability instanceof CapabilityEntity
      ? [
          {
            capability,
            hhi: Math.round(Number(r.hhi) * 10) / 10,
            supplierCount: Number(r.n),
            totalVolumePairs: Number(r.total),
            topSupplierSharePercent: Math.round(Number(r.top_share) * 10) / 10,
          },
        ]
      : [];
  });
}

/** Share of confirmed links (and volume) whose supplier is in the customer's municipality. */
export async function localSourcingShare(ctx: Context) {
  const [row]: { n: string; local_n: string; vol: number | null; local_vol: number | null }[] =
    await ctx.ds.query(
      `SELECT count(*) AS n, count(*) FILTER (WHERE local) AS local_n,
              sum(vol)::float8 AS vol, (sum(vol) FILTER (WHERE local))::float8 AS local_vol
         FROM (SELECT l.yearly_volume_pairs AS vol,
                      COALESCE(lower(s.municipality) = lower(c.municipality), false) AS local
                 FROM supply_link l
                 JOIN firm s ON s.id = l.supplier_id
                 JOIN firm c ON c.id = l.customer_id
                WHERE l.status = 'CONFIRMED') x`,
    );
  const n = Number(row?.n ?? 0);
  const localN = Number(row?.local_n ?? 0);
  const vol = Number(row?.vol ?? 0);
  return {
    confirmedLinkCount: n,
    localLinkCount: localN,
    linkShare: n > 0 ? localN / n : 0,
    volumeShare: vol > 0 ? Number(row?.local_vol ?? 0) / vol : 0,
  };
}
