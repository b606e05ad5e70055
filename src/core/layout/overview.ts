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
  return { depth, subtreeEnd, lastBoundary };
}

/** Greedy column breaks for at most `perColumn` rows a column; linear in the number of rows. */
function breakColumns({ depth, subtreeEnd, lastBoundary }: RowStructure, perColumn: number): number[] {
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
      // Only a subtree taller than a column gets here: split it where the fewest levels are cut.
      next = limit;
      const from = Math.max(boundary > start ? boundary + 1 : start + 1, start + Math.ceil(perColumn / 2));
      for (let row = limit; row >= from; row--) if (depth[row]! < depth[next]!) next = row;
    }
    starts.push(next);
    start = next;
  }
  return starts;
}
