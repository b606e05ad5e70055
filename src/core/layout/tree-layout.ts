import type { MapGraph } from '../map/graph';
import { measureFree, measureWithPlan, type TreeFrames, type TreeGeometry } from './tree-measure';
import { resolveAspect, type Layout, type LayoutMode, type LayoutOptions } from './types';
import { computeVisibility, createLayoutArrays, finishLayout, type Visibility } from './visibility';

export type { TreeGeometry } from './tree-measure';

interface Orientation {
  mode: Extract<LayoutMode, 'tree-down' | 'tree-right'>;
  geometry: TreeGeometry;
  edgeStyle: Layout['edgeStyle'];
  /** True when siblings run along x (tree-down), false when they run along y (tree-right). */
  acrossIsX: boolean;
}

/** 280×120 cards; siblings 32 px apart, 56 px between levels for the reply edges. */
export const TREE_DOWN: Orientation = {
  mode: 'tree-down',
  geometry: { cardU: 280, cardV: 120, gapU: 32, gapV: 56 },
  edgeStyle: 'down',
  acrossIsX: true,
};

/** The same cards left to right: siblings 24 px apart vertically, 64 px between levels. */
export const TREE_RIGHT: Orientation = {
  mode: 'tree-right',
  geometry: { cardU: 120, cardV: 280, gapU: 24, gapV: 64 },
  edgeStyle: 'right',
  acrossIsX: false,
};

/**
 * Tidy tree from the top: each node over its replies, long reply lists wrapped into rows, and
 * the top-level subtrees packed as masonry to the window's shape with the post above them.
 */
export function layoutTreeDown(graph: MapGraph, options: LayoutOptions): Layout {
  return layoutTree(graph, options, TREE_DOWN);
}

/** The tidy tree from the left: every reply to the right of the comment it answers. */
export function layoutTreeRight(graph: MapGraph, options: LayoutOptions): Layout {
  return layoutTree(graph, options, TREE_RIGHT);
}

// Plans (the layout of the whole tree) per graph object; graphs are immutable. Collapsing lays
// out with the plan instead of repacking: cards keep their places inside their top-level subtree
// and only the top-level subtrees after a shortened one are packed again, so nothing before a
// collapsed node in reading order moves, nor the node itself. `reflow` repacks everything.
const planCache = new WeakMap<MapGraph, Map<string, TreeFrames>>();

function layoutTree(graph: MapGraph, options: LayoutOptions, orientation: Orientation): Layout {
  const aspect = resolveAspect(options);
  // The packers think in u (across) and v (along); the window's shape turns with them.
  const shape = orientation.acrossIsX ? aspect : 1 / aspect;
  const visibility = computeVisibility(graph, options.collapsed);
  const anyClosed = visibility.closed.some((flag, at) => flag === 1 && graph.children[at]!.length > 0);
  const key = `${orientation.mode}:${aspect}`;
  let frames: TreeFrames;
  if (anyClosed && !options.reflow) {
    let plan = planCache.get(graph)?.get(key);
    if (!plan) {
      plan = measureFree(graph, computeVisibility(graph), orientation.geometry, shape);
      rememberPlan(graph, key, plan);
    }
    frames = measureWithPlan(graph, visibility, orientation.geometry, plan);
  } else {
    frames = measureFree(graph, visibility, orientation.geometry, shape);
    if (!anyClosed) rememberPlan(graph, key, frames);
  }
  return placeTree(graph, visibility, orientation, frames);
}

function rememberPlan(graph: MapGraph, key: string, plan: TreeFrames) {
  let plans = planCache.get(graph);
  if (!plans) planCache.set(graph, (plans = new Map()));
  plans.set(key, plan);
}

/** Top-down pass: absolute frame origins, then each card at its offset in its frame. */
function placeTree(graph: MapGraph, visibility: Visibility, orientation: Orientation, frames: TreeFrames): Layout {
  const count = graph.nodes.length;
  const arrays = createLayoutArrays(count);
  const originU = new Float64Array(count);
  const originV = new Float64Array(count);
  const { cardU, cardV } = orientation.geometry;
  const [across, along, acrossSize, alongSize] = orientation.acrossIsX
    ? [arrays.x, arrays.y, arrays.width, arrays.height]
    : [arrays.y, arrays.x, arrays.height, arrays.width];
  const single = graph.roots.length === 1;
  for (const at of visibility.visible) {
    const parent = graph.parent[at]!;
    originU[at] = parent >= 0 ? originU[parent]! + frames.offU[at]! : single ? 0 : frames.offU[at]!;
    originV[at] = parent >= 0 ? originV[parent]! + frames.offV[at]! : single ? 0 : frames.offV[at]!;
    across[at] = originU[at]! + frames.cardOffset[at]!;
    along[at] = originV[at]!;
    acrossSize[at] = cardU;
    alongSize[at] = cardV;
  }
  return finishLayout(orientation.mode, arrays, visibility.visible, orientation.edgeStyle);
}
