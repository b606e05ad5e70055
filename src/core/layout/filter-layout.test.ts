import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../map/graph';
import { layoutGeometry } from './geometry';
import { fitZoom, layoutMap, LAYOUT_MODES } from './index';
import { fixtureGraph, HN_THREAD } from './testing/fixture-graphs';
import { linesOverCards, looseLineEnds, overlappingCards } from './testing/geometry-checks';

const thread = fixtureGraph(HN_THREAD);
// A filter's matches: every comment by the thread's most frequent author.
const counts = new Map<string, number>();
for (const node of thread.nodes) if (node.author) counts.set(node.author, (counts.get(node.author) ?? 0) + 1);
const author = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
const keep = Uint8Array.from(thread.nodes, (node) => (node.author === author ? 1 : 0));

describe('a filter that hides what does not match', () => {
  const expected = new Set<number>();
  thread.nodes.forEach((_, at) => {
    if (keep[at]) for (const above of ancestorsOf(thread, at)) expected.add(above);
  });

  for (const mode of LAYOUT_MODES) {
    it(`${mode}: lays out only the matches and the comments they hang from, compact enough to fit larger`, () => {
      const layout = layoutMap(thread, { mode, aspect: 1400 / 900, keep });
      expect(new Set(layout.visible)).toEqual(expected);
      expect(expected.size).toBeLessThan(thread.nodes.length / 5);
      for (let at = 0; at < thread.nodes.length; at++) if (!expected.has(at)) expect(Number.isNaN(layout.x[at]!)).toBe(true);
      const geometry = layoutGeometry(thread, layout);
      expect(overlappingCards(geometry)).toEqual([]);
      expect(looseLineEnds(geometry)).toEqual([]);
      expect(linesOverCards(geometry)).toEqual([]);
      const whole = layoutMap(thread, { mode, aspect: 1400 / 900 });
      expect(layout.bounds.width * layout.bounds.height).toBeLessThan((whole.bounds.width * whole.bounds.height) / 3);
      expect(fitZoom(layout, 1400, 900)).toBeGreaterThanOrEqual(fitZoom(whole, 1400, 900));
    });
  }

  it('keeps the post when nothing matches', () => {
    const layout = layoutMap(thread, { mode: 'tree-down', keep: new Uint8Array(thread.nodes.length) });
    expect(Array.from(layout.visible)).toEqual(thread.roots);
  });
});
