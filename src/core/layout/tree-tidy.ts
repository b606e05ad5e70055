/**
 * Tidy tree (Reingold–Tilford in Buchheim, Jünger and Leipert's linear-time form): each subtree
 * is placed as a rigid unit, its siblings slide in as close as their contours allow, and the
 * contours are followed through threads instead of being copied, so the whole walk is O(n) on
 * every shape (a 100,000-long chain as much as a 20,000-reply star). Every card has the same
 * size, so levels are a grid and only the across axis (u) needs computing.
 */
import type { ShownChildren } from './visibility';

/** Each shown node's card centre relative to its parent's, and its subtree's extent. */
export interface TidyTree {
  /** Centre of the card relative to the parent's centre along u (0 for a root). */
  relU: Float64Array;
  /** Card edges of the whole subtree relative to the node's own centre. */
  minLeft: Float64Array;
  maxRight: Float64Array;
  /** Levels the subtree spans, its own card included. */
  levels: Int32Array;
}

/**
 * Lays out every shown subtree tidily, with `distance` between the centres of neighbouring
 * cards on a level and cards `cardU` wide. `order` is the shown nodes in pre-order.
 */
export function layoutTidy(parentOf: Int32Array, kids: ShownChildren, order: Int32Array, cardU: number, distance: number): TidyTree {
  const count = parentOf.length;
  const { start, list } = kids;
  const prelim = new Float64Array(count);
  const mod = new Float64Array(count);
  const shift = new Float64Array(count);
  const change = new Float64Array(count);
  const thread = new Int32Array(count).fill(-1);
  const ancestor = new Int32Array(count);
  const number = new Int32Array(count);
  const defaultAncestor = new Int32Array(count).fill(-1);
  const relU = new Float64Array(count);
  const minLeft = new Float64Array(count);
  const maxRight = new Float64Array(count);
  const levels = new Int32Array(count);

  for (const at of order) {
    ancestor[at] = at;
    for (let k = start[at]!; k < start[at + 1]!; k++) number[list[k]!] = k - start[at]!;
  }
  const isLeaf = (v: number) => start[v] === start[v + 1];
  const nextLeft = (v: number) => (isLeaf(v) ? thread[v]! : list[start[v]!]!);
  const nextRight = (v: number) => (isLeaf(v) ? thread[v]! : list[start[v + 1]! - 1]!);
  const siblingAt = (v: number, offset: number) => list[start[parentOf[v]!]! + number[v]! + offset]!;
  const firstSibling = (v: number) => list[start[parentOf[v]!]!]!;

  const moveSubtree = (wm: number, wp: number, amount: number) => {
    const subtrees = number[wp]! - number[wm]!;
    change[wp]! -= amount / subtrees;
    shift[wp]! += amount;
    change[wm]! += amount / subtrees;
    prelim[wp]! += amount;
    mod[wp]! += amount;
  };

  /** Pushes `v` right of its left siblings' subtrees, spreading the push over those between. */
  const apportion = (v: number, fallback: number): number => {
    if (number[v] === 0) return fallback;
    let vip = v;
    let vop = v;
    let vim = siblingAt(v, -1);
    let vom = firstSibling(v);
    let sip = mod[vip]!;
    let sop = mod[vop]!;
    let sim = mod[vim]!;
    let som = mod[vom]!;
    let result = fallback;
    while (nextRight(vim) >= 0 && nextLeft(vip) >= 0) {
      vim = nextRight(vim);
      vip = nextLeft(vip);
      vom = nextLeft(vom);
      vop = nextRight(vop);
      ancestor[vop] = v;
      const amount = prelim[vim]! + sim - (prelim[vip]! + sip) + distance;
      if (amount > 0) {
        const candidate = ancestor[vim]!;
        const left = parentOf[candidate] === parentOf[v] ? candidate : result;
        moveSubtree(left, v, amount);
        sip += amount;
        sop += amount;
      }
      sim += mod[vim]!;
      sip += mod[vip]!;
      som += mod[vom]!;
      sop += mod[vop]!;
    }
    if (nextRight(vim) >= 0 && nextRight(vop) < 0) {
      thread[vop] = nextRight(vim);
      mod[vop]! += sim - sop;
    }
    if (nextLeft(vip) >= 0 && nextLeft(vom) < 0) {
      thread[vom] = nextLeft(vip);
      mod[vom]! += sip - som;
      result = v;
    }
    return result;
  };

  const finish = (v: number) => {
    const first = start[v]!;
    const last = start[v + 1]! - 1;
    const hasLeft = parentOf[v]! >= 0 && number[v]! > 0;
    const leftPrelim = hasLeft ? prelim[siblingAt(v, -1)]! + distance : 0;
    minLeft[v] = -cardU / 2;
    maxRight[v] = cardU / 2;
    levels[v] = 1;
    if (last < first) {
      prelim[v] = leftPrelim;
    } else {
      // Shifts recorded by the apportioning of the replies, applied right to left in one pass.
      let moved = 0;
      let rate = 0;
      for (let k = last; k >= first; k--) {
        const w = list[k]!;
        prelim[w]! += moved;
        mod[w]! += moved;
        rate += change[w]!;
        moved += shift[w]! + rate;
      }
      const midpoint = (prelim[list[first]!]! + prelim[list[last]!]!) / 2;
      if (hasLeft) {
        prelim[v] = leftPrelim;
        mod[v] = leftPrelim - midpoint;
      } else {
        prelim[v] = midpoint;
      }
      // From here on the subtree only moves as a whole: its inner offsets are final.
      for (let k = first; k <= last; k++) {
        const w = list[k]!;
        relU[w] = prelim[w]! - midpoint;
        minLeft[v] = Math.min(minLeft[v]!, relU[w]! + minLeft[w]!);
        maxRight[v] = Math.max(maxRight[v]!, relU[w]! + maxRight[w]!);
        levels[v] = Math.max(levels[v]!, levels[w]! + 1);
      }
    }
    const parent = parentOf[v]!;
    if (parent >= 0) {
      if (defaultAncestor[parent]! < 0) defaultAncestor[parent] = v;
      defaultAncestor[parent] = apportion(v, defaultAncestor[parent]!);
    }
  };

  // Post-order, replies left to right: the reverse of a pre-order that takes replies right to left.
  const post = new Int32Array(order.length);
  let filled = order.length;
  const stack: number[] = [];
  // A shown node's parent is always shown, so the shown trees start at the roots.
  for (const at of order) if (parentOf[at]! < 0) stack.push(at);
  while (stack.length > 0) {
    const v = stack.pop()!;
    post[--filled] = v;
    for (let k = start[v]!; k < start[v + 1]!; k++) stack.push(list[k]!);
  }
  for (let i = filled; i < post.length; i++) finish(post[i]!);
  return { relU, minLeft, maxRight, levels };
}
