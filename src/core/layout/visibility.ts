import type { MapGraph } from '../map/graph';
import type { Layout, LayoutMode } from './types';

/** Which nodes are shown once the collapsed nodes' replies are hidden. */
export interface Visibility {
  /** 1 for a node under a collapsed ancestor (or unreachable from a root). */
  hidden: Uint8Array;
  /** 1 for a shown node whose replies are hidden. */
  closed: Uint8Array;
  /** Shown nodes in pre-order. */
  visible: Int32Array;
}

/** Marks the descendants of collapsed nodes as hidden, in one pass over the pre-order. */
export function computeVisibility(graph: MapGraph, collapsed?: ReadonlySet<number>): Visibility {
  const count = graph.nodes.length;
  const closed = new Uint8Array(count);
  if (collapsed) for (const at of collapsed) if (at >= 0 && at < count) closed[at] = 1;
  // Anything the pre-order never reaches stays hidden rather than landing at an invented spot.
  const hidden = new Uint8Array(count).fill(1);
  const shown: number[] = [];
  for (const at of graph.preorder) {
    const parent = graph.parent[at]!;
    const isHidden = parent >= 0 && (hidden[parent] === 1 || closed[parent] === 1);
    hidden[at] = isHidden ? 1 : 0;
    if (!isHidden) shown.push(at);
  }
  for (let at = 0; at < count; at++) if (hidden[at] === 1) closed[at] = 0;
  return { hidden, closed, visible: Int32Array.from(shown) };
}

/** Empty layout arrays: every card NaN until a mode places it. */
export function createLayoutArrays(count: number) {
  return {
    x: new Float64Array(count).fill(Number.NaN),
    y: new Float64Array(count).fill(Number.NaN),
    width: new Float64Array(count).fill(Number.NaN),
    height: new Float64Array(count).fill(Number.NaN),
  };
}

/** Wraps placed arrays into a Layout, measuring the bounding box of the shown cards. */
export function finishLayout(
  mode: LayoutMode,
  arrays: ReturnType<typeof createLayoutArrays>,
  visible: Int32Array,
  edgeStyle: Layout['edgeStyle'],
): Layout {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const at of visible) {
    const x = arrays.x[at]!;
    const y = arrays.y[at]!;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x + arrays.width[at]! > maxX) maxX = x + arrays.width[at]!;
    if (y + arrays.height[at]! > maxY) maxY = y + arrays.height[at]!;
  }
  const bounds = visible.length === 0 ? { x: 0, y: 0, width: 0, height: 0 } : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { mode, ...arrays, visible, bounds, edgeStyle };
}
