import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../core/layout';
import { fixtureGraph, HN_THREAD } from '../../core/layout/testing/fixture-graphs';
import { subtreeBounds } from './use-focus-zoom';

describe('the box a chosen sub-debate is zoomed to', () => {
  it('holds every laid-out card of the biggest sub-debate of the HN thread and no more, in each mode', () => {
    const graph = fixtureGraph(HN_THREAD);
    const root = graph.roots[0]!;
    // The biggest sub-debate, counted by a plain recursion.
    const size = (at: number): number => 1 + graph.children[at]!.reduce((sum, child) => sum + size(child), 0);
    const top = graph.children[root]!.reduce((best, at) => (size(at) > size(best) ? at : best));
    const members: number[] = [];
    const collect = (at: number) => {
      members.push(at);
      graph.children[at]!.forEach(collect);
    };
    collect(top);
    for (const mode of ['overview', 'tree-down', 'outline'] as const) {
      const layout = layoutMap(graph, { mode, aspect: 1.5 });
      const box = subtreeBounds(graph, layout, top)!;
      const xs = members.map((at) => layout.x[at]!);
      const ys = members.map((at) => layout.y[at]!);
      expect(box.x).toBe(Math.min(...xs));
      expect(box.y).toBe(Math.min(...ys));
      expect(box.x + box.width).toBe(Math.max(...members.map((at) => layout.x[at]! + layout.width[at]!)));
      expect(box.y + box.height).toBe(Math.max(...members.map((at) => layout.y[at]! + layout.height[at]!)));
    }
  });
});
