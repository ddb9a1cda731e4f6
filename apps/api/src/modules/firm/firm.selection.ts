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

/**
 * Which per-firm figures a `firms` field selects on `edges.node` (aliases and fragments included), so
 * the directory reads them with its page. The resolver asks; the service never sees the query tree.
 */
export function selectedFirmFacts(info: GraphQLResolveInfo): FirmFact[] {
  const facts = new Set<FirmFact>();
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const children = (t: ResolveTree) => Object.values(t.fieldsByTypeName).flatMap((f) => Object.values(f));
  for (const edges of tree ? children(tree).filter((f) => f.name === 'edges') : []) {
    for (const node of children(edges).filter((f) => f.name === 'node')) {
      for (const field of children(node)) {
        const fact = FACT_OF_FIELD[field.name];
        if (fact) facts.add(fact);
      }
    }
  }
  return [...facts];
}
