import { describe, expect, it } from 'vitest';
import { buildMap, descendantsOf, type MapGraph } from '../map/graph';
import { chainThread, createRandom, syntheticDiscussion } from '../../../bench/synthetic';
import { layoutMap, LAYOUT_MODES } from './index';
import type { LayoutMode } from './types';
import { fixtureGraph, HN_THREAD } from './testing/fixture-graphs';
import { badPositions, findOverlaps, misplacedReplies } from './testing/layout-checks';

const thread = fixtureGraph(HN_THREAD);
const root = thread.roots[0]!;
// The largest top-level subtree (778 comments: the reply and 777 beneath it), and one of its replies.
const biggest = thread.children[root]!.reduce((best, top) => (descendantsOf(thread, top).length > descendantsOf(thread, best).length ? top : best));
const inside = thread.children[biggest]![3]!;

function shownSet(graph: MapGraph, mode: LayoutMode, collapsed: Set<number>) {
  const layout = layoutMap(graph, { mode, collapsed });
  return { layout, shown: new Set(layout.visible) };
}

describe('collapsed subtrees', () => {
  it('finds the 778-comment subtree of the HN thread', () => {
    expect(descendantsOf(thread, biggest).length).toBe(777);
    expect(thread.nodes[biggest]!.id).toBe('14952891');
  });

  for (const mode of LAYOUT_MODES) {
    it(`${mode}: collapsing a node hides exactly its descendants and keeps the node itself`, () => {
      const { layout, shown } = shownSet(thread, mode, new Set([biggest]));
      const hidden = new Set(descendantsOf(thread, biggest));
      expect(layout.visible.length).toBe(2565 - 777);
      for (let at = 0; at < thread.nodes.length; at++) expect(shown.has(at)).toBe(!hidden.has(at));
      for (const at of hidden) expect(Number.isNaN(layout.x[at]!) && Number.isNaN(layout.y[at]!)).toBe(true);
      expect(badPositions(layout)).toEqual([]);
      expect(findOverlaps(layout)).toEqual([]);
      expect(misplacedReplies(thread, layout)).toEqual([]);
    });

    it(`${mode}: a node collapsed under a collapsed node stays hidden, and collapsing a leaf hides nothing`, () => {
      const leaf = Array.from(thread.preorder).find((at) => thread.children[at]!.length === 0)!;
      const { layout, shown } = shownSet(thread, mode, new Set([biggest, inside, leaf]));
      expect(shown.has(inside)).toBe(false);
      expect(shown.has(leaf)).toBe(true);
      expect(layout.visible.length).toBe(2565 - 777);
    });
  }

  it('shows only the post when the root is collapsed', () => {
    for (const mode of LAYOUT_MODES) {
      const { layout } = shownSet(thread, mode, new Set([root]));
      expect(Array.from(layout.visible)).toEqual([root]);
      expect(layout.bounds.width).toBe(layout.width[root]);
    }
  });

  it('hides the lower half of a 500-deep chain collapsed at depth 250', () => {
    const chain = buildMap(chainThread(500)).graph;
    for (const mode of LAYOUT_MODES) {
      const { layout } = shownSet(chain, mode, new Set([250]));
      expect(layout.visible.length).toBe(251);
      expect(Number.isNaN(layout.x[251]!)).toBe(true);
      expect(Number.isFinite(layout.x[250]!)).toBe(true);
    }
  });

  for (const mode of ['tree-down', 'tree-right', 'outline'] as const) {
    it(`${mode}: collapsing moves neither the node nor anything before it in reading order`, () => {
      const before = layoutMap(thread, { mode });
      const order = Array.from(thread.preorder);
      for (const collapsed of [inside, biggest]) {
        const after = layoutMap(thread, { mode, collapsed: new Set([collapsed]) });
        const cut = order.indexOf(collapsed);
        for (const at of order.slice(0, cut + 1)) expect([after.x[at], after.y[at]]).toEqual([before.x[at], before.y[at]]);
      }
    });

    it(`${mode}: what follows a collapsed 778-comment subtree closes up behind it`, () => {
      const before = layoutMap(thread, { mode });
      const after = layoutMap(thread, { mode, collapsed: new Set([biggest]) });
      const along = (layout: typeof before, at: number) => (mode === 'tree-right' ? layout.x[at]! : layout.y[at]!);
      const order = Array.from(thread.preorder);
      const later = order.slice(order.indexOf(biggest) + 778);
      expect(later.length).toBeGreaterThan(0);
      expect(later.some((at) => along(after, at) < along(before, at))).toBe(true);
      const area = (layout: typeof before) => layout.bounds.width * layout.bounds.height;
      expect(area(after)).toBeLessThan(area(before));
    });
  }

  it('lays out a collapsed tree the same whether or not the whole tree was laid out first', () => {
    const fresh = buildMap(thread.nodes).graph;
    const cold = layoutMap(fresh, { mode: 'tree-down', collapsed: new Set([inside]) });
    layoutMap(fresh, { mode: 'tree-down' });
    const warm = layoutMap(fresh, { mode: 'tree-down', collapsed: new Set([inside]) });
    expect(Array.from(warm.x)).toEqual(Array.from(cold.x));
    expect(Array.from(warm.y)).toEqual(Array.from(cold.y));
  });

  it('repacks for the shown nodes alone when asked to reflow', () => {
    const collapsedAll = new Set(thread.children[root]!);
    const stable = layoutMap(thread, { mode: 'tree-down', collapsed: collapsedAll });
    const reflowed = layoutMap(thread, { mode: 'tree-down', collapsed: collapsedAll, reflow: true });
    expect(reflowed.visible.length).toBe(231);
    expect(findOverlaps(reflowed)).toEqual([]);
    const shape = (layout: typeof stable) => layout.bounds.width / layout.bounds.height;
    // 230 cards under a post: the reflowed map is close to the window's shape, the stable one is not.
    expect(Math.abs(Math.log(shape(reflowed) / (1400 / 900)))).toBeLessThan(Math.abs(Math.log(shape(stable) / (1400 / 900))));
  });

  it('keeps cards apart and replies in place with 200 random subtrees of a 20,000-node tree collapsed', () => {
    const big = buildMap(syntheticDiscussion({ nodes: 20000, seed: 20 })).graph;
    const random = createRandom(3);
    const collapsed = new Set(Array.from({ length: 200 }, () => Math.floor(random() * 20000)));
    const hidden = new Set<number>();
    for (const at of collapsed) for (const below of descendantsOf(big, at)) hidden.add(below);
    for (const mode of LAYOUT_MODES) {
      for (const reflow of [false, true]) {
        const layout = layoutMap(big, { mode, collapsed, reflow });
        expect(layout.visible.length).toBe(20000 - hidden.size);
        expect(badPositions(layout)).toEqual([]);
        expect(findOverlaps(layout)).toEqual([]);
        expect(misplacedReplies(big, layout)).toEqual([]);
      }
    }
  });

  it('keeps cards apart in the tree modes for 40 random sets of collapsed nodes of the HN thread', () => {
    const random = createRandom(11);
    const inner = Array.from(thread.preorder).filter((at) => thread.children[at]!.length > 0 && at !== root);
    for (let trial = 0; trial < 40; trial++) {
      const collapsed = new Set(Array.from({ length: 1 + Math.floor(random() * 40) }, () => inner[Math.floor(random() * inner.length)]!));
      for (const mode of ['tree-down', 'tree-right'] as const) {
        const layout = layoutMap(thread, { mode, collapsed });
        expect(findOverlaps(layout)).toEqual([]);
        expect(misplacedReplies(thread, layout)).toEqual([]);
      }
    }
  });
});
