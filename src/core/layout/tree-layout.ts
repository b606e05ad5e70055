import type { MapGraph } from '../map/graph';
import { createRouteBuilder } from './routes';
import { chooseShelfLimit, packShelves, type ShelfBoxes, type ShelfFrame } from './tree-shelves';
import { layoutTidy } from './tree-tidy';
import { resolveAspect, type Layout, type LayoutMode, type LayoutOptions } from './types';
import { computeVisibility, createLayoutArrays, finishLayout, shownChildren, type ShownChildren, type Visibility } from './visibility';

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

/** 280×120 cards; siblings 32 px apart, 56 px between levels for the reply lines. */
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

/** A comb's trunk runs this far in from its card's near edge; its shelves start at LANE. */
const TRUNK = 20;
const LANE = 40;
/** A subtree gets a comb once its tidy width passes this share of the expected map width ... */
const CAP_SHARE = 1.0;
/** ... and never below this many cards: small threads read best as one tidy tree. */
const MIN_CAP_CARDS = 8;
/** Share of a tree map's area that cards cover, measured on real threads (about a third). */
const EXPECTED_DENSITY = 0.3;

/**
 * Tidy tree from the top: each node centred over its replies in one row, the replies hanging
 * from a bus line. Subtrees too wide for the window become combs: the node's card, a trunk
 * down its left side, and its replies' subtrees on shelves packed to the window's shape.
 */
export function layoutTreeDown(graph: MapGraph, options: LayoutOptions): Layout {
  return layoutTree(graph, options, TREE_DOWN);
}

/** The same tree from the left: every reply to the right of the comment it answers. */
export function layoutTreeRight(graph: MapGraph, options: LayoutOptions): Layout {
  return layoutTree(graph, options, TREE_RIGHT);
}

/** Decisions made on the whole tree and kept when subtrees are collapsed. */
interface TreePlan {
  relU: Float64Array;
  minLeft: Float64Array;
  /** 1 where a node's replies hang on a comb rather than in a tidy row. */
  comb: Uint8Array;
  /** Shelf limit of each comb, and of the roots of a forest. */
  limit: Float64Array;
  forestLimit: number;
  /** Planned width across of each subtree's box. */
  boxU: Float64Array;
}

// Plans per graph object (graphs are immutable). Collapsing lays out with the plan made on the
// whole tree: cards keep their places in their boxes and boxes their shelves, so only what comes
// after a shortened box in reading order moves up. `reflow` (and a filter) plans afresh.
const planCache = new WeakMap<MapGraph, Map<string, TreePlan>>();

function layoutTree(graph: MapGraph, options: LayoutOptions, orientation: Orientation): Layout {
  const aspect = resolveAspect(options);
  // The packing thinks in u (across) and v (along); the window's shape turns with them.
  const shape = orientation.acrossIsX ? aspect : 1 / aspect;
  const visibility = computeVisibility(graph, options.collapsed, options.keep);
  const kids = shownChildren(graph, visibility);
  const anyClosed = visibility.closed.some((flag, at) => flag === 1 && graph.children[at]!.length > 0);
  const key = `${orientation.mode}:${aspect}`;
  let plan: TreePlan | undefined;
  if (anyClosed && !options.reflow && !options.keep) {
    plan = planCache.get(graph)?.get(key);
    if (!plan) {
      const whole = computeVisibility(graph);
      plan = makePlan(graph, whole, shownChildren(graph, whole), orientation.geometry, shape);
      rememberPlan(graph, key, plan);
    }
  } else {
    plan = makePlan(graph, visibility, kids, orientation.geometry, shape);
    if (!anyClosed && !options.keep) rememberPlan(graph, key, plan);
  }
  return placeTree(graph, visibility, kids, orientation, plan);
}

function rememberPlan(graph: MapGraph, key: string, plan: TreePlan) {
  let plans = planCache.get(graph);
  if (!plans) planCache.set(graph, (plans = new Map()));
  plans.set(key, plan);
}

const combFrame = ({ cardV, gapU, gapV }: TreeGeometry): ShelfFrame => ({ lane: LANE, top: cardV + gapV, gapU, gapV });
const forestFrame = ({ gapU, gapV }: TreeGeometry): ShelfFrame => ({ lane: 0, top: 0, gapU, gapV });

/** Tidy offsets, comb choices and box widths for the shown tree: O(n) plus a fixed number of shelf packings per comb. */
function makePlan(graph: MapGraph, visibility: Visibility, kids: ShownChildren, geometry: TreeGeometry, shape: number): TreePlan {
  const { cardU, cardV, gapU, gapV } = geometry;
  const pitch = cardV + gapV;
  const count = graph.nodes.length;
  const order = visibility.visible;
  const tidy = layoutTidy(graph.parent, kids, order, cardU, cardU + gapU);
  const area = (order.length * (cardU + gapU) * pitch) / EXPECTED_DENSITY;
  const cap = Math.max(MIN_CAP_CARDS * (cardU + gapU), CAP_SHARE * Math.sqrt(area * shape));
  const comb = new Uint8Array(count);
  // Combs grow down from the roots: below a tidy subtree everything stays tidy.
  for (const at of order) {
    const parent = graph.parent[at]!;
    const eligible = parent < 0 || comb[parent] === 1;
    const wide = tidy.maxRight[at]! - tidy.minLeft[at]! > cap;
    if (eligible && wide && kids.start[at + 1]! > kids.start[at]!) comb[at] = 1;
  }
  const boxes: ShelfBoxes = { boxU: new Float64Array(count), boxV: new Float64Array(count) };
  const limit = new Float64Array(count).fill(Number.NaN);
  const frame = combFrame(geometry);
  for (let i = order.length - 1; i >= 0; i--) {
    const at = order[i]!;
    if (comb[at] === 1) {
      const from = kids.start[at]!;
      const to = kids.start[at + 1]!;
      limit[at] = chooseShelfLimit(kids.list, from, to, boxes, frame, { u: cardU, v: cardV }, shape);
      const packed = packShelves(kids.list, from, to, boxes, frame, limit[at]!, null);
      boxes.boxU[at] = Math.max(cardU, packed.width);
      boxes.boxV[at] = Math.max(cardV, packed.height);
    } else {
      boxes.boxU[at] = tidy.maxRight[at]! - tidy.minLeft[at]!;
      boxes.boxV[at] = tidy.levels[at]! * pitch - gapV;
    }
  }
  const roots = Int32Array.from(graph.roots.filter((root) => visibility.hidden[root] === 0));
  const forestLimit = roots.length > 1 ? chooseShelfLimit(roots, 0, roots.length, boxes, forestFrame(geometry), { u: 0, v: 0 }, shape) : Number.NaN;
  return { relU: tidy.relU, minLeft: tidy.minLeft, comb, limit, forestLimit, boxU: boxes.boxU };
}

/** Box heights for the shown nodes (bottom-up), then every card and reply line (top-down). */
function placeTree(graph: MapGraph, visibility: Visibility, kids: ShownChildren, orientation: Orientation, plan: TreePlan): Layout {
  const { cardU, cardV, gapV } = orientation.geometry;
  const pitch = cardV + gapV;
  const count = graph.nodes.length;
  const order = visibility.visible;
  const { comb } = plan;
  const boxes: ShelfBoxes = { boxU: plan.boxU, boxV: new Float64Array(count) };
  const levels = new Int32Array(count);
  const frame = combFrame(orientation.geometry);
  for (let i = order.length - 1; i >= 0; i--) {
    const at = order[i]!;
    const from = kids.start[at]!;
    const to = kids.start[at + 1]!;
    if (comb[at] === 1) {
      boxes.boxV[at] = to > from ? Math.max(cardV, packShelves(kids.list, from, to, boxes, frame, plan.limit[at]!, null).height) : cardV;
    } else {
      let deepest = 0;
      for (let k = from; k < to; k++) deepest = Math.max(deepest, levels[kids.list[k]!]!);
      levels[at] = deepest + 1;
      boxes.boxV[at] = levels[at]! * pitch - gapV;
    }
  }

  // Box corners (for roots and the replies on a comb), then card corners, across (u) and along (v).
  const boxAt = { u: new Float64Array(count), v: new Float64Array(count) };
  const cardAtU = new Float64Array(count);
  const cardAtV = new Float64Array(count);
  const roots = Int32Array.from(graph.roots.filter((root) => visibility.hidden[root] === 0));
  if (roots.length > 1) packShelves(roots, 0, roots.length, boxes, forestFrame(orientation.geometry), plan.forestLimit, boxAt);
  const arrays = createLayoutArrays(count);
  const [across, along, acrossSize, alongSize] = orientation.acrossIsX
    ? [arrays.x, arrays.y, arrays.width, arrays.height]
    : [arrays.y, arrays.x, arrays.height, arrays.width];
  const routes = createRouteBuilder(count);
  const point = orientation.acrossIsX ? (u: number, v: number) => routes.to(u, v) : (u: number, v: number) => routes.to(v, u);
  for (const at of order) {
    const parent = graph.parent[at]!;
    if (parent < 0 || comb[parent] === 1) {
      cardAtU[at] = comb[at] === 1 ? boxAt.u[at]! : boxAt.u[at]! - plan.minLeft[at]! - cardU / 2;
      cardAtV[at] = boxAt.v[at]!;
    } else {
      cardAtU[at] = cardAtU[parent]! + plan.relU[at]!;
      cardAtV[at] = cardAtV[parent]! + pitch;
    }
    if (comb[at] === 1) {
      const from = kids.start[at]!;
      const to = kids.start[at + 1]!;
      packShelves(kids.list, from, to, boxes, frame, plan.limit[at]!, boxAt);
      for (let k = from; k < to; k++) {
        const kid = kids.list[k]!;
        boxAt.u[kid]! += cardAtU[at]!;
        boxAt.v[kid]! += cardAtV[at]!;
      }
    }
    across[at] = cardAtU[at]!;
    along[at] = cardAtV[at]!;
    acrossSize[at] = cardU;
    alongSize[at] = cardV;
    if (parent >= 0) {
      // Down from the parent (its centre, or its comb's trunk), along the bus in the gap above
      // the card, and down into the card's near edge.
      const stem = comb[parent] === 1 ? cardAtU[parent]! + TRUNK : cardAtU[parent]! + cardU / 2;
      const bus = cardAtV[at]! - gapV / 2;
      const centre = cardAtU[at]! + cardU / 2;
      routes.begin(at);
      point(stem, cardAtV[parent]! + cardV);
      point(stem, bus);
      point(centre, bus);
      point(centre, cardAtV[at]!);
    }
  }
  return finishLayout(orientation.mode, arrays, order, orientation.edgeStyle, routes.finish());
}
