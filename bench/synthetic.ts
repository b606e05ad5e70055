import type { ThreadNode } from '../src/core/map/types';

/** Seeded PRNG (mulberry32): the same seed gives the same thread on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DiscussionShape {
  /** Total number of nodes, the post included. */
  nodes: number;
  seed?: number;
  /** Deepest reply level; HN threads reach about 25. */
  maxDepth?: number;
  /** Share of comments that reply to the post itself (HN's 2,565-item thread: 9 %). */
  topLevelShare?: number;
  /** Share that answer one of the last few comments, which builds back-and-forth chains. */
  chainShare?: number;
}

function node(id: number, parent: number | null): ThreadNode {
  return {
    id: `s${id}`,
    parent: parent === null ? null : `s${parent}`,
    kind: parent === null ? 'post' : 'comment',
    author: `user${id % 97}`,
    createdAt: null,
    text: `Comment ${id}`,
    url: null,
    status: 'ok',
  };
}

/**
 * A discussion-like reply tree: many top-level replies, heavy-tailed fan-out (a comment with many
 * replies attracts more, as on real forums), chains of back-and-forth replies, depth capped.
 */
export function syntheticDiscussion(shape: DiscussionShape): ThreadNode[] {
  const { nodes: count, seed = 1, maxDepth = 25, topLevelShare = 0.09, chainShare = 0.3 } = shape;
  const random = createRandom(seed);
  const out: ThreadNode[] = [node(0, null)];
  const parent = new Int32Array(count).fill(-1);
  const depth = new Int32Array(count);
  // Each comment appears once, plus once per reply it gets: picking uniformly is preferential.
  const attractiveness: number[] = [];
  for (let id = 1; id < count; id++) {
    const roll = random();
    let at: number;
    if (id === 1 || roll < topLevelShare) at = 0;
    else if (roll < topLevelShare + chainShare) at = Math.max(1, id - 1 - Math.floor(random() * 6));
    else {
      // Attention fades: only the recent part of the list is drawn from, so early comments do not
      // swallow the whole thread.
      const window = Math.min(attractiveness.length, Math.max(64, Math.floor(attractiveness.length * 0.3)));
      at = attractiveness[attractiveness.length - 1 - Math.floor(random() * window)]!;
    }
    while (depth[at]! >= maxDepth) at = parent[at]!;
    parent[id] = at;
    depth[id] = depth[at]! + 1;
    out.push(node(id, at));
    attractiveness.push(id);
    if (at !== 0) attractiveness.push(at);
  }
  return out;
}

/** A single chain of replies `depth` levels deep under a post. */
export function chainThread(depth: number): ThreadNode[] {
  return Array.from({ length: depth + 1 }, (_, id) => node(id, id === 0 ? null : id - 1));
}

/** A post with `replies` top-level comments and nothing else. */
export function starThread(replies: number): ThreadNode[] {
  return Array.from({ length: replies + 1 }, (_, id) => node(id, id === 0 ? null : 0));
}

/**
 * A caterpillar: a spine of replies, each spine comment with `legs` replies of its own that get no
 * answer; `nodes` in all, the post included.
 */
export function caterpillarThread(nodes: number, legs = 2): ThreadNode[] {
  const out: ThreadNode[] = [node(0, null)];
  let spine = 0;
  while (out.length < nodes) {
    const next = out.length;
    out.push(node(next, spine));
    for (let leg = 0; leg < legs && out.length < nodes; leg++) out.push(node(out.length, next));
    spine = next;
  }
  return out;
}

/**
 * A random tree of `nodes` nodes: each comment replies to one of the `reach` comments before it,
 * picked uniformly. A small reach gives deep trees (depth about 2n / (reach + 1)); a reach as large
 * as the tree gives a random recursive tree (depth about ln n).
 */
export function randomTree(nodes: number, reach: number, seed = 1): ThreadNode[] {
  const random = createRandom(seed);
  const out: ThreadNode[] = [node(0, null)];
  for (let id = 1; id < nodes; id++) out.push(node(id, Math.max(0, id - 1 - Math.floor(random() * Math.min(reach, id)))));
  return out;
}
