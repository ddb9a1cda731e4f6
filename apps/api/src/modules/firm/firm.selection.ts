import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { FirmFact } from './firm.directory.js';

/** The Firm fields that read each figure. */
const FACT_OF_FIELD: Record<string, FirmFact> = {
  adhesionStatus: 'adhesionStatus',
  capabilities: 'capabilities',
  supplierCount: 'linkCounts',
  customerCount: 'linkCounts',
};

/** Firm fields that read no column but the id (a loader, the policy or the figures do the rest). */
const ID_ONLY = new Set([
  '__typename',
  'logoUrl',
  'capabilities',
  'adhesionStatus',
  'supplierCount',
  'customerCount',
  'suppliers',
  'customers',
  'history',
  'viewerCanEdit',
  'viewerCanReadPrivate',
]);

/** Fields whose resolver reads more columns than their own: contacts check `publicFields`. */
const COLUMNS_OF_FIELD: Record<string, string[]> = {
  street: ['street', 'publicFields'],
  email: ['email', 'publicFields'],
  phone: ['phone', 'publicFields'],
};

/** What a `firms` field selects on `edges.node`: the figures to read with the page, and the columns. */
export interface FirmSelection {
  facts: FirmFact[];
  /** Firm properties the selected fields read (the sort keys and id always); null: all of them. */
  columns: string[] | null;
}

/**
 * What a `firms` field selects on `edges.node` (aliases and fragments included), so the directory reads
 * the figures with its page and only the columns the fields read. The resolver asks; the service never
 * sees the query tree. `columnNames` are the Firm entity's properties.
 */
export function selectedFirmFields(info: GraphQLResolveInfo, columnNames: readonly string[]): FirmSelection {
  const facts = new Set<FirmFact>();
  const columns = new Set<string>(['id', 'legalName', 'employees', 'capacityPairsPerDay', 'updatedAt']);
  let all = false;
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const children = (t: ResolveTree) => Object.values(t.fieldsByTypeName).flatMap((f) => Object.values(f));
  for (const edges of tree ? children(tree).filter((f) => f.name === 'edges') : []) {
    for (const node of children(edges).filter((f) => f.name === 'node')) {
      for (const field of children(node)) {
        const fact = FACT_OF_FIELD[field.name];
        if (fact) facts.add(fact);
        if (ID_ONLY.has(field.name)) continue;
        const read = COLUMNS_OF_FIELD[field.name] ?? (columnNames.includes(field.name) ? [field.name] : null);
        // A field computed from several columns (completeness) or unknown here: read them all.
        if (read) read.forEach((c) => columns.add(c));
        else all = true;
      }
    }
  }
  return { facts: [...facts], columns: all ? null : [...columns].sort() };
}
