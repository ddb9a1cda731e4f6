import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { notFound } from '../../common/errors.js';
import { parseInput, text, uuid } from '../../common/validation.js';
import type { FirmKind, SupplyLinkStatus } from '../../generated/graphql.js';

const graphInput = z.object({
  firmId: uuid.nullish(),
  depth: z.number().int().min(1, 'must be 1 or 2').max(2, 'must be 1 or 2'),
  capabilityId: uuid.nullish(),
  kind: z.enum(['SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES']).nullish(),
  hamlet: text(100).nullish(),
  statuses: z.array(z.enum(['DECLARED', 'CONFIRMED', 'REJECTED', 'ENDED'])).nullish(),
  maxNodes: z.number().int().min(1, 'must be between 1 and 300').max(300, 'must be between 1 and 300'),
});

export interface SupplyGraphArgs {
  firmId?: string | null;
  depth?: number | null;
  capabilityId?: string | null;
  kind?: FirmKind | null;
  hamlet?: string | null;
  statuses?: SupplyLinkStatus[] | null;
  maxNodes?: number | null;
}

interface NodeRow {
  id: string;
  legal_name: string;
  kind: FirmKind;
  hamlet: string | null;
  ceased_on: string | null;
  link_count: number;
  spof: boolean;
}
interface EdgeRow {
  id: string;
  supplier_id: string;
  customer_id: string;
  capability_id: string;
  status: SupplyLinkStatus;
  sole: boolean;
}

/**
 * A link `l` is a factory's only confirmed source of its capability, the factory not doing it in-house
 * (the rule of singlePointsOfFailure); `$own` (a FIRM user's firm) sees it only on its own links.
 */
const SOLE_SOURCE = (l: string) => `(
  ${l}.status = 'CONFIRMED'
  AND ($2::uuid IS NULL OR ${l}.supplier_id = $2 OR ${l}.customer_id = $2)
  AND EXISTS (SELECT 1 FROM firm f WHERE f.id = ${l}.customer_id AND f.kind = 'SHOE_FACTORY')
  AND NOT EXISTS (SELECT 1 FROM supply_link o
                   WHERE o.customer_id = ${l}.customer_id AND o.capability_id = ${l}.capability_id
                     AND o.status = 'CONFIRMED' AND o.supplier_id <> ${l}.supplier_id)
  AND NOT EXISTS (SELECT 1 FROM firm_capability fc
                   WHERE fc.firm_id = ${l}.customer_id AND fc.capability_id = ${l}.capability_id))`;

/** The links the viewer may see in the view: $1 statuses, $2 own firm (FIRM user), $3 capability. */
const VISIBLE = (l: string) => `(
  ${l}.status = ANY($1::text[])
  AND ($2::uuid IS NULL OR ${l}.status = 'CONFIRMED' OR ${l}.supplier_id = $2 OR ${l}.customer_id = $2)
  AND ($3::uuid IS NULL OR ${l}.capability_id = $3))`;

/**
 * One statement: the seeds (the centre, or the firms of the filter), the firms one or two links away,
 * ranked by distance then by links and cut at $maxNodes, then the visible links among them.
 * $4 centre, $5 depth, $6 kind, $7 hamlet, $8 maxNodes.
 */
const GRAPH_SQL = `
  WITH RECURSIVE seeds AS (
    SELECT f.id FROM firm f
     WHERE ($4::uuid IS NOT NULL AND f.id = $4)
        OR ($4::uuid IS NULL AND ($6::text IS NULL OR f.kind = $6) AND ($7::text IS NULL OR lower(f.hamlet) = lower($7))
            AND EXISTS (SELECT 1 FROM supply_link l WHERE (l.supplier_id = f.id OR l.customer_id = f.id) AND ${VISIBLE('l')}))
  ),
  reach(id, hops) AS (
    SELECT id, 0 FROM seeds
    UNION
    SELECT CASE WHEN l.supplier_id = r.id THEN l.customer_id ELSE l.supplier_id END, r.hops + 1
      FROM reach r JOIN supply_link l ON (l.supplier_id = r.id OR l.customer_id = r.id)
     WHERE r.hops < $5 AND ${VISIBLE('l')}
  ),
  ranked AS (
    SELECT id, min(hops) AS hops FROM reach GROUP BY id
  ),
  degree AS (
    SELECT r.id, r.hops,
           (SELECT count(*) FROM supply_link l
             WHERE (l.supplier_id = r.id OR l.customer_id = r.id) AND l.status = 'CONFIRMED')::int AS link_count
      FROM ranked r
  ),
  kept AS (
    SELECT id, link_count, count(*) OVER () AS reached FROM degree
     ORDER BY hops, link_count DESC, id LIMIT $8
  ),
  edges AS (
    SELECT l.id, l.supplier_id, l.customer_id, l.capability_id, l.status, ${SOLE_SOURCE('l')} AS sole
      FROM supply_link l
     WHERE l.supplier_id IN (SELECT id FROM kept) AND l.customer_id IN (SELECT id FROM kept) AND ${VISIBLE('l')}
  )
  SELECT json_build_object(
    'reached', coalesce((SELECT max(reached) FROM kept), 0),
    'nodes', coalesce((SELECT json_agg(json_build_object(
        'id', f.id, 'legal_name', f.legal_name, 'kind', f.kind, 'hamlet', f.hamlet, 'ceased_on', f.ceased_on,
        'link_count', k.link_count,
        'spof', EXISTS (SELECT 1 FROM supply_link l
                         WHERE l.supplier_id = f.id AND l.customer_id IN (SELECT id FROM kept) AND ${SOLE_SOURCE('l')}))
        ORDER BY f.legal_name, f.id)
      FROM kept k JOIN firm f ON f.id = k.id), '[]'),
    'edges', coalesce((SELECT json_agg(e ORDER BY e.id) FROM edges e), '[]')) AS graph`;

/** The firm a view with neither firm nor filter opens on: the viewer's own, or the most supplied factory. */
async function defaultCentre(ctx: Context, own: string | null): Promise<string | null> {
  if (own) return own;
  const rows: { id: string }[] = await ctx.ds.query(
    `SELECT l.customer_id AS id FROM supply_link l JOIN firm f ON f.id = l.customer_id AND f.kind = 'SHOE_FACTORY'
      WHERE l.status = 'CONFIRMED' GROUP BY l.customer_id ORDER BY count(*) DESC, l.customer_id LIMIT 1`,
  );
  return rows[0]?.id ?? null;
}

/** A readable piece of the supply graph (see `supplyGraph` in supply-link.graphql). */
export async function supplyGraph(ctx: Context, args: SupplyGraphArgs) {
  const viewer = requireViewer(ctx);
  const input = parseInput(graphInput, {
    ...args,
    depth: args.depth ?? 1,
    maxNodes: args.maxNodes ?? 150,
    hamlet: args.hamlet?.trim() || null,
  });
  const own = viewer.role === 'FIRM' ? viewer.firmId : null;
  const filtered = Boolean(input.kind || input.hamlet || input.capabilityId);
  const centreId = input.firmId ?? (filtered ? null : await defaultCentre(ctx, own));
  const centre = centreId
    ? (
        (await ctx.ds.query(`SELECT id, legal_name, kind, hamlet FROM firm WHERE id = $1`, [centreId])) as {
          id: string;
          legal_name: string;
          kind: FirmKind;
          hamlet: string | null;
        }[]
      )[0]
    : undefined;
  if (centreId && !centre) throw notFound('Firm', centreId);
  if (!centre && !filtered) return { centre: null, nodes: [], edges: [], truncated: false };

  const [row] = (await ctx.ds.query(GRAPH_SQL, [
    input.statuses?.length ? input.statuses : ['CONFIRMED'],
    own,
    input.capabilityId ?? null,
    centre?.id ?? null,
    centre ? input.depth : 1,
    centre ? null : (input.kind ?? null),
    centre ? null : (input.hamlet ?? null),
    input.maxNodes,
  ])) as { graph: { reached: number; nodes: NodeRow[]; edges: EdgeRow[] } }[];
  const { reached, nodes, edges } = row!.graph;
  const shown = new Map<string, number>();
  for (const e of edges) {
    if (e.status !== 'CONFIRMED') continue;
    shown.set(e.supplier_id, (shown.get(e.supplier_id) ?? 0) + 1);
    shown.set(e.customer_id, (shown.get(e.customer_id) ?? 0) + 1);
  }
  return {
    centre: centre
      ? { id: centre.id, legalName: centre.legal_name, kind: centre.kind, hamlet: centre.hamlet }
      : null,
    truncated: reached > nodes.length,
    nodes: nodes.map((n) => ({
      id: n.id,
      legalName: n.legal_name,
      kind: n.kind,
      hamlet: n.hamlet,
      linkCount: n.link_count,
      hiddenLinkCount: Math.max(0, n.link_count - (shown.get(n.id) ?? 0)),
      singlePointOfFailure: n.spof,
      ceasedOn: n.ceased_on,
    })),
    edges: edges.map((e) => ({
      id: e.id,
      supplierId: e.supplier_id,
      customerId: e.customer_id,
      capabilityId: e.capability_id,
      status: e.status,
      soleSource: e.sole,
    })),
  };
}
