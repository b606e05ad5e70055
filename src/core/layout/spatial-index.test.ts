import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/synthetic';
import { createSpatialIndex, layoutMap, LAYOUT_MODES } from './index';
import type { Layout } from './types';
import { fixtureGraph, HN_THREAD } from './testing/fixture-graphs';

const thread = fixtureGraph(HN_THREAD);

function bruteForce(layout: Layout, x: number, y: number, width: number, height: number): number[] {
  return Array.from(layout.visible).filter(
    (at) => layout.x[at]! <= x + width && layout.x[at]! + layout.width[at]! >= x && layout.y[at]! <= y + height && layout.y[at]! + layout.height[at]! >= y,
  );
}

describe('spatial index over a layout', () => {
  for (const mode of LAYOUT_MODES) {
    it(`${mode}: returns exactly the cards a full scan finds, for 300 windows over the HN thread`, () => {
      const layout = layoutMap(thread, { mode, collapsed: new Set([thread.children[thread.roots[0]!]![1]!]) });
      const index = createSpatialIndex(layout);
      const random = createRandom(7);
      const { bounds } = layout;
      let nonEmpty = 0;
      for (let probe = 0; probe < 300; probe++) {
        const width = random() * 3000;
        const height = random() * 2000;
        const x = bounds.x - 1000 + random() * (bounds.width + 1000);
        const y = bounds.y - 1000 + random() * (bounds.height + 1000);
        const found = index.query(x, y, width, height);
        expect(found).toEqual(bruteForce(layout, x, y, width, height));
        if (found.length > 0) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(30);
    });
  }

  it('finds every card of the map when asked for its whole bounding box, in reading order', () => {
    const layout = layoutMap(thread, { mode: 'tree-down' });
    const { x, y, width, height } = layout.bounds;
    expect(createSpatialIndex(layout).query(x, y, width, height)).toEqual(Array.from(thread.preorder));
  });

  it('names the card under a point, and -1 between cards', () => {
    const layout = layoutMap(thread, { mode: 'overview' });
    const index = createSpatialIndex(layout);
    const card = thread.children[thread.roots[0]!]![5]!;
    expect(index.at(layout.x[card]! + 10, layout.y[card]! + 10)).toBe(card);
    expect(index.at(layout.x[card]! + 10, layout.y[card]! - 2)).toBe(-1);
    expect(index.at(layout.bounds.x - 50, layout.bounds.y - 50)).toBe(-1);
  });

  it('answers nothing for an empty layout', () => {
    const empty = layoutMap({ nodes: [], index: new Map(), parent: new Int32Array(0), children: [], depth: new Int32Array(0), roots: [], preorder: new Int32Array(0) }, { mode: 'tree-down' });
    expect(createSpatialIndex(empty).query(0, 0, 100, 100)).toEqual([]);
  });
});
