import type { DataSource } from 'typeorm';
import type { AdhesionStatus } from '@filiera/shared';
import type { LinkCounts } from '../../loaders.js';
import { entityColumnNames, entityFromJson, entityJsonSql } from '../../common/json-rows.js';
import type { Connection } from '../../common/pagination.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import type { FirmEntity } from './firm.entity.js';

// The per-firm figures of a directory page: read with the page in its one statement (firm.directory.ts),
// or for firms already listed, and kept with the page's firm objects for the Firm resolvers.

/** The per-firm figures a directory page shows, read with the page (or later, for the page, at once). */
export const FIRM_FACTS = ['adhesionStatus', 'capabilities', 'linkCounts'] as const;
export type FirmFact = (typeof FIRM_FACTS)[number];

/**
 * Each figure of the firm `p.id`, as SQL (JSON-compatible values); the loaders read the same, but for
 * the capabilities' columns: only `capabilityColumns` (Capability properties) when given.
 */
function factSql(ds: DataSource, fact: FirmFact, capabilityColumns?: readonly string[] | null): string {
  switch (fact) {
    case 'adhesionStatus':
      return `(SELECT a.status FROM adhesion a WHERE a.firm_id = p.id)`;
    case 'capabilities':
      return `(SELECT coalesce(json_agg(${entityJsonSql(ds, CapabilityEntity, 'c', capabilityColumns)} ORDER BY c.capability_group, c.code), '[]')
                 FROM firm_capability fc JOIN capability c ON c.id = fc.capability_id WHERE fc.firm_id = p.id)`;
    case 'linkCounts':
      return `json_build_object(
                'supplierCount', (SELECT count(DISTINCT l.supplier_id) FROM supply_link l
                                   WHERE l.customer_id = p.id AND l.status = 'CONFIRMED'),
                'customerCount', (SELECT count(DISTINCT l.customer_id) FROM supply_link l
                                   WHERE l.supplier_id = p.id AND l.status = 'CONFIRMED'))`;
  }
}

/** The figures' values as the Firm resolvers give them. */
export interface FirmFactValues {
  adhesionStatus: AdhesionStatus | null;
  capabilities: CapabilityEntity[];
  linkCounts: LinkCounts;
}

/**
 * The figures read with a directory page, by firm object: the page's resolvers answer from here at once
 * (no loader, no promise per field). Keyed by the page's own objects, so an entry lives as long as its
 * page (a request's, or a cached page's, whose figures are as current as its firms).
 */
const factsReadWithPage = new WeakMap<FirmEntity, Partial<FirmFactValues>>();

/** Keeps the figures `facts` (in page order) with the firms of `page`. */
export function keepPageFacts(
  page: Connection<FirmEntity>,
  facts: Partial<Record<FirmFact, unknown[]>>,
): void {
  page.edges.forEach((edge, i) => {
    const known = factsReadWithPage.get(edge.node) ?? {};
    for (const fact of FIRM_FACTS) {
      const values = facts[fact];
      if (values) Object.assign(known, { [fact]: values[i] });
    }
    factsReadWithPage.set(edge.node, known);
  });
}

/** A figure of `firm` read with its page, else `load()`s it. */
export function pageFact<F extends FirmFact>(
  firm: FirmEntity,
  fact: F,
  load: () => Promise<FirmFactValues[F]>,
): FirmFactValues[F] | Promise<FirmFactValues[F]> {
  const known = factsReadWithPage.get(firm);
  return known && fact in known ? known[fact]! : load();
}

/** `json_build_array(<firm>, <fact>…)` for the row `p`; `firmJson` is the firm's own JSON or NULL. */
export const pageItemSql = (
  ds: DataSource,
  firmJson: string,
  facts: readonly FirmFact[],
  capabilityColumns?: readonly string[] | null,
) => `json_build_array(${[firmJson, ...facts.map((f) => factSql(ds, f, capabilityColumns))].join(', ')})`;

/** A figure as the loaders give it, from its JSON. */
const factValue = (ds: DataSource, fact: FirmFact, json: unknown) =>
  fact === 'capabilities'
    ? (json as Record<string, unknown>[]).map((c) => entityFromJson(ds, CapabilityEntity, c))
    : json;

/** The figures of JSON items `[<firm>, <fact>…]`, by figure, in item order. */
export function factsOf(ds: DataSource, facts: readonly FirmFact[], items: unknown[][]) {
  const out: Partial<Record<FirmFact, unknown[]>> = {};
  facts.forEach((fact, i) => (out[fact] = items.map((item) => factValue(ds, fact, item[i + 1]))));
  return out;
}

/** The Capability entity's properties, for the columns of a page's capabilities (firm.selection.ts). */
export const capabilityColumnNames = (ds: DataSource) => entityColumnNames(ds, CapabilityEntity);

/** The figures of firms already listed (a cached page), in the order of `ids`, in one statement. */
export async function firmFacts(
  ds: DataSource,
  ids: readonly string[],
  facts: readonly FirmFact[],
): Promise<Partial<Record<FirmFact, unknown[]>>> {
  const [row]: { items: unknown[][] }[] = await ds.query(
    `SELECT coalesce(json_agg(${pageItemSql(ds, 'NULL', facts)} ORDER BY p.n), '[]') AS items
       FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n)`,
    [ids],
  );
  return factsOf(ds, facts, row!.items);
}
