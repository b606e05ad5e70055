import dagre from '@dagrejs/dagre';
import type { MapGraph } from '../src/core/map/graph';
import { BASELINE_CARD } from './baselines';

/**
 * The auto-layout React Flow documents: dagre, top to bottom, 280×120 nodes with the same gaps as
 * our tree-down. Returns the size of the drawing so its fit zoom can be compared too.
 */
export function layoutWithDagre(graph: MapGraph): { width: number; height: number } {
  const { width, height, gapX, gapY } = BASELINE_CARD;
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: gapX, ranksep: gapY });
  g.setDefaultEdgeLabel(() => ({}));
  for (let at = 0; at < graph.nodes.length; at++) g.setNode(String(at), { width, height });
  for (let at = 0; at < graph.nodes.length; at++) {
    const parent = graph.parent[at]!;
    if (parent >= 0) g.setEdge(String(parent), String(at));
  }
  dagre.layout(g);
  const label = g.graph();
  return { width: label.width ?? 0, height: label.height ?? 0 };
}
