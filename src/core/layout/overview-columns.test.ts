import { describe, expect, it } from 'vitest';
import { caterpillarThread, chainThread, randomTree, starThread, syntheticDiscussion } from '../../../bench/synthetic';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { chooseColumns, OVERVIEW } from './overview';

/**
 * The column chooser as it was before its split search used a sparse table: every column that
 * cuts a subtree taller than a column scans its rows for the shallowest. Slow (O(n^1.5) on deep
 * threads) but plainly right, so the fast chooser must break columns exactly where it does.
 */
function scanningChooser(depth: Int32Array, aspect: number): number[] {
  const rows = depth.length;
  if (rows === 0) return [];
  const subtreeEnd = new Int32Array(rows).fill(rows);
  const open: number[] = [];
  for (let row = 0; row < rows; row++) {
    while (open.length > 0 && depth[open.at(-1)!]! >= depth[row]!) subtreeEnd[open.pop()!] = row;
    open.push(row);
  }
  const lastBoundary = new Int32Array(rows);
  for (let row = 0, boundary = 0; row < rows; row++) {
    if (depth[row]! <= 1) boundary = row;
    lastBoundary[row] = boundary;
  }
  const breakColumns = (perColumn: number) => {
    const starts = [0];
    for (let start = 0; start + perColumn < rows; start = starts.at(-1)!) {
      const limit = start + perColumn;
      const boundary = lastBoundary[limit]!;
      let next = limit;
      if (boundary > start && (boundary === limit || subtreeEnd[boundary]! - boundary <= perColumn)) next = boundary;
      else {
        const from = Math.max(boundary > start ? boundary + 1 : start + 1, start + Math.ceil(perColumn / 2));
        for (let row = limit; row >= from; row--) if (depth[row]! < depth[next]!) next = row;
      }
      starts.push(next);
    }
    return starts;
  };
  const pitchX = OVERVIEW.rowWidth + OVERVIEW.columnGap;
  const pitchY = OVERVIEW.cardHeight + OVERVIEW.gap;
  const ideal = Math.sqrt((aspect * rows * pitchY) / pitchX);
  let best: number[] = [0];
  let bestScore = -Infinity;
  const tried = new Set<number>();
  for (let columns = Math.max(1, Math.floor(ideal / 2)); columns <= Math.ceil(ideal * 2) + 1; columns++) {
    for (const slack of [1, 1.06, 1.12]) {
      const perColumn = Math.max(1, Math.ceil((rows / columns) * slack));
      if (tried.has(perColumn)) continue;
      tried.add(perColumn);
      const starts = breakColumns(perColumn);
      let tallest = 0;
      for (let c = 0; c < starts.length; c++) tallest = Math.max(tallest, (starts[c + 1] ?? rows) - starts[c]!);
      const score = Math.min(aspect / (starts.length * pitchX - OVERVIEW.columnGap), 1 / (tallest * pitchY - OVERVIEW.gap));
      if (score > bestScore) {
        bestScore = score;
        best = starts;
      }
    }
  }
  return best;
}

/** Reply depths of the rows under the post, as the overview lays them out. */
function rowDepths(nodes: ThreadNode[]): Int32Array {
  const graph = buildMap(nodes).graph;
  return Int32Array.from(graph.preorder.subarray(1), (at) => graph.depth[at]!);
}

const SHAPES: Record<string, (n: number) => ThreadNode[]> = {
  'a reply chain': (n) => chainThread(n - 1),
  'a star': (n) => starThread(n - 1),
  'a caterpillar': (n) => caterpillarThread(n, 3),
  'a random deep tree': (n) => randomTree(n, 4, n),
  'a random tree of middle depth': (n) => randomTree(n, 40, n),
  'a random shallow tree': (n) => randomTree(n, n, n),
  'a discussion': (n) => syntheticDiscussion({ nodes: n, seed: n }),
};

describe.each(Object.entries(SHAPES))('the overview columns of %s', (_shape, make) => {
  it('break where a row-by-row scan breaks them, for every size and window shape', () => {
    for (const n of [2, 3, 7, 40, 333, 3000]) {
      const depth = rowDepths(make(n));
      for (const aspect of [0.25, 1, 1400 / 900, 5, 20]) expect(chooseColumns(depth, aspect), `n=${n}, aspect ${aspect}`).toEqual(scanningChooser(depth, aspect));
    }
  });
});
