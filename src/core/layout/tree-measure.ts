import type { MapGraph } from '../map/graph';
import { cardContour, chooseContourRows, type BlockCap, type Contour, type RowPlacement } from './tree-contour';
import { chooseMasonry, packBottomLeft, type MasonryInput } from './tree-masonry';
import type { Visibility } from './visibility';

/** Card size and gaps in abstract axes: `u` across siblings, `v` from a parent to its replies. */
export interface TreeGeometry {
  cardU: number;
  cardV: number;
  gapU: number;
  gapV: number;
}

/**
 * Every shown node's frame relative to its parent's frame, and its card inside its own frame.
 * A subtree's cards lie on levels `levelPitch` apart; its extent across is [minLeft, maxRight].
 */
export interface TreeFrames {
  offU: Float64Array;
  offV: Float64Array;
  cardOffset: Float64Array;
  minLeft: Float64Array;
  maxRight: Float64Array;
  /** Number of levels a subtree spans, its own card included. */
  levels: Int32Array;
  /** 1 where a reply starts a new row among its siblings. */
  breaks: Uint8Array;
  /** Row width of the masonry under each root (NaN elsewhere). */
  limit: Float64Array;
  /** Row width of the masonry of the roots themselves, when there are several. */
  forestLimit: number;
}

function createFrames(count: number): TreeFrames {
  return {
    offU: new Float64Array(count),
    offV: new Float64Array(count),
    cardOffset: new Float64Array(count),
    minLeft: new Float64Array(count),
    maxRight: new Float64Array(count),
    levels: new Int32Array(count),
    breaks: new Uint8Array(count),
    limit: new Float64Array(count).fill(Number.NaN),
    forestLimit: Number.NaN,
  };
}

/**
 * Lays out the shown tree bottom-up, deciding everything: tidy rows for replies, wrapped when
 * that makes the block clearly smaller, and masonry for the top-level subtrees. Linear in the
 * number of nodes times the depth of the contours compared (the depth of the thread at most).
 */
export function measureFree(graph: MapGraph, visibility: Visibility, geometry: TreeGeometry, shape: number): TreeFrames {
  const { cardU, gapU, gapV } = geometry;
  const pitch = geometry.cardV + gapV;
  const frames = createFrames(graph.nodes.length);
  // Filled up front: assigning far indices of an empty array makes it a slow dictionary.
  const contours: Array<Contour | undefined> = new Array<Contour | undefined>(graph.nodes.length).fill(undefined);
  const placement: RowPlacement = { offU: frames.offU, level: new Int32Array(graph.nodes.length), breaks: frames.breaks };
  const cap = blockCap(visibility.visible.length, geometry, shape);
  const order = graph.preorder;
  for (let i = order.length - 1; i >= 0; i--) {
    const at = order[i]!;
    if (visibility.hidden[at] === 1) continue;
    const kids = visibility.closed[at] === 1 ? [] : graph.children[at]!;
    if (graph.parent[at]! < 0) {
      measureRoot(at, kids, frames, geometry, shape, null);
      continue;
    }
    let contour: Contour;
    if (kids.length === 0) {
      contour = cardContour(0, cardU);
    } else {
      const packed = chooseContourRows(kids, contours, gapU, pitch, cap, placement);
      const first = kids[0]!;
      const last = kids[packed.firstRowEnd - 1]!;
      // Centred over the first row of replies, as a tidy tree centres a parent over its children.
      const offset = (frames.offU[first]! + frames.cardOffset[first]! + frames.offU[last]! + frames.cardOffset[last]!) / 2;
      frames.cardOffset[at] = offset;
      packed.left.unshift(offset);
      packed.right.unshift(offset + cardU);
      contour = {
        left: packed.left,
        right: packed.right,
        minLeft: Math.min(offset, packed.minLeft),
        maxRight: Math.max(offset + cardU, packed.maxRight),
      };
      for (const kid of kids) {
        frames.offV[kid] = placement.level[kid]! * pitch;
        contours[kid] = undefined;
      }
    }
    contours[at] = contour;
    frames.minLeft[at] = contour.minLeft;
    frames.maxRight[at] = contour.maxRight;
    frames.levels[at] = contour.left.length;
  }
  if (graph.roots.length > 1) measureForest(graph.roots, frames, geometry, shape, null);
  return frames;
}

/** Share of the expected whole map one subtree may take on either side before it must wrap. */
const CAP_SHARE = 0.6;
/** Share of a tree map's area that cards cover, measured on real threads (about a third). */
const EXPECTED_DENSITY = 0.3;

/** The block cap for a map of `count` cards in a window of `shape` (across / along). */
function blockCap(count: number, geometry: TreeGeometry, shape: number): BlockCap {
  const area = (count * (geometry.cardU + geometry.gapU) * (geometry.cardV + geometry.gapV)) / EXPECTED_DENSITY;
  const across = Math.sqrt(area * shape);
  return { across: CAP_SHARE * across, along: (CAP_SHARE * across) / shape };
}

/**
 * Lays out the shown tree with a plan made on the whole tree: every card inside a top-level
 * subtree keeps its planned place (a collapsed subtree leaves its space empty, since closing rows
 * up could slide a deep card into a neighbour's), and the masonry packs again from the first
 * subtree that got shorter, so the subtrees after it close up.
 */
export function measureWithPlan(graph: MapGraph, visibility: Visibility, geometry: TreeGeometry, plan: TreeFrames): TreeFrames {
  const pitch = geometry.cardV + geometry.gapV;
  const frames = createFrames(graph.nodes.length);
  frames.offU.set(plan.offU);
  frames.offV.set(plan.offV);
  frames.cardOffset.set(plan.cardOffset);
  frames.minLeft.set(plan.minLeft);
  frames.maxRight.set(plan.maxRight);
  frames.breaks.set(plan.breaks);
  const order = graph.preorder;
  for (let i = order.length - 1; i >= 0; i--) {
    const at = order[i]!;
    if (visibility.hidden[at] === 1) continue;
    const kids = visibility.closed[at] === 1 ? [] : graph.children[at]!;
    if (graph.parent[at]! < 0) {
      measureRoot(at, kids, frames, geometry, 0, plan);
      continue;
    }
    // Levels still in use: the deepest shown card decides how tall the subtree's box is.
    let levels = 1;
    for (const kid of kids) levels = Math.max(levels, Math.round(plan.offV[kid]! / pitch) + frames.levels[kid]!);
    frames.levels[at] = levels;
  }
  if (graph.roots.length > 1) measureForest(graph.roots, frames, geometry, 0, plan);
  return frames;
}

/** Masonry input over subtree boxes; with a plan, boxes keep their planned width across. */
function masonryInput(kids: readonly number[], frames: TreeFrames, geometry: TreeGeometry, top: number, plan: TreeFrames | null): MasonryInput {
  const pitch = geometry.cardV + geometry.gapV;
  const boxU = new Float64Array(frames.offU.length);
  const boxV = new Float64Array(frames.offU.length);
  const extents = plan ?? frames;
  for (const kid of kids) {
    boxU[kid] = extents.maxRight[kid]! - extents.minLeft[kid]!;
    boxV[kid] = frames.levels[kid]! * pitch - geometry.gapV;
  }
  return { kids, boxU, boxV, gapU: geometry.gapU, gapV: geometry.gapV, top };
}

function placeMasonry(input: MasonryInput, limit: number, frames: TreeFrames, plan: TreeFrames | null) {
  const position = { x: frames.offU, y: frames.offV };
  const packed = packBottomLeft(input, limit, position);
  const extents = plan ?? frames;
  // The packer placed boxes; frames start where a box's left edge is minLeft to their right.
  for (const kid of input.kids) frames.offU[kid] = frames.offU[kid]! - extents.minLeft[kid]!;
  return packed;
}

/** A root: its card centred above the masonry of its top-level subtrees. */
function measureRoot(at: number, kids: readonly number[], frames: TreeFrames, geometry: TreeGeometry, shape: number, plan: TreeFrames | null) {
  const { cardU, cardV, gapV } = geometry;
  const pitch = cardV + gapV;
  if (kids.length === 0) {
    frames.levels[at] = 1;
    if (!plan) frames.maxRight[at] = cardU;
    return;
  }
  const input = masonryInput(kids, frames, geometry, pitch, plan);
  const limit = plan ? plan.limit[at]! : chooseMasonry(input, shape);
  const packed = placeMasonry(input, limit, frames, plan);
  frames.limit[at] = limit;
  frames.levels[at] = Math.round((packed.height + gapV) / pitch);
  if (!plan) {
    frames.cardOffset[at] = Math.max(0, (packed.width - cardU) / 2);
    frames.minLeft[at] = 0;
    frames.maxRight[at] = Math.max(packed.width, frames.cardOffset[at]! + cardU);
  }
}

/** Several roots: their trees packed like top-level subtrees, with no card above them. */
function measureForest(roots: readonly number[], frames: TreeFrames, geometry: TreeGeometry, shape: number, plan: TreeFrames | null) {
  const input = masonryInput(roots, frames, geometry, 0, plan);
  frames.forestLimit = plan ? plan.forestLimit : chooseMasonry(input, shape);
  placeMasonry(input, frames.forestLimit, frames, plan);
}
