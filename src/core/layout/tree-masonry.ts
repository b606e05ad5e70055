/**
 * Masonry for the top-level subtrees: their bounding boxes packed bottom-left along a skyline, in
 * thread order, into rows of a chosen width. Order matters: a box is placed knowing only the boxes
 * before it, so collapsing a subtree moves only the subtrees after it.
 */

export interface MasonryInput {
  kids: readonly number[];
  boxU: Float64Array;
  boxV: Float64Array;
  gapU: number;
  gapV: number;
  /** Offset along v of the skyline's floor (below the parent's own card). */
  top: number;
}

export interface MasonryResult {
  width: number;
  height: number;
}

const SLACK = 0.5;

/**
 * Bottom-left skyline packing: each sibling, in thread order, goes to the lowest place along
 * the skyline where it fits within the row limit, leftmost on ties, so later small subtrees fill
 * the holes beside earlier tall ones. Cost: siblings × skyline steps.
 */
export function packBottomLeft(input: MasonryInput, limit: number, out: { x: Float64Array; y: Float64Array } | null): MasonryResult {
  const { kids, boxU, boxV, gapU, gapV, top } = input;
  // Skyline over [0, ∞): step s covers [xs[s], xs[s + 1]) at height ys[s]. Each box adds at
  // most two steps, so 2k + 1 slots always suffice.
  const capacity = 2 * kids.length + 2;
  const xs = new Float64Array(capacity);
  const ys = new Float64Array(capacity);
  const window = new Int32Array(capacity);
  let steps = 1;
  xs[0] = 0;
  ys[0] = top;
  let width = 0;
  let height = top;
  for (const kid of kids) {
    const size = boxU[kid]! + gapU;
    let bestY = Infinity;
    let bestX = 0;
    // Sliding-window maximum over the steps under [x, x + size) as x walks the step starts.
    let head = 0;
    let tail = 0;
    let end = 0;
    for (let s = 0; s < steps; s++) {
      const x = xs[s]!;
      if (x > 0 && x + size - gapU > limit + SLACK) break;
      while (end < steps && (end <= s || xs[end]! < x + size)) {
        while (tail > head && ys[window[tail - 1]!]! <= ys[end]!) tail--;
        window[tail++] = end++;
      }
      while (window[head]! < s) head++;
      const y = ys[window[head]!]!;
      if (y < bestY) {
        bestY = y;
        bestX = x;
      }
    }
    if (out) {
      out.x[kid] = bestX;
      out.y[kid] = bestY;
    }
    steps = raiseSkyline(xs, ys, steps, bestX, bestX + size, bestY + boxV[kid]! + gapV);
    if (bestX + boxU[kid]! > width) width = bestX + boxU[kid]!;
    if (bestY + boxV[kid]! > height) height = bestY + boxV[kid]!;
  }
  return { width, height };
}

/** Sets the skyline to `level` over [from, to); returns the new number of steps. */
function raiseSkyline(xs: Float64Array, ys: Float64Array, steps: number, from: number, to: number, level: number): number {
  let first = 0;
  while (first + 1 < steps && xs[first + 1]! <= from) first++;
  let last = first;
  while (last + 1 < steps && xs[last + 1]! < to) last++;
  const after = ys[last]!;
  const nextStart = last + 1 < steps ? xs[last + 1]! : Infinity;
  // Steps first..last are replaced by [from, level] (after the part of `first` left of `from`)
  // and, unless the next step starts exactly at `to`, by the rest of `last` from `to`.
  const keepFirst = xs[first]! < from ? 1 : 0;
  const inserted = 1 + (to < nextStart ? 1 : 0);
  const removed = last + 1 - first - keepFirst;
  const delta = inserted - removed;
  const at = first + keepFirst;
  if (delta !== 0) {
    xs.copyWithin(at + inserted, last + 1, steps);
    ys.copyWithin(at + inserted, last + 1, steps);
  }
  xs[at] = from;
  ys[at] = level;
  if (inserted === 2) {
    xs[at + 1] = to;
    ys[at + 1] = after;
  }
  steps += delta;
  // Neighbours at the same level merge, keeping the skyline as short as it can be.
  let kept = 0;
  for (let s = Math.max(0, at - 1); s < Math.min(steps, at + inserted + 1); s++) {
    if (s > 0 && ys[s - 1] === ys[s]) kept++;
  }
  if (kept === 0) return steps;
  let write = 0;
  for (let s = 0; s < steps; s++) {
    if (write > 0 && ys[write - 1] === ys[s]) continue;
    xs[write] = xs[s]!;
    ys[write] = ys[s]!;
    write++;
  }
  return write;
}

/**
 * Packs the boxes as masonry, trying row widths around the one that would give the window's shape
 * (`shape`: across / along) and keeping the one whose block fits the window at the largest zoom.
 */
export function chooseMasonry(input: MasonryInput, shape: number): number {
  const { kids, boxU, boxV, gapU, gapV } = input;
  let area = 0;
  let widest = 0;
  let oneRow = -gapU;
  for (const kid of kids) {
    area += (boxU[kid]! + gapU) * (boxV[kid]! + gapV);
    widest = Math.max(widest, boxU[kid]!);
    oneRow += boxU[kid]! + gapU;
  }
  // A block fits the window at a zoom proportional to this score: the smaller of its two ratios.
  const fitScore = (packed: MasonryResult) => Math.min(shape / packed.width, 1 / packed.height);
  const square = Math.sqrt(area * shape);
  let bestLimit = oneRow;
  let bestScore = -Infinity;
  const tried = new Set<number>();
  const tryLimit = (candidate: number) => {
    const limit = Math.min(oneRow, Math.max(widest, candidate));
    if (tried.has(limit)) return;
    tried.add(limit);
    const score = fitScore(packBottomLeft(input, limit, null));
    if (score > bestScore) {
      bestScore = score;
      bestLimit = limit;
    }
  };
  // Coarse steps over the plausible widths, then fine ones around the best.
  for (let factor = 0.6; factor <= 2.6; factor *= 1.15) tryLimit(square * factor);
  const coarse = bestLimit;
  for (let step = -3; step <= 3; step++) tryLimit(coarse * 1.04 ** step);
  return bestLimit;
}
