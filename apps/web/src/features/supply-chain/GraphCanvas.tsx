import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { SOLE_SOURCE_COLOUR } from './graph-colours';
import { layOut } from './graph-layout';
import { KIND_COLOURS } from './kinds';
import { nodeSize, type GraphPiece } from './supply-graph';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1,
      'border-color': '#5c4f45',
      label: 'data(label)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      color: '#2b2118',
    },
  },
  // Links not shown: a thick dark ring says "click to see more".
  { selector: 'node.expandable', style: { 'border-width': 3, 'border-color': '#2b2118' } },
  { selector: 'node.spof', style: { shape: 'diamond' } },
  // Names hidden while the firms are drawn small (see showNames), instead of piling up on each other.
  { selector: 'node.quiet', style: { 'text-opacity': 0 } },
  { selector: 'node.ceased', style: { 'border-style': 'dashed', 'background-opacity': 0.4 } },
  {
    selector: 'node.centre',
    style: {
      'font-size': 13,
      'font-weight': 'bold',
      'border-width': 4,
      'z-index': 10,
      'text-max-width': '220px',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#8c7f74',
      'target-arrow-color': '#8c7f74',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      opacity: 0.8,
    },
  },
  { selector: 'edge.pending', style: { 'line-style': 'dashed' } },
  {
    selector: 'edge.sole',
    style: { width: 3, 'line-color': SOLE_SOURCE_COLOUR, 'target-arrow-color': SOLE_SOURCE_COLOUR },
  },
];

/** Below this zoom a name would be under 8 px: only the centre's stays; zooming in shows the others. */
const NAMES_FROM_ZOOM = 0.8;

function showNames(cy: Core): void {
  cy.nodes()
    .not('.centre')
    .toggleClass('quiet', cy.zoom() < NAMES_FROM_ZOOM);
}

/**
 * The supply graph on a canvas (Cytoscape.js, preset positions): the layout is computed by ForceAtlas2 in
 * a web worker (graph-layout.ts), so the page never freezes; nodes coloured by kind, sized by links,
 * diamonds for single points of failure, dashed for ceased firms. A click on a firm asks to expand it.
 * Loaded on demand; the table beside it carries the same links for keyboard and screen-reader users.
 */
export default function GraphCanvas({
  graph,
  centreId,
  label,
  ceasedMark,
  onExpand,
}: {
  graph: GraphPiece;
  centreId: string | null;
  label: string;
  /** Added to a ceased firm's name on the canvas, e.g. "(cessata)". */
  ceasedMark: string;
  onExpand: (firmId: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const placed = useRef(new Map<string, { x: number; y: number }>());
  const [laidOutFor, setLaidOutFor] = useState<GraphPiece | null>(null);
  const expand = useRef(onExpand);
  useEffect(() => {
    expand.current = onExpand;
  }, [onExpand]);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      style: STYLE,
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 4,
    });
    instance.on('tap', 'node', (event) => expand.current(event.target.id()));
    instance.on('zoom', () => showNames(instance));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    let current = true;
    const known = placed.current;
    // A firm new to the picture starts next to a partner already placed (the one it was expanded from).
    const anchorOf = (id: string) => {
      for (const e of graph.edges) {
        const other = e.supplierId === id ? e.customerId : e.customerId === id ? e.supplierId : null;
        const at = other ? known.get(other) : undefined;
        if (at) return at;
      }
      return undefined;
    };
    void layOut({
      nodes: graph.nodes.map((n) => {
        const at = known.get(n.id);
        const anchor = at ? undefined : anchorOf(n.id);
        return { id: n.id, size: nodeSize(n.linkCount), ...at, anchorX: anchor?.x, anchorY: anchor?.y };
      }),
      edges: graph.edges.map((e) => ({ source: e.supplierId, target: e.customerId })),
    }).then((positions) => {
      const instance = cy.current;
      if (!current || !instance) return;
      for (const [id, p] of Object.entries(positions)) known.set(id, p);
      const elements: ElementDefinition[] = [
        ...graph.nodes.map((n) => ({
          group: 'nodes' as const,
          data: {
            id: n.id,
            label: n.ceasedOn ? `${n.legalName} ${ceasedMark}` : n.legalName,
            colour: KIND_COLOURS[n.kind],
            size: nodeSize(n.linkCount),
          },
          position: positions[n.id] ?? { x: 0, y: 0 },
          classes: [
            n.hiddenLinkCount > 0 ? 'expandable' : '',
            n.singlePointOfFailure ? 'spof' : '',
            n.ceasedOn ? 'ceased' : '',
            n.id === centreId ? 'centre' : '',
          ].filter(Boolean),
        })),
        ...graph.edges.map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.supplierId, target: e.customerId },
          classes: [e.soleSource ? 'sole' : '', e.status === 'CONFIRMED' ? '' : 'pending'].filter(Boolean),
        })),
      ];
      instance.batch(() => {
        instance.elements().remove();
        instance.add(elements);
      });
      instance.fit(undefined, 30);
      showNames(instance);
      setLaidOutFor(graph);
    });
    return () => {
      current = false;
    };
  }, [graph, centreId, ceasedMark]);

  const laidOut = laidOutFor === graph;
  return (
    <div
      ref={container}
      className="sc-graph"
      role="img"
      aria-label={label}
      aria-busy={!laidOut}
      data-laid-out={laidOut}
      data-node-count={laidOut ? graph.nodes.length : undefined}
    />
  );
}
