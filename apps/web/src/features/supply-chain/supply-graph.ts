import type { FirmKind, SupplyLinkStatus } from '../../gql/graphql';

export interface GraphNode {
  id: string;
  legalName: string;
  kind: FirmKind;
  hamlet?: string | null;
  linkCount: number;
  hiddenLinkCount: number;
  singlePointOfFailure: boolean;
  ceasedOn?: string | null;
}

export interface GraphEdge {
  id: string;
  supplierId: string;
  customerId: string;
  capabilityId: string;
  status: SupplyLinkStatus;
  soleSource: boolean;
}

export interface GraphPiece {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

/**
 * The union of the view and the neighbourhoods expanded from it, each firm and link once; a firm's links
 * left out are counted again over what is now shown, so an expanded firm no longer offers to expand.
 */
export function mergePieces(pieces: readonly GraphPiece[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const piece of pieces) {
    for (const n of piece.nodes) nodes.set(n.id, nodes.get(n.id) ?? n);
    for (const e of piece.edges) edges.set(e.id, e);
  }
  const shown = new Map<string, number>();
  for (const e of edges.values()) {
    if (e.status !== 'CONFIRMED') continue;
    shown.set(e.supplierId, (shown.get(e.supplierId) ?? 0) + 1);
    shown.set(e.customerId, (shown.get(e.customerId) ?? 0) + 1);
  }
  return {
    nodes: [...nodes.values()].map((n) => ({
      ...n,
      hiddenLinkCount: Math.max(0, n.linkCount - (shown.get(n.id) ?? 0)),
    })),
    edges: [...edges.values()],
  };
}

/** A node's drawn diameter: grows with the square root of its links, so hubs stand out but fit. */
export const nodeSize = (linkCount: number) => Math.round(14 + 5 * Math.sqrt(linkCount));
