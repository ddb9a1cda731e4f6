/// <reference lib="webworker" />
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutRequest, LayoutResult } from './graph-layout';

/**
 * ForceAtlas2 (graphology) off the main thread: the page keeps answering while a neighbourhood of a few
 * hundred firms is laid out. Nodes placed before (an expansion) start where they were, so the picture
 * grows instead of reshuffling.
 */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges } = event.data;
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  nodes.forEach((n, i) => {
    // Unplaced nodes start on a golden-angle spiral around their anchor: distinct, deterministic points.
    const angle = i * 2.399963;
    const radius = 10 * Math.sqrt(i + 1);
    graph.addNode(n.id, {
      x: n.x ?? (n.anchorX ?? 0) + radius * Math.cos(angle),
      y: n.y ?? (n.anchorY ?? 0) + radius * Math.sin(angle),
      size: n.size,
    });
  });
  for (const e of edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdge(e.source, e.target);
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    adjustSizes: true,
    // Spread further apart than the inferred defaults, so labels have room once a hub is expanded.
    scalingRatio: graph.order > 50 ? 12 : 5,
    gravity: 0.5,
    barnesHutOptimize: graph.order > 150,
  };
  const positions = forceAtlas2(graph, { iterations: graph.order > 150 ? 250 : 400, settings });
  const result: LayoutResult = { id, positions };
  self.postMessage(result);
};
