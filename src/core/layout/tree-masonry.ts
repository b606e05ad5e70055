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
 * the holes beside earlier tall ones. Cost: siblings × skyline steps × steps spanned.
 */
export function packBottomLeft(input: MasonryInput, limit: number, out: { x: Float64Array; y: Float64Array } | null): MasonryResult {
  const { kids, boxU, boxV, gapU, gapV, top } = input;
  // Skyline over [0, limit): step s covers [xs[s], xs[s + 1]) at height ys[s].
  const xs: number[] = [0];
  const ys: number[] = [top];
  let width = 0;
  let height = top;
  for (const kid of kids) {
    const size = boxU[kid]! + gapU;
    let bestY = Infinity;
    let bestX = 0;
    for (let s = 0; s < xs.length; s++) {
      const x = xs[s]!;
      if (x > 0 && x + size - gapU > limit + SLACK) break;
      let y = ys[s]!;
      for (let t = s + 1; t < xs.length && xs[t]! < x + size; t++) if (ys[t]! > y) y = ys[t]!;
      if (y < bestY) {
        bestY = y;
        bestX = x;
      }
    }
    if (out) {
      out.x[kid] = bestX;
      out.y[kid] = bestY;
    }
    raiseSkyline(xs, ys, bestX, bestX + size, bestY + boxV[kid]! + gapV);
    if (bestX + boxU[kid]! > width) width = bestX + boxU[kid]!;
    if (bestY + boxV[kid]! > height) height = bestY + boxV[kid]!;
  }
  return { width, height };
}

/** Sets the skyline to `level` over [from, to), keeping it a list of distinct steps. */
function raiseSkyline(xs: number[], ys: number[], from: number, to: number, level: number) {
  let first = 0;
  while (first + 1 < xs.length && xs[first + 1]! <= from) first++;
  let last = first;
  while (last + 1 < xs.length && xs[last + 1]! < to) last++;
  const after = ys[last]!;
  const nextStart = last + 1 < xs.length ? xs[last + 1]! : Infinity;
  const removeFrom = xs[first]! < from ? first + 1 : first;
  const steps: Array<[number, number]> = [[from, level]];
  if (to < nextStart) steps.push([to, after]);
  xs.splice(removeFrom, last + 1 - removeFrom, ...steps.map(([x]) => x));
  ys.splice(removeFrom, last + 1 - removeFrom, ...steps.map(([, y]) => y));
  let kept = 0;
  for (let s = 0; s < xs.length; s++) {
    if (kept > 0 && ys[kept - 1] === ys[s]) continue;
    xs[kept] = xs[s]!;
    ys[kept] = ys[s]!;
    kept++;
  }
  xs.length = kept;
  ys.length = kept;
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
  let previous = -1;
  for (let factor = 0.6; factor <= 2.5; factor *= 1.05) {
    const limit = Math.min(oneRow, Math.max(widest, square * factor));
    if (limit === previous) continue;
    previous = limit;
    const score = fitScore(packBottomLeft(input, limit, null));
    if (score > bestScore) {
      bestScore = score;
      bestLimit = limit;
    }
  }
  return bestLimit;
}
