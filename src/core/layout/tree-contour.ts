/**
 * Tidy rows of sibling subtrees (Reingold–Tilford): each subtree is described by its contour,
 * the leftmost and rightmost extent of its cards on every level below its top, so a sibling
 * slides in as close as its own contour allows. A long row of siblings wraps into several rows,
 * stacked level bands under the parent. Levels are a grid: every card has the same size.
 */

/** Extents per level of one subtree, relative to its frame (u = 0 is its first reply's frame). */
export interface Contour {
  left: number[];
  right: number[];
  minLeft: number;
  maxRight: number;
}

/** Where the packing put each sibling, relative to the parent's frame. */
export interface RowPlacement {
  offU: Float64Array;
  /** Level of each sibling's top card below the parent (1 for the first row). */
  level: Int32Array;
  breaks: Uint8Array;
}

export interface PackedRows extends Contour {
  /** Number of the siblings in the first row. */
  firstRowEnd: number;
  /** Levels the rows span (their contour arrays are left empty for a trial packing). */
  levels: number;
}

const SLACK = 0.5;

/** A single card's contour, with its card `offset` from the frame. */
export function cardContour(offset: number, cardU: number): Contour {
  return { left: [offset], right: [offset + cardU], minLeft: offset, maxRight: offset + cardU };
}

/**
 * Packs siblings into rows no wider than `limit`, each sibling as far left as the contours of
 * the siblings before it in its row allow. Returns the contour of the packed rows, level 0 being
 * the first row. Cost: the sum of the siblings' heights.
 */
export function packContourRows(
  kids: readonly number[],
  contours: ReadonlyArray<Contour | undefined>,
  limit: number,
  gapU: number,
  out: RowPlacement | null,
): PackedRows {
  // Trial packings (out === null) only need the block's size: they build no contour.
  const left: number[] = [];
  const right: number[] = [];
  const shifts = out ? new Float64Array(kids.length) : null;
  let minLeft = Infinity;
  let maxRight = -Infinity;
  let firstRowEnd = kids.length;
  let levels = 0;
  let firstRowMin = 0;

  let rowStart = 0;
  const rowLeft: number[] = [];
  const rowRight: number[] = [];
  let rowMin = Infinity;
  let rowMax = -Infinity;

  const finishRow = (end: number) => {
    // Later rows are their own level band: align their left edge with the first row's.
    const offset = rowStart === 0 ? 0 : firstRowMin - rowMin;
    if (rowStart === 0) firstRowMin = rowMin;
    if (out && shifts) {
      for (let i = rowStart; i < end; i++) {
        const kid = kids[i]!;
        out.offU[kid] = shifts[i]! + offset;
        out.level[kid] = 1 + levels;
        out.breaks[kid] = i === rowStart && i > 0 ? 1 : 0;
      }
      for (let l = 0; l < rowLeft.length; l++) {
        left.push(rowLeft[l]! + offset);
        right.push(rowRight[l]! + offset);
      }
    }
    minLeft = Math.min(minLeft, rowMin + offset);
    maxRight = Math.max(maxRight, rowMax + offset);
    levels += rowLeft.length;
    rowLeft.length = 0;
    rowRight.length = 0;
    rowMin = Infinity;
    rowMax = -Infinity;
    rowStart = end;
  };

  for (let i = 0; i < kids.length; i++) {
    const contour = contours[kids[i]!]!;
    let shift = 0;
    if (i > rowStart) {
      shift = -Infinity;
      const common = Math.min(contour.left.length, rowRight.length);
      for (let l = 0; l < common; l++) shift = Math.max(shift, rowRight[l]! - contour.left[l]! + gapU);
      const width = Math.max(rowMax, shift + contour.maxRight) - Math.min(rowMin, shift + contour.minLeft);
      if (width > limit + SLACK) {
        if (firstRowEnd === kids.length) firstRowEnd = i;
        finishRow(i);
        shift = 0;
      }
    }
    if (shifts) shifts[i] = shift;
    for (let l = 0; l < contour.left.length; l++) {
      if (l < rowRight.length) rowRight[l] = shift + contour.right[l]!;
      else {
        rowRight.push(shift + contour.right[l]!);
        rowLeft.push(shift + contour.left[l]!);
      }
    }
    rowMin = Math.min(rowMin, shift + contour.minLeft);
    rowMax = Math.max(rowMax, shift + contour.maxRight);
  }
  finishRow(kids.length);
  return { left, right, minLeft, maxRight, firstRowEnd, levels };
}

/** Row shapes (width / height of the replies' block) tried when a node's replies may wrap. */
const ROW_SHAPES = [0.35, 0.5, 0.7, 1, 1.4, 2, 3];
/** Wrapping must save this share of area to beat a single row, which reads best. */
const WRAP_PENALTY = 1.1;
/** Fewer replies than this stay in one row: wrapping them hides edges behind the first row. */
const MIN_WRAP = 4;

/** Largest block a subtree should grow to across (u) and along (v) before it must wrap more. */
export interface BlockCap {
  across: number;
  along: number;
}

/**
 * Packs a node's replies: one tidy row unless one of a few row widths gives a clearly smaller
 * block, or the row would outgrow `cap` (a share of the whole map) and become a strip.
 */
export function chooseContourRows(
  kids: readonly number[],
  contours: ReadonlyArray<Contour | undefined>,
  gapU: number,
  levelPitch: number,
  cap: BlockCap,
  out: RowPlacement,
): PackedRows {
  let best = Infinity;
  if (kids.length >= MIN_WRAP) {
    const single = packContourRows(kids, contours, Infinity, gapU, null);
    const oneRow = single.maxRight - single.minLeft;
    let area = 0;
    let widest = 0;
    for (const kid of kids) {
      const contour = contours[kid]!;
      area += (contour.maxRight - contour.minLeft + gapU) * contour.left.length * levelPitch;
      widest = Math.max(widest, contour.maxRight - contour.minLeft);
    }
    // Blocks within the cap compete on area; past it, on how far past it they are.
    const score = (packed: PackedRows, wrapped: boolean): [number, number] => {
      const across = packed.maxRight - packed.minLeft + gapU;
      const along = packed.levels * levelPitch;
      const overflow = Math.max(1, across / cap.across, along / cap.along);
      return [overflow, across * along * (wrapped ? WRAP_PENALTY : 1)];
    };
    let bestScore = score(single, false);
    const limits = ROW_SHAPES.map((shape) => Math.sqrt(area * shape));
    limits.push(cap.across);
    for (const candidate of limits) {
      const limit = Math.max(widest, candidate);
      if (limit >= oneRow) continue;
      const tried = score(packContourRows(kids, contours, limit, gapU, null), true);
      if (tried[0] < bestScore[0] || (tried[0] === bestScore[0] && tried[1] < bestScore[1])) {
        bestScore = tried;
        best = limit;
      }
    }
  }
  return packContourRows(kids, contours, best, gapU, out);
}
