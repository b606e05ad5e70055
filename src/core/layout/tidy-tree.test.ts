import { describe, expect, it } from 'vitest';
import { buildMap } from '../map/graph';
import { chainThread, starThread } from '../../../bench/synthetic';
import type { ThreadNode } from '../map/types';
import { layoutMap, LAYOUT_MODES, TREE_DOWN } from './index';
import { fixtureGraph, HN_THREAD } from './testing/fixture-graphs';

const post = chainThread(0)[0]!;
const node = (id: number, parent: number | null): ThreadNode => ({ ...post, id: String(id), parent: parent === null ? null : String(parent) });
/** A complete binary tree `levels` deep, in thread (pre-)order. */
function binaryTree(levels: number): ThreadNode[] {
  const out: ThreadNode[] = [];
  let next = 0;
  const grow = (parent: number | null, level: number) => {
    const id = next++;
    out.push(node(id, parent));
    if (level + 1 < levels) {
      grow(id, level + 1);
      grow(id, level + 1);
    }
  };
  grow(null, 0);
  return out;
}

const { cardU, gapU } = TREE_DOWN.geometry;

describe('tidy tree', () => {
  it('centres each comment over its first and last reply, neighbours a card and a gap apart', () => {
    // Four levels: eight leaves in a row stay under the width at which a subtree becomes a comb.
    const graph = buildMap(binaryTree(4)).graph;
    const layout = layoutMap(graph, { mode: 'tree-down' });
    for (const at of layout.visible) {
      const kids = graph.children[at]!;
      if (kids.length === 0) continue;
      const centre = (k: number) => layout.x[k]! + cardU / 2;
      expect(centre(at)).toBe((centre(kids[0]!) + centre(kids[kids.length - 1]!)) / 2);
      expect(layout.y[kids[0]!]).toBe(layout.y[at]! + 176);
    }
    // Eight leaves side by side: the narrowest tidy tree of this shape.
    expect(layout.bounds.width).toBe(8 * cardU + 7 * gapU);
  });

  it('lays out a 100,000-long chain in every mode, and a 20,000-reply star to the window shape', () => {
    const chain = buildMap(chainThread(100_000)).graph;
    const star = buildMap(starThread(20_000)).graph;
    for (const mode of LAYOUT_MODES) {
      const deep = layoutMap(chain, { mode });
      expect(deep.visible.length).toBe(100_001);
      expect(Number.isFinite(deep.x[100_000]!)).toBe(true);
      if (mode === 'outline') continue;
      const wide = layoutMap(star, { mode, aspect: 1.5 });
      // The star is packed to the window's shape, not strung out in one row.
      expect(wide.bounds.width / wide.bounds.height).toBeGreaterThan(0.75);
      expect(wide.bounds.width / wide.bounds.height).toBeLessThan(3);
    }
  });

  it('hangs the 230 top-level replies of the HN thread on a comb from the post, in thread order', () => {
    const thread = fixtureGraph(HN_THREAD);
    const layout = layoutMap(thread, { mode: 'tree-down', aspect: 1400 / 900 });
    const root = thread.roots[0]!;
    expect([layout.x[root], layout.y[root]]).toEqual([0, 0]);
    const tops = thread.children[root]!;
    for (let k = 1; k < tops.length; k++) {
      const [a, b] = [tops[k - 1]!, tops[k]!];
      // Reading order: the next reply is to the right on the same shelf, or on a lower shelf.
      expect(layout.y[b]! > layout.y[a]! || (layout.y[b] === layout.y[a] && layout.x[b]! > layout.x[a]!)).toBe(true);
    }
  });
});
