import type { MapGraph } from '../map/graph';
import { chooseBucket, type TimeSeries } from './time-series';

/** A time series over the busy part of a thread, with what came after counted apart. */
export interface WindowedSeries extends TimeSeries {
  /** Comments written after the last bucket (the long tail), all sub-debates together. */
  later: number;
}

/**
 * Comments per bucket over the span that holds the first `share` of the timed comments, stacked
 * by the `stackIds` sub-debates: a thread whose last comments trickle in for days after a busy
 * first day would otherwise be one tall bar and a flat line. Null when no comment has a time.
 */
export function windowedTimeSeries(graph: MapGraph, stackIds: readonly string[], share = 0.98, maxBuckets = 48): WindowedSeries | null {
  const times = new Float64Array(graph.nodes.length).fill(Number.NaN);
  const sorted: number[] = [];
  graph.nodes.forEach((node, at) => {
    if (node.kind !== 'comment' || node.createdAt === null) return;
    const t = Date.parse(node.createdAt);
    if (Number.isNaN(t)) return;
    times[at] = t;
    sorted.push(t);
  });
  if (sorted.length === 0) return null;
  sorted.sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)]!;
  const [bucketMs, bucketLabel] = chooseBucket(last - first, maxBuckets);
  const origin = Math.floor(first / bucketMs) * bucketMs;
  const length = Math.floor((last - origin) / bucketMs) + 1;
  const counts = new Array<number>(length).fill(0);
  const other = new Array<number>(length).fill(0);
  const stacks = stackIds.map((id) => ({ id, counts: new Array<number>(length).fill(0) }));
  const stackOf = new Map<number, number>();
  stackIds.forEach((id, k) => {
    const at = graph.index.get(id);
    if (at !== undefined) stackOf.set(at, k);
  });
  // The top-level sub-debate of each node, read down the tree.
  const top = new Int32Array(graph.nodes.length).fill(-1);
  let later = 0;
  for (const node of graph.preorder) {
    const p = graph.parent[node]!;
    if (p >= 0) top[node] = graph.parent[p] === -1 ? node : top[p]!;
    const t = times[node]!;
    if (Number.isNaN(t)) continue;
    const bucket = Math.floor((t - origin) / bucketMs);
    if (bucket >= length) {
      later++;
      continue;
    }
    counts[bucket]!++;
    const stack = stackOf.get(top[node]!);
    if (stack === undefined) other[bucket]!++;
    else stacks[stack]!.counts[bucket]!++;
  }
  return { bucketMs, bucketLabel, start: new Date(origin).toISOString(), counts, stacks, other, later };
}
