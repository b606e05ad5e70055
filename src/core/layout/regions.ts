import type { Annotations } from '../annotations/types';
import type { MapGraph } from '../map/graph';
import type { Layout } from './types';
import { speaksForAuthor } from '../map/participants';
import { nodeWords } from '../map/node-words';
import { authorName } from '../map/author-name';

/** A rectangle in map (flow) coordinates or, for labels, in screen pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A sub-debate: a comment that replies to the post, with all its replies, or a big branch inside
 * a huge one. Far out, the map draws each as a shaded region with a label instead of cards too
 * small to read.
 */
export interface SubDebate {
  /** Position of the comment that started it. */
  root: number;
  /** 1 for a reply to the post; 2 and deeper for a big branch inside a huge sub-debate. */
  level: number;
  /** Index in the region list of the sub-debate this one lies inside; -1 for level 1. */
  parentRegion: number;
  /** Nodes in it, the starting one included (hidden ones under collapsed cards too): what the layout measures by. */
  count: number;
  /** Comments in it (kind "comment": not `more` stubs, not claims split out of a comment), the starting one included: what its label says. */
  comments: number;
  /** count ÷ all nodes of the map. */
  share: number;
  /** Distinct people who took part (`speaksForAuthor`: deleted and dead comments count for no one). */
  participants: number;
  /** Comments in its longest reply chain, the starting one included. */
  deepest: number;
  author: string | null;
  /** Who started it, as every view names them (`authorName`: the author, "[deleted]", "Comment", …). */
  name: string;
  /** The first words of the comment that started it, on one line. */
  opening: string;
  /** Where its shown cards are: one box per run of cards that sit together (a column piece of
   * the overview, a whole subtree of the trees), largest first. Empty when none is shown. */
  pieces: Box[];
  /** Range [start, end) of its nodes in graph.preorder. */
  start: number;
  end: number;
}

/**
 * Below this zoom the map is drawn as labelled sub-debate regions; from it, cards carry their
 * text at 12 px on screen (the canvas's level of detail reads it from here).
 */
export const REGIONS_BELOW_ZOOM = 0.35;

/** How strongly a sub-debate's region is tinted, by shade step (see shadeOf): the smallest
 * sub-debates (step 0) are left untinted so the big ones stand out. */
export const REGION_SHADES = [0, 0.1, 0.16, 0.24, 0.34] as const;

/** The shade step of a sub-debate: thresholds at 0.5, 1.5, 4 and 10 % of the map. */
export function shadeOf(share: number): number {
  if (share >= 0.1) return 4;
  if (share >= 0.04) return 3;
  if (share >= 0.015) return 2;
  if (share >= 0.005) return 1;
  return 0;
}

export const REGION_RULES = {
  /** A sub-debate holding more than this share of the map is split into its big branches too. */
  splitShare: 0.12,
  /** Branches of a split sub-debate become regions of their own from this share of the map. */
  branchShare: 0.03,
  /** A branch holding this share of its sub-debate or more is not a region of its own. */
  sameDebate: 0.75,
  /** Words kept for the opening of a label. */
  openingChars: 90,
  /**
   * A card joins a piece only while the piece's box stays at least this full of cards: a box
   * around a subtree that spreads in a staircase would otherwise tint wide empty space, which a
   * reader zooming in takes for part of the sub-debate.
   */
  minPieceFill: 0.45,
} as const;

/** The opening of a comment on one line, cut at a word near `limit` characters. */
export function openingWords(text: string, limit: number = REGION_RULES.openingChars): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Index of each node in graph.preorder and the size of its subtree, in one pass. */
function subtreeRanges(graph: MapGraph): { order: Int32Array; size: Int32Array } {
  const count = graph.nodes.length;
  const order = new Int32Array(count);
  const size = new Int32Array(count).fill(1);
  graph.preorder.forEach((at, i) => (order[at] = i));
  for (let i = graph.preorder.length - 1; i >= 0; i--) {
    const at = graph.preorder[i]!;
    const parent = graph.parent[at]!;
    if (parent >= 0) size[parent] = size[parent]! + size[at]!;
  }
  return { order, size };
}

/**
 * The sub-debates of a map with their sizes and where the layout put them: every reply to a root,
 * then, inside any sub-debate holding more than `splitShare` of the map, each branch holding at
 * least `branchShare`. Linear in the number of nodes per level of nesting.
 */
export function findSubDebates(graph: MapGraph, layout: Layout): SubDebate[] {
  const total = graph.nodes.length;
  if (total === 0) return [];
  const { order, size } = subtreeRanges(graph);
  const regions: SubDebate[] = [];
  // Explicit stack: a reply chain thousands deep must not overflow the call stack.
  const stack: Array<{ node: number; level: number; parentRegion: number; parentCount: number }> = [];
  for (const root of graph.roots) for (const child of [...graph.children[root]!].reverse()) stack.push({ node: child, level: 1, parentRegion: -1, parentCount: Infinity });
  while (stack.length > 0) {
    const { node, level, parentRegion, parentCount } = stack.pop()!;
    const start = order[node]!;
    const end = start + size[node]!;
    let index = parentRegion;
    let count = parentCount;
    // A branch holding nearly all of its sub-debate is the same debate: look through it.
    if (level === 1 || size[node]! < REGION_RULES.sameDebate * parentCount) {
      regions.push(describe(graph, layout, node, start, end, level, parentRegion, total));
      index = regions.length - 1;
      count = size[node]!;
      if (size[node]! / total <= REGION_RULES.splitShare) continue;
    }
    const branches = graph.children[node]!.filter((child) => size[child]! / total >= REGION_RULES.branchShare);
    for (const child of branches.reverse()) stack.push({ node: child, level: index === parentRegion ? level : level + 1, parentRegion: index, parentCount: count });
  }
  return regions;
}

function describe(graph: MapGraph, layout: Layout, root: number, start: number, end: number, level: number, parentRegion: number, total: number): SubDebate {
  const authors = new Set<string>();
  let deepest = 0;
  let comments = 0;
  const base = graph.depth[root]!;
  for (let i = start; i < end; i++) {
    const at = graph.preorder[i]!;
    const said = graph.nodes[at]!;
    if (speaksForAuthor(said)) authors.add(said.author!);
    if (said.kind === 'comment') comments += 1;
    deepest = Math.max(deepest, graph.depth[at]! - base + 1);
  }
  const node = graph.nodes[root]!;
  const text = nodeWords(node);
  return {
    root,
    level,
    parentRegion,
    count: end - start,
    comments,
    share: (end - start) / total,
    participants: authors.size,
    deepest,
    author: node.author,
    name: authorName(node),
    opening: openingWords(text),
    pieces: piecesOf(graph, layout, start, end),
    start,
    end,
  };
}

/**
 * Boxes around runs of shown cards that sit together. A card joins the current run when it
 * touches the run's box grown by one card and leaves the box at least `minPieceFill` full, so the
 * column pieces of the overview come apart, the branches of a tidy subtree side by side stay one
 * box, and a subtree that spreads into a staircase becomes a few boxes that follow its cards.
 */
function piecesOf(graph: MapGraph, layout: Layout, start: number, end: number): Box[] {
  const pieces: Box[] = [];
  type Run = { x0: number; y0: number; x1: number; y1: number; cards: number };
  let current: Run | null = null;
  const close = () => {
    if (current) pieces.push({ x: current.x0, y: current.y0, width: current.x1 - current.x0, height: current.y1 - current.y0 });
  };
  for (let i = start; i < end; i++) {
    const at = graph.preorder[i]!;
    const x = layout.x[at]!;
    if (Number.isNaN(x)) continue;
    const y = layout.y[at]!;
    const w = layout.width[at]!;
    const h = layout.height[at]!;
    const reach = Math.min(w, h);
    const touches =
      current !== null && x <= current.x1 + reach && x + w >= current.x0 - reach && y <= current.y1 + reach && y + h >= current.y0 - reach;
    const grown: Run | null = current && {
      x0: Math.min(current.x0, x),
      y0: Math.min(current.y0, y),
      x1: Math.max(current.x1, x + w),
      y1: Math.max(current.y1, y + h),
      cards: current.cards + w * h,
    };
    if (grown && touches && grown.cards >= REGION_RULES.minPieceFill * (grown.x1 - grown.x0) * (grown.y1 - grown.y0)) {
      current = grown;
    } else {
      close();
      current = { x0: x, y0: y, x1: x + w, y1: y + h, cards: w * h };
    }
  }
  close();
  return pieces.sort((a, b) => b.width * b.height - a.width * a.height);
}

export interface TagTally {
  pro: number;
  con: number;
  question: number;
  /** Coded with a category that counts as none of the tags (RumourEval's comment, None of these). */
  other: number;
}

/** How many comments of each sub-debate carry each tag, or another category; linear in the nodes of all regions. */
export function tallyRegionTags(graph: MapGraph, regions: readonly SubDebate[], annotations: Annotations): TagTally[] {
  return regions.map((region) => {
    const tally: TagTally = { pro: 0, con: 0, question: 0, other: 0 };
    for (let i = region.start; i < region.end; i++) {
      const annotation = annotations[graph.nodes[graph.preorder[i]!]!.id];
      if (annotation?.tag) tally[annotation.tag]++;
      else if (annotation?.category !== undefined) tally.other++;
    }
    return tally;
  });
}

/** The box around all pieces of a region, or null when none of its cards is shown. */
export function regionBounds(region: SubDebate): Box | null {
  if (region.pieces.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const piece of region.pieces) {
    x0 = Math.min(x0, piece.x);
    y0 = Math.min(y0, piece.y);
    x1 = Math.max(x1, piece.x + piece.width);
    y1 = Math.max(y1, piece.y + piece.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
