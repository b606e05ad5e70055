/**
 * Packing of sibling subtrees inside their parent's box, in abstract axes: `u` runs across
 * siblings, `v` runs from a parent to its replies. Subtrees are boxes that keep thread order;
 * every packer is linear in the number of siblings (the skyline one in siblings times rows).
 */

/** Sizes of the sibling boxes to pack and the gaps between them. */
export interface PackInput {
  kids: readonly number[];
  boxU: Float64Array;
  boxV: Float64Array;
  gapU: number;
  gapV: number;
  /** Offset along v of the first row (below the parent's own card). */
  top: number;
}

/** Where a packing put things: offsets are written only when the output arrays are given. */
export interface PackOutput {
  offU: Float64Array;
  offV: Float64Array;
  /** 1 where a sibling starts a new row. */
  breaks: Uint8Array;
}

export interface PackResult {
  width: number;
  height: number;
  /** Index in `kids` of the first sibling of the second row (kids.length when one row). */
  firstRowEnd: number;
}

/** How rows are broken: at a width limit when deciding, or where a saved plan says. */
export type RowRule = { limit: number } | { forced: Uint8Array };

const SLACK = 0.5;

function startsRow(rule: RowRule, kid: number, index: number, cursor: number, size: number): boolean {
  if (index === 0) return false;
  return 'forced' in rule ? rule.forced[kid] === 1 : cursor + size > rule.limit + SLACK;
}

/** Rows of siblings aligned on one level each, like a tidy tree whose long rows wrap. */
export function packRows(input: PackInput, rule: RowRule, out: PackOutput | null): PackResult {
  const { kids, boxU, boxV, gapU, gapV, top } = input;
  let cursor = 0;
  let rowTop = top;
  let rowHeight = 0;
  let width = 0;
  let firstRowEnd = kids.length;
  for (let index = 0; index < kids.length; index++) {
    const kid = kids[index]!;
    const size = boxU[kid]!;
    const wraps = startsRow(rule, kid, index, cursor, size);
    if (wraps) {
      if (firstRowEnd === kids.length) firstRowEnd = index;
      rowTop += rowHeight + gapV;
      cursor = 0;
      rowHeight = 0;
    }
    if (out) {
      out.offU[kid] = cursor;
      out.offV[kid] = rowTop;
      out.breaks[kid] = wraps ? 1 : 0;
    }
    cursor += size + gapU;
    if (boxV[kid]! > rowHeight) rowHeight = boxV[kid]!;
    if (cursor - gapU > width) width = cursor - gapU;
  }
  return { width, height: rowTop + rowHeight, firstRowEnd };
}

/**
 * Masonry: siblings go left to right in thread order and wrap at the row limit like rows, but
 * each one rises until it meets the subtrees above it, so a deep subtree does not leave a hole
 * under all of its shallow neighbours.
 */
export function packSkyline(input: PackInput, rule: RowRule, out: PackOutput | null): PackResult {
  const { kids, boxU, boxV, gapU, gapV, top } = input;
  // The skyline is a step function: segment s covers [prevX[s], prevX[s + 1]) at height prevY[s].
  let prevX: number[] = [0];
  let prevY: number[] = [top];
  let nextX: number[] = [];
  let nextY: number[] = [];
  let segment = 0;
  let cursor = 0;
  let width = 0;
  let height = top;
  let firstRowEnd = kids.length;

  const endRow = () => {
    nextX.push(cursor);
    nextY.push(prevY[segment]!);
    for (let s = segment + 1; s < prevX.length; s++) {
      nextX.push(prevX[s]!);
      nextY.push(prevY[s]!);
    }
    // Merging equal neighbours keeps the skyline as short as the rows are uneven.
    prevX = [];
    prevY = [];
    for (let s = 0; s < nextX.length; s++) {
      const last = prevY.length - 1;
      if (last >= 0 && prevY[last] === nextY[s]) continue;
      if (last >= 0 && prevX[last] === nextX[s]) {
        prevY[last] = nextY[s]!; // the earlier segment was empty
        continue;
      }
      prevX.push(nextX[s]!);
      prevY.push(nextY[s]!);
    }
    nextX = [];
    nextY = [];
    segment = 0;
    cursor = 0;
  };

  for (let index = 0; index < kids.length; index++) {
    const kid = kids[index]!;
    const size = boxU[kid]!;
    const wraps = startsRow(rule, kid, index, cursor, size);
    if (wraps) {
      if (firstRowEnd === kids.length) firstRowEnd = index;
      endRow();
    }
    const end = cursor + size + gapU;
    let at = prevY[segment]!;
    let s = segment;
    while (s + 1 < prevX.length && prevX[s + 1]! < end) {
      s++;
      if (prevY[s]! > at) at = prevY[s]!;
    }
    if (s + 1 < prevX.length && prevX[s + 1]! <= end) s++;
    nextX.push(cursor);
    nextY.push(at + boxV[kid]! + gapV);
    if (out) {
      out.offU[kid] = cursor;
      out.offV[kid] = at;
      out.breaks[kid] = wraps ? 1 : 0;
    }
    if (cursor + size > width) width = cursor + size;
    if (at + boxV[kid]! > height) height = at + boxV[kid]!;
    segment = s;
    cursor = end;
  }
  return { width, height, firstRowEnd };
}

/** Total box area (with gaps), widest box and one-row width of a set of siblings. */
export function measureSiblings(input: PackInput) {
  const { kids, boxU, boxV, gapU, gapV } = input;
  let area = 0;
  let widest = 0;
  let oneRow = -gapU;
  for (const kid of kids) {
    area += (boxU[kid]! + gapU) * (boxV[kid]! + gapV);
    if (boxU[kid]! > widest) widest = boxU[kid]!;
    oneRow += boxU[kid]! + gapU;
  }
  return { area, widest, oneRow };
}
