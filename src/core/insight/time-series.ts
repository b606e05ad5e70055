import type { MapGraph } from '../map/graph';
import type { NodeFacts } from './node-facts';

/** Comments per time bucket, split by the biggest sub-debates. */
export interface TimeSeries {
  /** Width of a bucket in milliseconds, chosen from the thread's span. */
  bucketMs: number;
  /** A person's name for the bucket width ("15 minutes", "1 day"). */
  bucketLabel: string;
  /** Start of the first bucket (ISO 8601); bucket k starts `k × bucketMs` later. */
  start: string;
  /** Comments written in each bucket. */
  counts: number[];
  /** The same counts for each of the biggest top-level sub-debates, by the id of its top comment. */
  stacks: { id: string; counts: number[] }[];
  /** Comments in no listed stack (smaller sub-debates). */
  other: number[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BUCKETS: [number, string][] = [
  [MINUTE, '1 minute'],
  [5 * MINUTE, '5 minutes'],
  [15 * MINUTE, '15 minutes'],
  [30 * MINUTE, '30 minutes'],
  [HOUR, '1 hour'],
  [3 * HOUR, '3 hours'],
  [6 * HOUR, '6 hours'],
  [12 * HOUR, '12 hours'],
  [DAY, '1 day'],
  [7 * DAY, '1 week'],
  [30 * DAY, '30 days'],
  [365 * DAY, '365 days'],
];

/** The narrowest bucket width that covers `spanMs` in at most `maxBuckets` buckets. */
export function chooseBucket(spanMs: number, maxBuckets = 48): [number, string] {
  return BUCKETS.find(([width]) => Math.floor(spanMs / width) + 1 <= maxBuckets) ?? BUCKETS[BUCKETS.length - 1]!;
}

/**
 * The top-level sub-debate (as the position of its top comment) each node belongs to, -1 for a
 * root; one pass in pre-order.
 */
export function topLevelOf(facts: Pick<NodeFacts, 'graph'>): Int32Array {
  const { graph } = facts;
  const top = new Int32Array(graph.nodes.length).fill(-1);
  for (const node of graph.preorder) {
    const p = graph.parent[node]!;
    if (p < 0) continue;
    top[node] = graph.parent[p] === -1 ? node : top[p]!;
  }
  return top;
}

/**
 * Comments (kind "comment", any status: a deleted comment was still written then) per bucket,
 * with the `stackIds` sub-debates counted apart; null when no comment has a time.
 */
export function measureTimeSeries(facts: NodeFacts, top: Int32Array, stackIds: readonly string[]): TimeSeries | null {
  const { graph, time, isComment } = facts;
  const times = Float64Array.from(time, (t, node) => (isComment[node] ? t : Number.NaN));
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    if (Number.isNaN(t)) continue;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  if (!Number.isFinite(first)) return null;
  const { later: _later, ...series } = countInBuckets(graph, times, top, stackIds, first, last);
  return series;
}

/**
 * Counts the nodes that have a time (not NaN in `times`) per bucket from `first` to `last`, the
 * `stackIds` top-level sub-debates apart (`top`: each node's, as from `topLevelOf`); nodes past
 * the last bucket are counted as `later`.
 */
export function countInBuckets(graph: MapGraph, times: ArrayLike<number>, top: ArrayLike<number>, stackIds: readonly string[], first: number, last: number, maxBuckets = 48): TimeSeries & { later: number } {
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
  let later = 0;
  for (let node = 0; node < times.length; node++) {
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

/** What happened in the first hour after the post (or after the first comment when the post has no time). */
export interface FirstHour {
  from: string;
  /** Comments written in that hour, and their share of all timed comments. */
  comments: number;
  share: number;
  /** Distinct participants who wrote in it. */
  participants: number;
  /** Top-level sub-debates that began in it. */
  subDebatesStarted: number;
  /** The top-level sub-debate that grew most in it, and by how many comments; null if none. */
  busiest: { id: string; comments: number } | null;
}

/** Counts the comments, people and sub-debates of the first hour; null when nothing has a time. */
export function measureFirstHour(facts: NodeFacts, top: Int32Array): FirstHour | null {
  const { graph, time, isComment, author } = facts;
  let origin = Number.POSITIVE_INFINITY;
  for (const root of graph.roots) if (time[root]! < origin) origin = time[root]!;
  let timedComments = 0;
  if (!Number.isFinite(origin)) {
    for (let node = 0; node < graph.nodes.length; node++) if (isComment[node] && time[node]! < origin) origin = time[node]!;
  }
  if (!Number.isFinite(origin)) return null;
  const end = origin + HOUR;
  let comments = 0;
  let started = 0;
  const people = new Set<number>();
  const grew = new Map<number, number>();
  for (let node = 0; node < graph.nodes.length; node++) {
    const t = time[node]!;
    if (!isComment[node] || Number.isNaN(t)) continue;
    timedComments++;
    if (t < origin || t >= end) continue;
    comments++;
    if (author[node]! >= 0) people.add(author[node]!);
    if (top[node] === node) started++;
    if (top[node]! >= 0) grew.set(top[node]!, (grew.get(top[node]!) ?? 0) + 1);
  }
  let busiest: FirstHour['busiest'] = null;
  for (const [node, count] of grew) if (!busiest || count > busiest.comments) busiest = { id: graph.nodes[node]!.id, comments: count };
  return {
    from: new Date(origin).toISOString(),
    comments,
    share: timedComments > 0 ? comments / timedComments : 0,
    participants: people.size,
    subDebatesStarted: started,
    busiest,
  };
}
