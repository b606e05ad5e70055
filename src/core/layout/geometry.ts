import type { MapGraph } from '../map/graph';
import type { Layout, LayoutMode } from './types';

/** The drawn map as plain data: card boxes and reply lines in map coordinates. */
export interface MapGeometry {
  mode: LayoutMode;
  nodes: Array<{ id: string; x: number; y: number; width: number; height: number }>;
  /** One per shown reply, in reading order: the polyline from its parent's card to its own. */
  edges: Array<{ from: string; to: string; points: Array<[number, number]> }>;
}

/** Card boxes and reply-line polylines of a layout, by node id, in reading order. */
export function layoutGeometry(graph: MapGraph, layout: Layout): MapGeometry {
  const nodes: MapGeometry['nodes'] = [];
  const edges: MapGeometry['edges'] = [];
  const { start, end, points } = layout.routes;
  for (const at of layout.visible) {
    const id = graph.nodes[at]?.id ?? String(at);
    nodes.push({ id, x: layout.x[at]!, y: layout.y[at]!, width: layout.width[at]!, height: layout.height[at]! });
    const parent = graph.parent[at]!;
    if (parent < 0 || end[at] === start[at]) continue;
    const line: Array<[number, number]> = [];
    for (let p = start[at]!; p < end[at]!; p++) line.push([points[2 * p]!, points[2 * p + 1]!]);
    edges.push({ from: graph.nodes[parent]?.id ?? String(parent), to: id, points: line });
  }
  return { mode: layout.mode, nodes, edges };
}
