import type { MapGraph } from '../map/graph';
import { chooseRows, chooseMasonry } from './tree-choose';
import { packRows, packSkyline, type PackInput, type PackOutput, type PackResult } from './tree-pack';
import { DEFAULT_ASPECT, type Layout, type LayoutMode, type LayoutOptions } from './types';
import { computeVisibility, createLayoutArrays, finishLayout, type Visibility } from './visibility';

/** Card size and gaps in abstract axes: `u` across siblings, `v` from a parent to its replies. */
export interface TreeGeometry {
  cardU: number;
  cardV: number;
  gapU: number;
  gapV: number;
}

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
 * the top-level subtrees packed in thread order to the window's shape with the post above them.
 */
export function layoutTreeDown(graph: MapGraph, options: LayoutOptions): Layout {
  return layoutTree(graph, options, TREE_DOWN);
}

/** The tidy tree from the left: every reply to the right of the comment it answers. */
export function layoutTreeRight(graph: MapGraph, options: LayoutOptions): Layout {
  return layoutTree(graph, options, TREE_RIGHT);
}

/** Subtree boxes and where each node sits in its parent's box, in abstract axes. */
interface TreeBoxes {
  boxU: Float64Array;
  boxV: Float64Array;
  /** Offset of a node's own card along u inside its box (its card is at the top). */
  cardOffset: Float64Array;
  offU: Float64Array;
  offV: Float64Array;
  breaks: Uint8Array;
}

/** Decisions taken on the whole tree: where rows break and where each card sits in its box. */
interface TreePlan {
  breaks: Uint8Array;
  cardOffset: Float64Array;
}

// Plans per graph object (graphs are immutable). Collapsing reuses the plan instead of repacking,
// so no card before the collapsed node in reading order moves, nor the node itself: only what
// follows it closes up. The price: a parent may sit off the centre of a row that got shorter.
const planCache = new WeakMap<MapGraph, Map<string, TreePlan>>();

function layoutTree(graph: MapGraph, options: LayoutOptions, orientation: Orientation): Layout {
  const aspect = options.aspect !== undefined && options.aspect > 0 && Number.isFinite(options.aspect) ? options.aspect : DEFAULT_ASPECT;
  const visibility = computeVisibility(graph, options.collapsed);
  const anyClosed = visibility.closed.some((flag, at) => flag === 1 && graph.children[at]!.length > 0);
  const key = `${orientation.mode}:${aspect}`;
  let plan: TreePlan | null = null;
  if (anyClosed && !options.reflow) {
    plan = planCache.get(graph)?.get(key) ?? null;
    if (!plan) {
      plan = measureTree(graph, computeVisibility(graph), orientation, aspect, null);
      rememberPlan(graph, key, plan);
    }
  }
  const boxes = measureTree(graph, visibility, orientation, aspect, plan);
  if (!anyClosed) rememberPlan(graph, key, boxes);
  return placeTree(graph, visibility, orientation, boxes);
}

function rememberPlan(graph: MapGraph, key: string, plan: TreePlan) {
  let plans = planCache.get(graph);
  if (!plans) planCache.set(graph, (plans = new Map()));
  plans.set(key, { breaks: plan.breaks, cardOffset: plan.cardOffset });
}

/** Bottom-up pass: sizes every shown subtree's box, deciding row breaks unless a plan is given. */
function measureTree(graph: MapGraph, visibility: Visibility, orientation: Orientation, aspect: number, plan: TreePlan | null): TreeBoxes {
  const count = graph.nodes.length;
  const { cardU, cardV, gapU, gapV } = orientation.geometry;
  const boxU = new Float64Array(count);
  const boxV = new Float64Array(count);
  const out: PackOutput = { offU: new Float64Array(count), offV: new Float64Array(count), breaks: new Uint8Array(count) };
  const cardOffset = new Float64Array(count);
  // The packers think in u and v; the window's shape must be turned the same way.
  const shape = orientation.acrossIsX ? aspect : 1 / aspect;
  const { hidden, closed } = visibility;
  const order = graph.preorder;
  for (let i = order.length - 1; i >= 0; i--) {
    const at = order[i]!;
    if (hidden[at] === 1) continue;
    const kids = closed[at] === 1 ? [] : graph.children[at]!;
    if (kids.length === 0) {
      cardOffset[at] = plan ? plan.cardOffset[at]! : 0;
      boxU[at] = cardOffset[at]! + cardU;
      boxV[at] = cardV;
      continue;
    }
    const input: PackInput = { kids, boxU, boxV, gapU, gapV, top: cardV + gapV };
    const isRoot = graph.parent[at]! < 0;
    let packed: PackResult;
    if (plan) {
      packed = (isRoot ? packSkyline : packRows)(input, { forced: plan.breaks }, out);
      cardOffset[at] = plan.cardOffset[at]!;
    } else {
      packed = isRoot ? chooseMasonry(input, out, shape) : chooseRows(input, out, cardU);
      // Centred over the first row of replies, as a tidy tree centres a parent over its children.
      const first = kids[0]!;
      const last = kids[packed.firstRowEnd - 1]!;
      cardOffset[at] = (out.offU[first]! + cardOffset[first]! + out.offU[last]! + cardOffset[last]!) / 2;
    }
    boxU[at] = Math.max(packed.width, cardOffset[at]! + cardU);
    boxV[at] = packed.height;
  }
  if (graph.roots.length > 1) {
    // Several roots (a forest): pack their trees like top-level subtrees, with no card above.
    const input: PackInput = { kids: graph.roots, boxU, boxV, gapU, gapV, top: 0 };
    if (plan) packSkyline(input, { forced: plan.breaks }, out);
    else chooseMasonry(input, out, shape);
  }
  return { boxU, boxV, cardOffset, offU: out.offU, offV: out.offV, breaks: out.breaks };
}

/** Top-down pass: absolute box corners, then each card at the top of its box. */
function placeTree(graph: MapGraph, visibility: Visibility, orientation: Orientation, boxes: TreeBoxes): Layout {
  const count = graph.nodes.length;
  const arrays = createLayoutArrays(count);
  const originU = new Float64Array(count);
  const originV = new Float64Array(count);
  const { cardU, cardV } = orientation.geometry;
  const [across, along, acrossSize, alongSize] = orientation.acrossIsX
    ? [arrays.x, arrays.y, arrays.width, arrays.height]
    : [arrays.y, arrays.x, arrays.height, arrays.width];
  for (const at of visibility.visible) {
    const parent = graph.parent[at]!;
    originU[at] = (parent >= 0 ? originU[parent]! : 0) + boxes.offU[at]!;
    originV[at] = (parent >= 0 ? originV[parent]! : 0) + boxes.offV[at]!;
    across[at] = originU[at]! + boxes.cardOffset[at]!;
    along[at] = originV[at]!;
    acrossSize[at] = cardU;
    alongSize[at] = cardV;
  }
  return finishLayout(orientation.mode, arrays, visibility.visible, orientation.edgeStyle);
}
