import type { MapGraph } from '../map/graph';
import { indentFor, type IndentRule } from './indent';
import { resolveAspect, type Layout, type LayoutOptions } from './types';
import { routeRows } from './row-routes';
import { computeVisibility, createLayoutArrays, finishLayout } from './visibility';

/** Compact rows, small enough for a 2,500-comment thread to fit one screen. */
export const OVERVIEW = {
  rowWidth: 300,
  cardHeight: 40,
  gap: 4,
  columnGap: 32,
  indent: { step: 16, fullLevels: 8, max: 160 } satisfies IndentRule,
} as const;

/** Space between the post's banner and the columns, where lines to later columns pass. */
const BANNER_GAP = 24;

/**
 * The outline in compact rows, flowed into newspaper columns whose count makes the map the
 * window's shape. A column breaks between top-level subtrees; only a subtree taller than a column
 * is split, and then between the largest pieces that fit. The post of a single thread is a
 * banner across the top of all columns, so its replies' lines drop straight into their column.
 */
export function layoutOverview(graph: MapGraph, options: LayoutOptions): Layout {
  const { visible } = computeVisibility(graph, options.collapsed, options.keep);
  const arrays = createLayoutArrays(graph.nodes.length);
  const banner = graph.roots.length === 1 && visible.length > 1 ? visible[0]! : -1;
  const rows = banner >= 0 ? visible.subarray(1) : visible;
  const depth = Int32Array.from(rows, (at) => graph.depth[at]!);
  const starts = chooseColumns(depth, resolveAspect(options));
  const pitchX = OVERVIEW.rowWidth + OVERVIEW.columnGap;
  const pitchY = OVERVIEW.cardHeight + OVERVIEW.gap;
  const top = banner >= 0 ? OVERVIEW.cardHeight + BANNER_GAP : 0;
  for (let column = 0; column < starts.length; column++) {
    const end = starts[column + 1] ?? rows.length;
    for (let row = starts[column]!; row < end; row++) {
      const at = rows[row]!;
      const indent = indentFor(depth[row]!, OVERVIEW.indent);
      arrays.x[at] = column * pitchX + indent;
      arrays.y[at] = top + (row - starts[column]!) * pitchY;
      arrays.width[at] = OVERVIEW.rowWidth - indent;
      arrays.height[at] = OVERVIEW.cardHeight;
    }
  }
  if (banner >= 0) {
    arrays.x[banner] = 0;
    arrays.y[banner] = 0;
    arrays.width[banner] = Math.max(OVERVIEW.rowWidth, starts.length * pitchX - OVERVIEW.columnGap);
    arrays.height[banner] = OVERVIEW.cardHeight;
  }
  return finishLayout('overview', arrays, visible, 'rail', routeRows(graph, arrays, visible, { pitch: pitchX, gap: OVERVIEW.columnGap, top }));
}

/** First row of each column, for the column height whose bounding box best fits the window. */
export function chooseColumns(depth: Int32Array, aspect: number): number[] {
  const rows = depth.length;
  if (rows === 0) return [];
  const pitchX = OVERVIEW.rowWidth + OVERVIEW.columnGap;
  const pitchY = OVERVIEW.cardHeight + OVERVIEW.gap;
  const structure = describeRows(depth);
  const ideal = Math.sqrt((aspect * rows * pitchY) / pitchX);
  let best: number[] = [0];
  let bestScore = -Infinity;
  const tried = new Set<number>();
  for (let columns = Math.max(1, Math.floor(ideal / 2)); columns <= Math.ceil(ideal * 2) + 1; columns++) {
    for (const slack of [1, 1.06, 1.12]) {
      const perColumn = Math.max(1, Math.ceil((rows / columns) * slack));
      if (tried.has(perColumn)) continue;
      tried.add(perColumn);
      const starts = breakColumns(structure, perColumn);
      let tallest = 0;
      for (let c = 0; c < starts.length; c++) tallest = Math.max(tallest, (starts[c + 1] ?? rows) - starts[c]!);
      const width = starts.length * pitchX - OVERVIEW.columnGap;
      const height = tallest * pitchY - OVERVIEW.gap;
      const score = Math.min(aspect / width, 1 / height);
      if (score > bestScore) {
        bestScore = score;
        best = starts;
      }
    }
  }
  return best;
}

interface RowStructure {
  depth: Int32Array;
  /** Row after the last row of each row's subtree. */
  subtreeEnd: Int32Array;
  /** Latest row at or before each row that starts a top-level subtree (or is a root). */
  lastBoundary: Int32Array;
  /** The last of the shallowest rows in from..to (inclusive). */
  shallowest: (from: number, to: number) => number;
}

function describeRows(depth: Int32Array): RowStructure {
  const rows = depth.length;
  const subtreeEnd = new Int32Array(rows).fill(rows);
  const open: number[] = [];
  for (let row = 0; row < rows; row++) {
    while (open.length > 0 && depth[open[open.length - 1]!]! >= depth[row]!) subtreeEnd[open.pop()!] = row;
    open.push(row);
  }
  const lastBoundary = new Int32Array(rows);
  let boundary = 0;
  for (let row = 0; row < rows; row++) {
    if (depth[row]! <= 1) boundary = row;
    lastBoundary[row] = boundary;
  }
  return { depth, subtreeEnd, lastBoundary, shallowest: shallowestRows(depth) };
}

/**
 * The last of the shallowest rows in a range, in constant time. chooseColumns tries about √n
 * column heights, and a deep thread needs a split search in nearly every column of each; scanning
 * the rows for it cost O(n) a try and O(n^1.5) in all. A sparse table answers each search at once.
 * Its levels are built only as far as the longest range asked for, half a column at most, so a
 * thread without a subtree taller than a column builds none and a deep one about log √n.
 */
function shallowestRows(depth: Int32Array): (from: number, to: number) => number {
  // levels[k - 1][i]: the last of the shallowest rows in i..i + 2^k - 1; single rows need no table.
  const levels: Int32Array[] = [];
  const later = (a: number, b: number) => (depth[b]! <= depth[a]! ? b : a); // b is after a
  const at = (k: number, i: number) => (k === 0 ? i : levels[k - 1]![i]!);
  return (from, to) => {
    const k = 31 - Math.clz32(to - from + 1);
    while (levels.length < k) {
      const span = 1 << levels.length;
      const next = new Int32Array(depth.length - 2 * span + 1);
      const previous = levels.at(-1);
      if (previous) for (let i = 0; i < next.length; i++) next[i] = later(previous[i]!, previous[i + span]!);
      else for (let i = 0; i < next.length; i++) next[i] = later(i, i + 1);
      levels.push(next);
    }
    // Two overlapping spans cover the range; on a tie the later row wins.
    return later(at(k, from), at(k, to - (1 << k) + 1));
  };
}

/** Greedy column breaks for at most `perColumn` rows a column; constant time a column. */
function breakColumns({ depth, subtreeEnd, lastBoundary, shallowest }: RowStructure, perColumn: number): number[] {
  const rows = depth.length;
  const starts = [0];
  let start = 0;
  while (start + perColumn < rows) {
    const limit = start + perColumn; // the next column starts at or before this row
    const boundary = lastBoundary[limit]!;
    let next: number;
    if (boundary > start && (boundary === limit || subtreeEnd[boundary]! - boundary <= perColumn)) {
      next = boundary;
    } else {
      // Only a subtree taller than a column gets here: split it where the fewest levels are cut,
      // at the last such row, so the column stays as full as it can.
      const from = Math.max(boundary > start ? boundary + 1 : start + 1, start + Math.ceil(perColumn / 2));
      next = from <= limit ? shallowest(from, limit) : limit;
    }
    starts.push(next);
    start = next;
  }
  return starts;
}
