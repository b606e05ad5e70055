/**
 * Shelves for a comb: the subtree boxes of one node's replies (or of the roots of a forest),
 * in thread order, left to right in rows ("shelves") no wider than a limit, each shelf under
 * a bus line in the gap above it. Next-fit keeps the order and costs one pass per limit tried.
 */

/** Box sizes across (u) and along (v), indexed by node position. */
export interface ShelfBoxes {
  boxU: Float64Array;
  boxV: Float64Array;
}

export interface ShelfFrame {
  /** Where the first box of every shelf starts across (right of the trunk's lane). */
  lane: number;
  /** Where the first shelf starts along (below the comb's own card). */
  top: number;
  gapU: number;
  gapV: number;
}

/**
 * Packs `kids[from..to)` into shelves of at most `limit` across; returns the block's far corner
 * and, with `out`, each box's top-left corner relative to the comb.
 */
export function packShelves(
  kids: Int32Array,
  from: number,
  to: number,
  { boxU, boxV }: ShelfBoxes,
  frame: ShelfFrame,
  limit: number,
  out: { u: Float64Array; v: Float64Array } | null,
): { width: number; height: number } {
  const { lane, gapU, gapV } = frame;
  let cursor = lane;
  let shelfTop = frame.top;
  let shelfHeight = 0;
  let width = 0;
  for (let k = from; k < to; k++) {
    const kid = kids[k]!;
    if (cursor > lane && cursor + boxU[kid]! > lane + limit) {
      shelfTop += shelfHeight + gapV;
      cursor = lane;
      shelfHeight = 0;
    }
    if (out) {
      out.u[kid] = cursor;
      out.v[kid] = shelfTop;
    }
    cursor += boxU[kid]! + gapU;
    width = Math.max(width, cursor - gapU);
    shelfHeight = Math.max(shelfHeight, boxV[kid]!);
  }
  return { width, height: shelfTop + shelfHeight };
}

/**
 * The shelf limit whose block, with the comb's own card (`cardU` × `cardV`), fits a window of
 * `shape` (across / along) at the largest zoom: a fixed number of limits around the square one.
 */
export function chooseShelfLimit(kids: Int32Array, from: number, to: number, boxes: ShelfBoxes, frame: ShelfFrame, card: { u: number; v: number }, shape: number): number {
  let area = 0;
  let widest = 0;
  let oneRow = -frame.gapU;
  for (let k = from; k < to; k++) {
    const kid = kids[k]!;
    area += (boxes.boxU[kid]! + frame.gapU) * (boxes.boxV[kid]! + frame.gapV);
    widest = Math.max(widest, boxes.boxU[kid]!);
    oneRow += boxes.boxU[kid]! + frame.gapU;
  }
  // One box, or boxes that all fit on one shelf no wider than the widest: nothing to choose.
  if (oneRow <= widest) return oneRow;
  const square = Math.sqrt(area * shape);
  let best = oneRow;
  let bestScore = -Infinity;
  let previous = Number.NaN;
  const tryLimit = (candidate: number) => {
    const limit = Math.min(oneRow, Math.max(widest, candidate));
    if (limit === previous) return;
    previous = limit;
    const packed = packShelves(kids, from, to, boxes, frame, limit, null);
    const score = Math.min(shape / Math.max(card.u, packed.width), 1 / Math.max(card.v, packed.height));
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = limit;
    }
  };
  for (let factor = 0.5; factor <= 2.6; factor *= 1.1) tryLimit(square * factor);
  const coarse = best;
  for (let step = -3; step <= 3; step++) tryLimit(coarse * 1.03 ** step);
  return best;
}
