import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { FirmKind } from '../../gql/graphql';
import { KIND_COLOURS } from './kinds';

export interface GraphData {
  nodes: readonly { id: string; legalName: string; kind: FirmKind }[];
  edges: readonly { id: string; supplierId: string; customerId: string }[];
}

/**
 * The district graph drawn by Cytoscape.js on a canvas (fluid with ~350 nodes and ~2,000 edges). Loaded on
 * demand, so the library never weighs on the first page. The accessible list next to it carries the same links.
 */
export default function GraphCanvas({
  data,
  focusId,
  label,
  onOpen,
}: {
  data: GraphData;
  focusId: string | null;
  label: string;
  onOpen: (firmId: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [laidOut, setLaidOut] = useState(false);
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, label: n.legalName, colour: KIND_COLOURS[n.kind] } })),
        ...data.edges.map((e) => ({ data: { id: e.id, source: e.supplierId, target: e.customerId } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            width: 10,
            height: 10,
            'border-width': 0.5,
            'border-color': '#222',
          },
        },
        {
          selector: 'edge',
          style: { width: 0.6, 'line-color': '#9aa3ad', 'curve-style': 'haystack', opacity: 0.6 },
        },
        { selector: '.faded', style: { opacity: 0.08 } },
        {
          selector: 'node.focus',
          style: { label: 'data(label)', 'font-size': 8, width: 18, height: 18, 'border-width': 2 },
        },
        { selector: 'node.near', style: { label: 'data(label)', 'font-size': 6 } },
      ],
      // Placed on a grid at once; the force layout below starts from there.
      layout: { name: 'grid' },
      minZoom: 0.2,
      maxZoom: 4,
      textureOnViewport: true,
      hideEdgesOnViewport: data.edges.length > 1500,
    });
    instance.on('tap', 'node', (event) => open.current(event.target.id()));
    cy.current = instance;
    setLaidOut(false);
    // A force layout, computed a few steps per frame so the page stays responsive while it runs (all at
    // once it froze the page for seconds with the district's ~2,000 links); the nodes move once, when it
    // ends (no animation), and the person then pans and zooms freely.
    const layout = instance.layout({
      name: 'cose',
      animate: true,
      animationThreshold: Number.POSITIVE_INFINITY,
      refresh: 10,
      fit: false,
      randomize: false,
      nodeRepulsion: () => 8000,
      numIter: 600,
    });
    layout.one('layoutstop', () => setLaidOut(true));
    layout.run();
    return () => {
      layout.stop();
      instance.destroy();
      cy.current = null;
    };
  }, [data]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || !laidOut) return;
    instance.elements().removeClass('faded focus near');
    if (!focusId) {
      instance.fit(undefined, 20);
      return;
    }
    const node = instance.getElementById(focusId);
    if (node.empty()) return;
    const hood = node.closedNeighborhood();
    instance.elements().not(hood).addClass('faded');
    hood.nodes().addClass('near');
    node.addClass('focus');
    instance.fit(hood, 40);
  }, [focusId, data, laidOut]);

  return (
    <div
      ref={container}
      className="sc-graph"
      role="img"
      aria-label={label}
      aria-busy={!laidOut}
      data-laid-out={laidOut}
    />
  );
}
