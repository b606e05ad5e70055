import { chainEndingAt, type BackAndForth } from './back-and-forth';
import { CON, PRO, QUESTION, type NodeFacts } from './node-facts';

/** A comment and all its replies, measured. */
export interface SubDebate {
  /** Id of its top comment. */
  id: string;
  /** "top-level" for a reply to the post; "branch" for a big branch nested inside one. */
  kind: 'top-level' | 'branch';
  /** The top comment and every node below it (`more` stubs and claims too): what layout and weights measure by. */
  size: number;
  /** Comments among them (kind "comment": not `more` stubs, not claims split out of a comment): the number a reader can check, and what "biggest" ranks by. */
  comments: number;
  /** Reply levels below the top comment: 0 for a comment nobody answered. */
  depth: number;
  /** Distinct authors of its `ok` comments (stubs, deleted, dead and removed excluded). */
  participants: number;
  /** Earliest and latest time in it (ISO 8601), null when the source has no times. */
  start: string | null;
  end: string | null;
  durationHours: number | null;
  /** Timed nodes per hour between start and end; null without two distinct times. */
  activity: number | null;
  /** The longest chain of two authors answering each other inside it, or null. */
  backAndForth: BackAndForth | null;
  tags: { pro: number; con: number; question: number };
  /** `question`-tagged nodes in it that nobody answered. */
  unansweredQuestions: number;
  /**
   * Σ size(con-tagged node) / Σ size(pro- or con-tagged node) over its nodes: the share of the
   * tagged argument that attacks, each tag weighted by the replies it drew. Null when nothing in
   * it is tagged pro or con.
   */
  contestedness: number | null;
}

/** Whole-subtree sums for every node, filled from the leaves up in one pass. */
interface SubtreeSums {
  height: Int32Array;
  minTime: Float64Array;
  maxTime: Float64Array;
  timed: Int32Array;
  tagCounts: Int32Array;
  unanswered: Int32Array;
  proWeight: Float64Array;
  conWeight: Float64Array;
  comments: Int32Array;
}

function subtreeSums(facts: NodeFacts): SubtreeSums {
  const { graph, time, tag, size } = facts;
  const count = graph.nodes.length;
  const sums: SubtreeSums = {
    height: new Int32Array(count),
    minTime: new Float64Array(count).fill(Number.POSITIVE_INFINITY),
    maxTime: new Float64Array(count).fill(Number.NEGATIVE_INFINITY),
    timed: new Int32Array(count),
    tagCounts: new Int32Array(count * 3),
    unanswered: new Int32Array(count),
    proWeight: new Float64Array(count),
    conWeight: new Float64Array(count),
    comments: new Int32Array(count),
  };
  for (let k = graph.preorder.length - 1; k >= 0; k--) {
    const node = graph.preorder[k]!;
    const t = time[node]!;
    if (!Number.isNaN(t)) {
      sums.timed[node]! += 1;
      if (t < sums.minTime[node]!) sums.minTime[node] = t;
      if (t > sums.maxTime[node]!) sums.maxTime[node] = t;
    }
    sums.comments[node]! += facts.isComment[node]!;
    const own = tag[node]!;
    if (own !== 0) sums.tagCounts[node * 3 + own - 1]! += 1;
    if (own === QUESTION && !hasReply(facts, node)) sums.unanswered[node]! += 1;
    if (own === PRO) sums.proWeight[node]! += size[node]!;
    if (own === CON) sums.conWeight[node]! += size[node]!;
    const p = graph.parent[node]!;
    if (p < 0) continue;
    if (sums.height[node]! + 1 > sums.height[p]!) sums.height[p] = sums.height[node]! + 1;
    if (sums.minTime[node]! < sums.minTime[p]!) sums.minTime[p] = sums.minTime[node]!;
    if (sums.maxTime[node]! > sums.maxTime[p]!) sums.maxTime[p] = sums.maxTime[node]!;
    sums.timed[p]! += sums.timed[node]!;
    for (let j = 0; j < 3; j++) sums.tagCounts[p * 3 + j]! += sums.tagCounts[node * 3 + j]!;
    sums.unanswered[p]! += sums.unanswered[node]!;
    sums.proWeight[p]! += sums.proWeight[node]!;
    sums.conWeight[p]! += sums.conWeight[node]!;
    sums.comments[p]! += sums.comments[node]!;
  }
  return sums;
}

/** A reply is any child except a claim, which is a part of the comment itself. */
export function hasReply(facts: NodeFacts, node: number): boolean {
  return facts.graph.children[node]!.some((child) => facts.graph.nodes[child]!.kind !== 'claim');
}

/** When a nested branch is big enough to be listed as a sub-debate of its own. */
export interface BranchRule {
  /** Least size of a listed nested branch; by default 20 nodes or 2 % of the thread, whichever is more. */
  minSize?: number;
}

/**
 * The thread’s sub-debates: every top-level comment (a child of a root) with its replies, most comments
 * first, then the big nested branches. A nested branch is listed when it holds at least `minSize`
 * nodes and at most half of the nearest sub-debate around it, so a long chain is not listed once
 * per link; that halving also keeps the work to O(n log n) in the worst case and O(n) for
 * the top level.
 */
export function measureSubDebates(facts: NodeFacts, chainLengths: Int32Array, rule: BranchRule = {}): { topLevel: SubDebate[]; branches: SubDebate[] } {
  const { graph, size } = facts;
  const sums = subtreeSums(facts);
  const minSize = rule.minSize ?? Math.max(20, Math.ceil(graph.nodes.length * 0.02));
  const topLevel: number[] = [];
  const branches: number[] = [];
  // The nearest listed sub-debate around each node, from the top down.
  const around = new Int32Array(graph.nodes.length).fill(-1);
  for (const node of graph.preorder) {
    const p = graph.parent[node]!;
    if (p < 0) continue;
    if (graph.parent[p] === -1) {
      topLevel.push(node);
      around[node] = node;
      continue;
    }
    const enclosing = around[p]!;
    if (size[node]! >= minSize && enclosing >= 0 && size[node]! * 2 <= size[enclosing]!) {
      branches.push(node);
      around[node] = node;
    } else around[node] = enclosing;
  }
  const seen = new Int32Array(facts.authors.length).fill(-1);
  const measure = (node: number, kind: SubDebate['kind'], stamp: number) => measureOne(facts, sums, chainLengths, seen, node, kind, stamp);
  const bySize = (a: SubDebate, b: SubDebate) => b.comments - a.comments || b.size - a.size;
  return {
    topLevel: topLevel.map((node, k) => measure(node, 'top-level', k)).sort(bySize),
    branches: branches.map((node, k) => measure(node, 'branch', topLevel.length + k)).sort(bySize),
  };
}

function measureOne(facts: NodeFacts, sums: SubtreeSums, chainLengths: Int32Array, seen: Int32Array, top: number, kind: SubDebate['kind'], stamp: number): SubDebate {
  const { graph, author, size, order } = facts;
  const topDepth = graph.depth[top]!;
  let participants = 0;
  let bestEnd = -1;
  let bestLength = 0;
  const from = order[top]!;
  for (let k = from; k < from + size[top]!; k++) {
    const node = graph.preorder[k]!;
    const a = author[node]!;
    if (a >= 0 && seen[a] !== stamp) {
      seen[a] = stamp;
      participants++;
    }
    // A chain that began above the top comment still alternates from the top comment down.
    const inside = Math.min(chainLengths[node]!, graph.depth[node]! - topDepth + 1);
    if (inside > bestLength) {
      bestLength = inside;
      bestEnd = node;
    }
  }
  const timed = sums.timed[top]! > 0;
  const startMs = sums.minTime[top]!;
  const endMs = sums.maxTime[top]!;
  const durationHours = timed ? (endMs - startMs) / 3_600_000 : null;
  const pro = sums.proWeight[top]!;
  const con = sums.conWeight[top]!;
  return {
    id: graph.nodes[top]!.id,
    kind,
    size: size[top]!,
    comments: sums.comments[top]!,
    depth: sums.height[top]!,
    participants,
    start: timed ? new Date(startMs).toISOString() : null,
    end: timed ? new Date(endMs).toISOString() : null,
    durationHours,
    activity: durationHours !== null && durationHours > 0 ? sums.timed[top]! / durationHours : null,
    backAndForth: bestEnd >= 0 ? chainEndingAt(facts, bestEnd, bestLength) : null,
    tags: { pro: sums.tagCounts[top * 3]!, con: sums.tagCounts[top * 3 + 1]!, question: sums.tagCounts[top * 3 + 2]! },
    unansweredQuestions: sums.unanswered[top]!,
    contestedness: pro + con > 0 ? con / (pro + con) : null,
  };
}
