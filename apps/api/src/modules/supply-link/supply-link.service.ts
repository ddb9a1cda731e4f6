import { z } from 'zod';
import { In, type EntityManager } from 'typeorm';
import type { Context, Viewer } from '../../context.js';
import { assertCan, requireViewer } from '../../common/auth.js';
import { badField, conflict, isUniqueViolation, notFound } from '../../common/errors.js';
import { entityFromJson, entityJsonSql } from '../../common/json-rows.js';
import { keysetPage } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { updateVersioned } from '../../common/versioned-update.js';
import type { SupplyChainDirection, SupplyLinkDirection, SupplyLinkStatus } from '../../generated/graphql.js';
import { recordAudit } from '../audit/audit.service.js';
import { notifySupplyLink } from '../notification/supply-link.notices.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { SupplyLinkEntity } from './supply-link.entity.js';
import { supplyLinkPolicy } from './supply-link.policy.js';

/** Deeper chains say little and cost much: six tiers reach past the whole district. */
export const MAX_CHAIN_DEPTH = 6;
/** The district has ~2,000 links; a graph view beyond this would neither draw nor read. */
export const MAX_GRAPH_EDGES = 20_000;
const MAX_PENDING = 100;
const MAX_ALTERNATIVES = 50;
const MAX_SPOF = 100;

const uuid = z.uuid({ message: 'is not a valid id' });
const isUuid = (id: string) => uuid.safeParse(id).success;

/** Today as YYYY-MM-DD in the district's time zone, so "not in the future" means the Italian calendar. */
export function todayInItaly(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}

const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a calendar date',
    params: { reason: 'invalid_date' },
  });

const declareSchema = z
  .object({
    supplierId: uuid,
    customerId: uuid,
    capabilityId: uuid,
    sharePercent: z
      .number()
      .min(0, { message: 'must be between 0 and 100' })
      .max(100, { message: 'must be between 0 and 100' })
      .nullish(),
    yearlyVolumePairs: z
      .number()
      .int({ message: 'must be a whole number of pairs' })
      .min(0, { message: 'must be 0 or more' })
      .nullish(),
    since: dateSchema.nullish(),
    note: z.string().trim().max(1000, { message: 'is longer than 1,000 characters' }).nullish(),
  })
  .superRefine((v, issue) => {
    if (v.supplierId === v.customerId) {
      issue.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'must be another firm than the supplier',
        params: { reason: 'self_link' },
      });
    }
    if (v.since && v.since > todayInItaly()) {
      issue.addIssue({
        code: 'custom',
        path: ['since'],
        message: 'cannot be in the future',
        params: { reason: 'in_future' },
      });
    }
  });

const duplicateActive = () =>
  badField(
    'capabilityId',
    'duplicate_active',
    'these firms already have a declared or confirmed link for this capability',
  );

/** What the audit log keeps of a link. */
function snapshot(link: SupplyLinkEntity) {
  return {
    supplierId: link.supplierId,
    customerId: link.customerId,
    capabilityId: link.capabilityId,
    sharePercent: link.sharePercent === null ? null : Number(link.sharePercent),
    yearlyVolumePairs: link.yearlyVolumePairs,
    since: link.since,
    status: link.status,
    declaredByFirmId: link.declaredByFirmId,
    note: link.note,
    decisionNote: link.decisionNote,
  };
}

/** Declares a link for the viewer's firm, or records it on the firms' behalf (ADMIN, CONSULTANT). */
export async function declareSupplyLink(ctx: Context, rawInput: unknown): Promise<SupplyLinkEntity> {
  const viewer = requireViewer(ctx);
  const input = parseInput(declareSchema, rawInput);
  assertCan(
    supplyLinkPolicy.canDeclareFor(viewer, input.supplierId, input.customerId),
    'supplyLink.declareForOwnFirm',
  );
  try {
    return await ctx.ds.transaction(async (manager) => {
      const firms = await manager.findBy(FirmEntity, { id: In([input.supplierId, input.customerId]) });
      if (!firms.some((f) => f.id === input.supplierId)) {
        throw badField('supplierId', 'not_found', 'is not a firm of the registry');
      }
      if (!firms.some((f) => f.id === input.customerId)) {
        throw badField('customerId', 'not_found', 'is not a firm of the registry');
      }
      if (!(await manager.existsBy(CapabilityEntity, { id: input.capabilityId }))) {
        throw badField('capabilityId', 'not_found', 'is not a capability of the vocabulary');
      }
      const [offered] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM firm_capability WHERE firm_id = $1 AND capability_id = $2) AS ok`,
        [input.supplierId, input.capabilityId],
      );
      if (!offered.ok) {
        throw badField('capabilityId', 'not_offered', 'is not among the capabilities the supplier offers');
      }
      const active = await manager
        .getRepository(SupplyLinkEntity)
        .createQueryBuilder('l')
        .where('l.supplier_id = :s AND l.customer_id = :c AND l.capability_id = :cap', {
          s: input.supplierId,
          c: input.customerId,
          cap: input.capabilityId,
        })
        .andWhere(`l.status IN ('DECLARED', 'CONFIRMED')`)
        .getExists();
      if (active) throw duplicateActive();

      const link = await manager.save(
        manager.create(SupplyLinkEntity, {
          supplierId: input.supplierId,
          customerId: input.customerId,
          capabilityId: input.capabilityId,
          sharePercent: input.sharePercent == null ? null : String(input.sharePercent),
          yearlyVolumePairs: input.yearlyVolumePairs ?? null,
          since: input.since ?? null,
          note: input.note || null,
          status: 'DECLARED',
          declaredByFirmId: viewer.role === 'FIRM' ? viewer.firmId : null,
          recordedByUserId: viewer.userId,
        }),
      );
      await recordAudit(manager, ctx, {
        action: 'DECLARE_SUPPLY_LINK',
        entityType: 'SupplyLink',
        entityId: link.id,
        after: snapshot(link),
      });
      await notifySupplyLink(manager, ctx, 'DECLARED', link);
      return manager.findOneByOrFail(SupplyLinkEntity, { id: link.id });
    });
  } catch (error) {
    // Two declarations racing past the check above meet the unique partial index: same answer.
    if (isUniqueViolation(error, 'supply_link_active_idx')) throw duplicateActive();
    throw error;
  }
}

/** Locks the link, then checks in this order: exists, the viewer may act, version, status. */
async function lockForChange(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number,
  rule: { name: string; allows: (v: Viewer, l: SupplyLinkEntity) => boolean },
  expectedStatus: SupplyLinkStatus,
): Promise<SupplyLinkEntity> {
  const link = isUuid(id)
    ? await manager.findOne(SupplyLinkEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!link) throw notFound('SupplyLink', id);
  assertCan(rule.allows(viewer, link), rule.name);
  if (link.version !== version) throw conflict('SupplyLink', id, link.version);
  if (link.status !== expectedStatus) {
    throw badField('id', `not_${expectedStatus.toLowerCase()}`, `is ${link.status}, not ${expectedStatus}`);
  }
  return link;
}

const counterpartRule = {
  name: 'supplyLink.counterpartDecides',
  allows: (v: Viewer, l: SupplyLinkEntity) => supplyLinkPolicy.canDecide(v, { ...l, status: 'DECLARED' }),
};
const sideRule = {
  name: 'supplyLink.eitherSideEnds',
  allows: (v: Viewer, l: SupplyLinkEntity) => supplyLinkPolicy.canEnd(v, { ...l, status: 'CONFIRMED' }),
};

/** Confirms or rejects a DECLARED link: the counterpart only. */
export async function decideSupplyLink(
  ctx: Context,
  args: { id: string; version: number; note?: string | null },
  outcome: 'CONFIRMED' | 'REJECTED',
): Promise<SupplyLinkEntity> {
  const viewer = requireViewer(ctx);
  const note = parseInput(
    z.string().trim().max(1000, { message: 'is longer than 1,000 characters' }).nullish(),
    args.note,
  );
  return ctx.ds.transaction(async (manager) => {
    await lockForChange(manager, viewer, args.id, args.version, counterpartRule, 'DECLARED');
    const { before, after } = await updateVersioned(
      manager,
      SupplyLinkEntity,
      'SupplyLink',
      args.id,
      args.version,
      {
        status: outcome,
        decidedAt: new Date(),
        decidedByUserId: viewer.userId,
        decisionNote: outcome === 'REJECTED' ? note || null : null,
      },
    );
    await recordAudit(manager, ctx, {
      action: outcome === 'CONFIRMED' ? 'CONFIRM_SUPPLY_LINK' : 'REJECT_SUPPLY_LINK',
      entityType: 'SupplyLink',
      entityId: args.id,
      before: snapshot(before),
      after: snapshot(after),
    });
    await notifySupplyLink(manager, ctx, outcome, after);
    return after;
  });
}

/** Ends a CONFIRMED link: either side. */
export async function endSupplyLink(
  ctx: Context,
  args: { id: string; version: number },
): Promise<SupplyLinkEntity> {
  const viewer = requireViewer(ctx);
  return ctx.ds.transaction(async (manager) => {
    await lockForChange(manager, viewer, args.id, args.version, sideRule, 'CONFIRMED');
    const { before, after } = await updateVersioned(
      manager,
      SupplyLinkEntity,
      'SupplyLink',
      args.id,
      args.version,
      {
        status: 'ENDED',
        endedAt: new Date(),
        endedByUserId: viewer.userId,
      },
    );
    await recordAudit(manager, ctx, {
      action: 'END_SUPPLY_LINK',
      entityType: 'SupplyLink',
      entityId: args.id,
      before: snapshot(before),
      after: snapshot(after),
    });
    await notifySupplyLink(manager, ctx, 'ENDED', after);
    return after;
  });
}

async function requireFirm(ctx: Context, id: string): Promise<FirmEntity> {
  const firm = isUuid(id) ? await ctx.loaders.firmById.load(id) : null;
  if (!firm) throw notFound('Firm', id);
  return firm;
}

/** A firm's links, newest first; FIRM users see other firms' CONFIRMED links only. */
export async function listSupplyLinks(
  ctx: Context,
  args: {
    firmId: string;
    direction?: SupplyLinkDirection | null;
    status?: SupplyLinkStatus | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const viewer = requireViewer(ctx);
  await requireFirm(ctx, args.firmId);
  const qb = ctx.ds.getRepository(SupplyLinkEntity).createQueryBuilder('l');
  const direction = args.direction ?? 'BOTH';
  if (direction === 'SUPPLIERS') qb.where('l.customer_id = :firmId', { firmId: args.firmId });
  else if (direction === 'CUSTOMERS') qb.where('l.supplier_id = :firmId', { firmId: args.firmId });
  else qb.where('(l.customer_id = :firmId OR l.supplier_id = :firmId)', { firmId: args.firmId });
  if (args.status) qb.andWhere('l.status = :status', { status: args.status });
  if (viewer.role === 'FIRM' && viewer.firmId !== args.firmId) {
    // Another firm's pending, rejected and ended links are its own business.
    qb.andWhere(`(l.status = 'CONFIRMED' OR l.supplier_id = :own OR l.customer_id = :own)`, {
      own: viewer.firmId,
    });
  }
  return keysetPage(qb, {
    sortExpression: 'l.created_at',
    sortType: 'timestamptz',
    sortKey: (l) => l.createdAt.toISOString(),
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

/** DECLARED links the viewer's firm is the counterpart of, oldest first. */
export async function pendingSupplyLinkRequests(ctx: Context): Promise<SupplyLinkEntity[]> {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'FIRM' || !viewer.firmId) return [];
  return ctx.ds
    .getRepository(SupplyLinkEntity)
    .createQueryBuilder('l')
    .where(`l.status = 'DECLARED'`)
    .andWhere('(l.supplier_id = :own OR l.customer_id = :own)', { own: viewer.firmId })
    .andWhere('l.declared_by_firm_id IS DISTINCT FROM :own', { own: viewer.firmId })
    .orderBy('l.created_at', 'ASC')
    .addOrderBy('l.id', 'ASC')
    .limit(MAX_PENDING)
    .getMany();
}

/**
 * The chain in ONE statement: a recursive walk over CONFIRMED links. UNION (not UNION ALL) keeps each
 * (firm, depth, link) once, and the depth bound stops cycles, so the work is bounded by links × depth
 * instead of growing with the number of paths. The same statement returns the starting firm, the firms
 * reached, the links walked and their capabilities as JSON, which prime the request's loaders: the
 * fields of the chain then resolve without another statement.
 */
const CHAIN_SQL = {
  UPSTREAM: { from: 'customer_id', to: 'supplier_id' },
  DOWNSTREAM: { from: 'supplier_id', to: 'customer_id' },
} as const;

export async function supplyChain(
  ctx: Context,
  args: { firmId: string; direction: SupplyChainDirection; depth?: number | null },
) {
  const depth = args.depth ?? 3;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_CHAIN_DEPTH) {
    throw badField('depth', 'out_of_range', `must be between 1 and ${MAX_CHAIN_DEPTH}`);
  }
  if (!isUuid(args.firmId)) throw notFound('Firm', args.firmId);
  const { ds } = ctx;
  const { from, to } = CHAIN_SQL[args.direction];
  type Json = Record<string, unknown>;
  const [row]: {
    firm: Json | null;
    nodes: [number, Json][] | null;
    links: Json[] | null;
    capabilities: Json[] | null;
  }[] = await ds.query(
    `WITH RECURSIVE walk (firm_id, depth, link_id) AS (
       SELECT $1::uuid, 0, NULL::uuid
       UNION
       SELECT l.${to}, w.depth + 1, l.id
         FROM walk w
         JOIN supply_link l ON l.${from} = w.firm_id AND l.status = 'CONFIRMED'
        WHERE w.depth < $2
     ),
     tiers AS (
       SELECT firm_id, min(depth) AS tier FROM walk WHERE firm_id <> $1::uuid GROUP BY firm_id
     ),
     links AS (
       SELECT l.* FROM supply_link l WHERE l.id IN (SELECT link_id FROM walk)
     )
     SELECT
       (SELECT ${entityJsonSql(ds, FirmEntity, 'f')} FROM firm f WHERE f.id = $1::uuid) AS firm,
       (SELECT json_agg(json_build_array(t.tier, ${entityJsonSql(ds, FirmEntity, 'f')}) ORDER BY t.tier, f.legal_name)
          FROM tiers t JOIN firm f ON f.id = t.firm_id) AS nodes,
       (SELECT json_agg(${entityJsonSql(ds, SupplyLinkEntity, 'l')} ORDER BY l.id) FROM links l) AS links,
       (SELECT json_agg(${entityJsonSql(ds, CapabilityEntity, 'c')})
          FROM capability c WHERE c.id IN (SELECT capability_id FROM links)) AS capabilities`,
    [args.firmId, depth],
  );
  if (!row?.firm) throw notFound('Firm', args.firmId);
  const firm = entityFromJson(ds, FirmEntity, row.firm);
  const nodes = (row.nodes ?? []).map(([tier, json]) => ({
    tier,
    firm: entityFromJson(ds, FirmEntity, json),
  }));
  for (const f of [firm, ...nodes.map((n) => n.firm)]) ctx.loaders.firmById.prime(f.id, f);
  for (const json of row.capabilities ?? []) {
    const capability = entityFromJson(ds, CapabilityEntity, json);
    ctx.loaders.capabilityById.prime(capability.id, capability);
  }
  return {
    firm,
    direction: args.direction,
    depth,
    nodes,
    links: (row.links ?? []).map((json) => entityFromJson(ds, SupplyLinkEntity, json)),
  };
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
  await requireFirm(ctx, args.firmId);
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
        WHERE fc.capability_id = $2 AND f.id <> t.id
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
      ? [{ supplier, affectedFactoryCount: Number(r.affected), exposures }]
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

/** Firms and links for the graph; refused above MAX_GRAPH_EDGES so the answer stays bounded. */
export async function districtGraph(
  ctx: Context,
  args: { statuses?: SupplyLinkStatus[] | null; capabilityIds?: string[] | null },
) {
  const viewer = requireViewer(ctx);
  const statuses = args.statuses?.length ? args.statuses : ['CONFIRMED'];
  const capabilityIds = args.capabilityIds?.length ? args.capabilityIds : null;
  if (capabilityIds?.some((id) => !isUuid(id))) {
    throw badField('capabilityIds', 'invalid_format', 'contains an id that is not valid');
  }
  const own = viewer.role === 'FIRM' ? viewer.firmId : null;
  const edges: {
    id: string;
    supplier_id: string;
    customer_id: string;
    capability_id: string;
    status: SupplyLinkStatus;
  }[] = await ctx.ds.query(
    `SELECT id, supplier_id, customer_id, capability_id, status FROM supply_link
      WHERE status = ANY($1::text[])
        AND ($2::uuid[] IS NULL OR capability_id = ANY($2::uuid[]))
        AND ($3::uuid IS NULL OR status = 'CONFIRMED' OR supplier_id = $3 OR customer_id = $3)
      ORDER BY id
      LIMIT ${MAX_GRAPH_EDGES + 1}`,
    [statuses, capabilityIds, own],
  );
  if (edges.length > MAX_GRAPH_EDGES) {
    throw badField(
      'statuses',
      'too_many_links',
      `selects more than ${MAX_GRAPH_EDGES} links: filter by capability or status`,
    );
  }
  const firmIds = [...new Set(edges.flatMap((e) => [e.supplier_id, e.customer_id]))];
  const nodes: { id: string; legal_name: string; kind: FirmEntity['kind']; hamlet: string | null }[] =
    firmIds.length
      ? await ctx.ds.query(
          `SELECT id, legal_name, kind, hamlet FROM firm WHERE id = ANY($1::uuid[]) ORDER BY legal_name, id`,
          [firmIds],
        )
      : [];
  return {
    nodes: nodes.map((n) => ({ id: n.id, legalName: n.legal_name, kind: n.kind, hamlet: n.hamlet })),
    edges: edges.map((e) => ({
      id: e.id,
      supplierId: e.supplier_id,
      customerId: e.customer_id,
      capabilityId: e.capability_id,
      status: e.status,
    })),
  };
}
