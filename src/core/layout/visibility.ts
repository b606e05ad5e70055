import type { MapGraph } from '../map/graph';
import type { Layout, LayoutMode } from './types';

/** Which nodes are shown once the collapsed nodes' replies (and what a filter drops) are hidden. */
export interface Visibility {
  /** 1 for a node under a collapsed ancestor, dropped by a filter, or unreachable from a root. */
  hidden: Uint8Array;
  /** 1 for a shown node whose replies are hidden by collapsing. */
  closed: Uint8Array;
  /** Shown nodes in pre-order. */
  visible: Int32Array;
}

/**
 * Marks the descendants of collapsed nodes as hidden, and, with `keep`, every node that is
 * neither kept nor an ancestor of a kept node (so each shown card still hangs from its true
 * parent); roots always stay. Two passes over the pre-order.
 */
export function computeVisibility(graph: MapGraph, collapsed?: ReadonlySet<number>, keep?: Uint8Array): Visibility {
  const count = graph.nodes.length;
  const closed = new Uint8Array(count);
  if (collapsed) for (const at of collapsed) if (at >= 0 && at < count) closed[at] = 1;
  let kept: Uint8Array | null = null;
  if (keep) {
    kept = new Uint8Array(count);
    for (let i = graph.preorder.length - 1; i >= 0; i--) {
      const at = graph.preorder[i]!;
      const parent = graph.parent[at]!;
      // The post stays even when nothing matches, so the map is never empty.
      if (keep[at] === 1 || parent < 0) kept[at] = 1;
      if (kept[at] === 1 && parent >= 0) kept[parent] = 1;
    }
  }
  // Anything the pre-order never reaches stays hidden rather than landing at an invented spot.
  const hidden = new Uint8Array(count).fill(1);
  const shown: number[] = [];
  for (const at of graph.preorder) {
    const parent = graph.parent[at]!;
    const isHidden = (parent >= 0 && (hidden[parent] === 1 || closed[parent] === 1)) || (kept !== null && kept[at] === 0);
    hidden[at] = isHidden ? 1 : 0;
    if (!isHidden) shown.push(at);
  }
  for (let at = 0; at < count; at++) if (hidden[at] === 1) closed[at] = 0;
  return { hidden, closed, visible: Int32Array.from(shown) };
}

/** The shown replies of every shown node, as one flat list: node `at`'s are list[start[at]..start[at + 1]). */
export interface ShownChildren {
  start: Int32Array;
  list: Int32Array;
}

/** Shown replies per node in thread order, in one pass over the graph's child lists. */
export function shownChildren(graph: MapGraph, visibility: Visibility): ShownChildren {
  const count = graph.nodes.length;
  const start = new Int32Array(count + 1);
  const list: number[] = [];
  for (let at = 0; at < count; at++) {
    start[at] = list.length;
    if (visibility.hidden[at] === 1 || visibility.closed[at] === 1) continue;
    for (const kid of graph.children[at]!) if (visibility.hidden[kid] === 0) list.push(kid);
  }
  start[count] = list.length;
  return { start, list: Int32Array.from(list) };
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

/** Wraps placed arrays and reply lines into a Layout, measuring the bounding box of the shown cards. */
export function finishLayout(
  mode: LayoutMode,
  arrays: ReturnType<typeof createLayoutArrays>,
  visible: Int32Array,
  edgeStyle: Layout['edgeStyle'],
  routes: Layout['routes'],
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
  return { mode, ...arrays, visible, bounds, edgeStyle, routes };
}
