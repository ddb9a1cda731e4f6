import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { fieldsNamed, selectedColumns, subfields } from '../../common/selection.js';
import type { FirmOrder } from '../../generated/graphql.js';
import { FIRM_SORTS } from './firm.directory.js';
import type { FirmFact } from './firm.facts.js';

/** The Firm fields that read each figure. */
const FACT_OF_FIELD: Record<string, FirmFact> = {
  adhesionStatus: 'adhesionStatus',
  capabilities: 'capabilities',
  supplierCount: 'linkCounts',
  customerCount: 'linkCounts',
};

/**
 * The Firm columns each field reads when that is not the column of its name: none but the id for the
 * fields a loader, the policy or the figures answer; contacts also check `publicFields`.
 */
const READS_OF_FIELD: Record<string, string[]> = {
  __typename: [],
  logoUrl: [],
  capabilities: [],
  adhesionStatus: [],
  supplierCount: [],
  customerCount: [],
  suppliers: [],
  customers: [],
  history: [],
  viewerCanEdit: [],
  viewerCanReadPrivate: [],
  street: ['street', 'publicFields'],
  email: ['email', 'publicFields'],
  phone: ['phone', 'publicFields'],
};

/**
 * The Firm columns that the Firm selections `firms` read, the id and `always` included; null: all of
 * them (a field computed from several columns, such as completeness, or unknown here).
 * `columnNames` are the Firm entity's properties.
 */
export const selectedFirmColumns = (
  firms: readonly ResolveTree[],
  columnNames: readonly string[],
  always: readonly string[] = [],
): string[] | null => selectedColumns(firms, columnNames, READS_OF_FIELD, ['id', ...always]);

/** What a `firms` field selects on `edges.node`: the figures to read with the page, and the columns. */
export interface FirmSelection {
  facts: FirmFact[];
  /** Firm properties the selected fields read (the order's sort key and id always); null: all of them. */
  columns: string[] | null;
  /** Capability properties the selected `capabilities` fields read (id always); null: all of them. */
  capabilityColumns: string[] | null;
}

/** A Capability field reads the column of its name; the type name reads none. */
const READS_OF_CAPABILITY_FIELD: Record<string, string[]> = { __typename: [] };

/**
 * What a `firms` field in `order` selects on `edges.node` (aliases and fragments included), so the
 * directory reads the figures with its page and only the columns the fields read. The resolver asks; the
 * service never sees the query tree.
 */
export function selectedFirmFields(
  info: GraphQLResolveInfo,
  columnNames: { firm: readonly string[]; capability: readonly string[] },
  order: FirmOrder,
): FirmSelection {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const nodes = tree ? fieldsNamed(fieldsNamed([tree], 'edges'), 'node') : [];
  const facts = new Set(nodes.flatMap(subfields).flatMap((f) => FACT_OF_FIELD[f.name] ?? []));
  // The order's sort key, for the cursors: only that one, so a name-ordered page of indexed columns
  // (kind, hamlet) is read from the index alone, as firm_hamlet_kind_name_idx and firm_kind_name_idx allow.
  return {
    facts: [...facts],
    columns: selectedFirmColumns(nodes, columnNames.firm, [FIRM_SORTS[order].property]),
    capabilityColumns: selectedColumns(
      fieldsNamed(nodes, 'capabilities'),
      columnNames.capability,
      READS_OF_CAPABILITY_FIELD,
    ),
  };
}
