import { describe, expect, it } from 'vitest';
import { mergePieces, nodeSize, type GraphEdge, type GraphNode } from './supply-graph';

const node = (id: string, linkCount: number, hiddenLinkCount: number): GraphNode => ({
  id,
  legalName: id,
  kind: 'COMPONENTS',
  linkCount,
  hiddenLinkCount,
  singlePointOfFailure: false,
});
const edge = (id: string, supplierId: string, customerId: string): GraphEdge => ({
  id,
  supplierId,
  customerId,
  capabilityId: 'c',
  status: 'CONFIRMED',
  soleSource: false,
});

describe('mergePieces', () => {
  it('adds an expanded neighbourhood once and stops offering to expand what is now all shown', () => {
    const view = {
      nodes: [node('factory', 1, 0), node('tannery', 2, 1)],
      edges: [edge('a', 'tannery', 'factory')],
    };
    const expansion = {
      nodes: [node('tannery', 2, 0), node('other', 3, 2)],
      edges: [edge('a', 'tannery', 'factory'), edge('b', 'tannery', 'other')],
    };
    const merged = mergePieces([view, expansion]);
    expect(merged.edges.map((e) => e.id)).toEqual(['a', 'b']);
    expect(merged.nodes.map((n) => [n.id, n.hiddenLinkCount])).toEqual([
      ['factory', 0],
      ['tannery', 0],
      ['other', 2],
    ]);
  });

  it('draws a hub larger than a firm with one link, but not hundreds of times larger', () => {
    expect(nodeSize(100)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(100) / nodeSize(1)).toBeLessThan(5);
  });
});
