import { BREAK, visit, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { fieldsNamed, selectedColumns } from '../../common/selection.js';
import { selectedFirmColumns } from '../firm/firm.selection.js';

/**
 * The SupplyLink columns each field reads when that is not the column of its name: the firm and
 * capability ids of the loaders, and the sides and status the policy checks.
 */
const READS_OF_LINK_FIELD: Record<string, string[]> = {
  __typename: [],
  supplier: ['supplierId'],
  customer: ['customerId'],
  capability: ['capabilityId'],
  sharePercent: ['sharePercent', 'supplierId', 'customerId'],
  yearlyVolumePairs: ['yearlyVolumePairs', 'supplierId', 'customerId'],
  declaredBy: ['declaredByFirmId'],
  recordedOnBehalf: ['declaredByFirmId'],
  viewerCanDecide: ['status', 'supplierId', 'customerId', 'declaredByFirmId'],
  viewerCanEnd: ['status', 'supplierId', 'customerId'],
  supplierCeased: ['status', 'supplierId'],
};

/** What a `supplyChain` field selects, so its one statement reads that and nothing more. */
export interface ChainSelection {
  /** Firm properties read for the chain's firms (the start, the tiers, the links' sides); null: all. */
  firmColumns: string[] | null;
  /** SupplyLink properties of the links walked; null: all; false: the links are not asked for. */
  linkColumns: string[] | null | false;
  /** Whether a link's capability is asked for (then the chain's capabilities come with it). */
  capabilities: boolean;
}

/** Whether an operation, fragments included, has @skip or @include: its selections then vary with the variables. */
const conditionalOperations = new WeakMap<OperationDefinitionNode, boolean>();
function isConditional(info: GraphQLResolveInfo): boolean {
  let found = conditionalOperations.get(info.operation);
  if (found === undefined) {
    found = false;
    for (const node of [info.operation, ...Object.values(info.fragments)]) {
      visit(node, {
        Directive(directive) {
          if (directive.name.value !== 'skip' && directive.name.value !== 'include') return undefined;
          found = true;
          return BREAK;
        },
      });
    }
    conditionalOperations.set(info.operation, found);
  }
  return found;
}

/**
 * Each chain field's selection, by its node in the query: Apollo keeps a document it has parsed, so a
 * query asked again brings the same nodes, whose selection is read once (not when it has @skip/@include).
 */
const selectionsOfField = new WeakMap<FieldNode, ChainSelection>();

/**
 * The chain's selection: every Firm selection that the chain's firms answer (`firm`, `nodes.firm`, the
 * links' `supplier`, `customer` and `declaredBy`) shares one column set, the columns they all read.
 */
export function selectedChainFields(
  info: GraphQLResolveInfo,
  firmColumnNames: readonly string[],
  linkColumnNames: readonly string[],
): ChainSelection {
  const node = info.fieldNodes[0]!;
  const known = selectionsOfField.get(node);
  if (known) return known;
  const selection = readChainSelection(info, firmColumnNames, linkColumnNames);
  if (!isConditional(info)) selectionsOfField.set(node, selection);
  return selection;
}

function readChainSelection(
  info: GraphQLResolveInfo,
  firmColumnNames: readonly string[],
  linkColumnNames: readonly string[],
): ChainSelection {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return { firmColumns: null, linkColumns: null, capabilities: true };
  const chain = [tree];
  const links = fieldsNamed(chain, 'links');
  const firms = [
    ...fieldsNamed(chain, 'firm'),
    ...fieldsNamed(fieldsNamed(chain, 'nodes'), 'firm'),
    ...['supplier', 'customer', 'declaredBy'].flatMap((side) => fieldsNamed(links, side)),
  ];
  return {
    firmColumns: selectedFirmColumns(firms, firmColumnNames),
    linkColumns: links.length ? selectedColumns(links, linkColumnNames, READS_OF_LINK_FIELD) : false,
    capabilities: fieldsNamed(links, 'capability').length > 0,
  };
}
