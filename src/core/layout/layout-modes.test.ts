import { describe, expect, it } from 'vitest';
import type { MapGraph } from '../map/graph';
import { layoutMap, LAYOUT_MODES } from './index';
import { fixtureGraph, HN_ALGOLIA, HN_ALGOLIA_OLD, HN_THREAD, openableFixtures, syntheticGraphs, TEXT_SAMPLE } from './testing/fixture-graphs';
import { badPositions, findOverlaps, misplacedReplies, outOfReadingOrder } from './testing/layout-checks';

const graphs: Array<{ name: string; graph: MapGraph }> = [
  ...openableFixtures().map((name) => ({ name, graph: fixtureGraph(name) })),
  ...syntheticGraphs(),
];

describe('every layout mode on real and synthetic threads', () => {
  it('opens the HN fixtures the layout is measured on, and the plain text sample', () => {
    const names = openableFixtures();
    expect(names).toEqual(expect.arrayContaining([HN_THREAD, HN_ALGOLIA, HN_ALGOLIA_OLD, TEXT_SAMPLE]));
    const thread = fixtureGraph(HN_THREAD);
    expect(thread.nodes.length).toBe(2565);
    expect(thread.children[thread.roots[0]!]!.length).toBe(230);
    expect(Math.max(...thread.depth)).toBe(24);
  });

  for (const { name, graph } of graphs) {
    for (const mode of LAYOUT_MODES) {
      it(`${mode}: places every node of ${name} once, with no two cards overlapping`, () => {
        const layout = layoutMap(graph, { mode, aspect: 1400 / 900 });
        expect(layout.mode).toBe(mode);
        expect(layout.visible.length).toBe(graph.nodes.length);
        expect(Array.from(layout.visible)).toEqual(Array.from(graph.preorder));
        expect(badPositions(layout)).toEqual([]);
        expect(findOverlaps(layout)).toEqual([]);
        expect(misplacedReplies(graph, layout)).toEqual([]);
        if (mode === 'outline' || mode === 'overview') expect(outOfReadingOrder(layout)).toEqual([]);
        expect(layout.edgeStyle).toBe({ 'tree-down': 'down', 'tree-right': 'right', outline: 'rail', overview: 'rail' }[mode]);
      });
    }
  }

  it('packs the trees of a forest like top-level subtrees, the first one at the top', () => {
    const forest = graphs.find(({ name }) => name.startsWith('forest'))!.graph;
    expect(forest.roots.length).toBe(3);
    for (const mode of ['tree-down', 'tree-right'] as const) {
      const layout = layoutMap(forest, { mode });
      expect(new Set(forest.roots.map((root) => `${layout.x[root]},${layout.y[root]}`)).size).toBe(3);
      expect(mode === 'tree-down' ? layout.y[forest.roots[0]!] : layout.x[forest.roots[0]!]).toBe(0);
    }
  });

  it('measures the bounding box of the shown cards exactly', () => {
    const graph = fixtureGraph(HN_ALGOLIA);
    for (const mode of LAYOUT_MODES) {
      const layout = layoutMap(graph, { mode });
      const right = Math.max(...Array.from(layout.visible, (at) => layout.x[at]! + layout.width[at]!));
      const bottom = Math.max(...Array.from(layout.visible, (at) => layout.y[at]! + layout.height[at]!));
      expect(layout.bounds.x).toBe(Math.min(...Array.from(layout.visible, (at) => layout.x[at]!)));
      expect(layout.bounds.x + layout.bounds.width).toBe(right);
      expect(layout.bounds.y + layout.bounds.height).toBe(bottom);
    }
  });

  it('lays out an empty graph as an empty layout', () => {
    const empty: MapGraph = { nodes: [], index: new Map(), parent: new Int32Array(0), children: [], depth: new Int32Array(0), roots: [], preorder: new Int32Array(0) };
    for (const mode of LAYOUT_MODES) {
      const layout = layoutMap(empty, { mode });
      expect(layout.visible.length).toBe(0);
      expect(layout.bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    }
  });
});
