import type { MapGraph } from '../map/graph';
import { countInBuckets, topLevelOf, type TimeSeries } from './time-series';

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
  return countInBuckets(graph, times, topLevelOf({ graph }), stackIds, first, last, maxBuckets);
}
