import { describe, expect, it } from 'vitest';
import type { Annotations } from '../annotations/types';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { binOf, binThresholds, colorByMeasure } from './measure-colors';
import { measureThread } from './measure-thread';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const HOUR = 3_600_000;
function item(id: string, parent: string | null, hours: number): ThreadNode {
  return { id, parent, kind: parent === null ? 'post' : 'comment', author: `u${id}`, createdAt: new Date(T0 + hours * HOUR).toISOString(), text: id, url: null, status: 'ok' };
}

/** A post with top-level comments t0…t(n−1); t_k has k replies in a chain, written an hour apart from hour k. */
function thread(n: number): ThreadNode[] {
  const nodes = [item('p', null, 0)];
  for (let k = 0; k < n; k++) {
    nodes.push(item(`t${k}`, 'p', k));
    for (let r = 0; r < k; r++) nodes.push(item(`t${k}r${r}`, r === 0 ? `t${k}` : `t${k}r${r - 1}`, k + r + 1));
  }
  return nodes;
}

describe('bins of a measure', () => {
  it('split values into about equal counts, keeping ties together', () => {
    expect(binThresholds([1, 2, 3, 4, 5, 6], 'quantile')).toEqual([2, 3, 4, 5, 6]);
    expect(binThresholds([1, 1, 1, 1, 2, 9], 'quantile')).toEqual([2, 9]);
    expect(binThresholds([4, 4, 4], 'quantile')).toEqual([]);
    expect(binThresholds([], 'fixed', 4)).toEqual([0.25, 0.5, 0.75]);
    expect(binThresholds([1, 1000], 'log', 3).map((t) => +t.toFixed(9))).toEqual([10, 100]);
    expect(binThresholds([2, 5, 8], 'linear', 3)).toEqual([4, 6]);
    expect([0, 1.9, 2, 8.99, 9, 100].map((value) => binOf(value, [2, 9]))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('colouring a map by a measure', () => {
  it('gives every node its top-level sub-debate’s step, the post none, and a legend of six bins by size', () => {
    const nodes = thread(12);
    const { graph } = buildMap(nodes);
    const measures = measureThread({ nodes, annotations: {} });
    const coloring = colorByMeasure(graph, measures.topLevel, 'size');
    // Sizes 1…12 on a log scale: thresholds 12^(k/6) = 1.51, 2.29, 3.46, 5.24, 7.94.
    expect(coloring.bins.map((bin) => [bin.label, bin.count, bin.step])).toEqual([
      ['1', 1, 0], ['2', 1, 1], ['3', 1, 2], ['4 – 5', 2, 3], ['6 – 7', 2, 4], ['8 – 12', 5, 5],
    ]);
    const stepOf = (id: string) => coloring.step[graph.index.get(id)!];
    expect(stepOf('p')).toBe(-1);
    expect(stepOf('t0')).toBe(0);
    expect(stepOf('t11')).toBe(5);
    expect(stepOf('t11r10')).toBe(5);
    expect(stepOf('t6r3')).toBe(4);
    // Depth 0…11 in six equal widths of 11/6.
    expect(colorByMeasure(graph, measures.topLevel, 'depth').bins.map((bin) => bin.label)).toEqual(['0 – 1', '2 – 3', '4 – 5', '6 – 7', '8 – 9', '10 – 11']);
    // The first comment's time orders them the same way here.
    expect(colorByMeasure(graph, measures.topLevel, 'time').bins[0]!.label).toBe('2026-01-01 00:00 – 2026-01-01 01:00');
  });

  it('by tag balance puts an untagged sub-debate in no bin and a sub-debate of only con tags at the top', () => {
    const nodes = thread(4);
    const { graph } = buildMap(nodes);
    const at = '2026-01-01T00:00:00.000Z';
    const annotations: Annotations = { t2r0: { tag: 'con', updatedAt: at }, t2r1: { tag: 'con', updatedAt: at }, t3r0: { tag: 'pro', updatedAt: at }, t3r1: { tag: 'con', updatedAt: at }, t3r2: { tag: 'pro', updatedAt: at } };
    const measures = measureThread({ nodes, annotations });
    const coloring = colorByMeasure(graph, measures.topLevel, 'balance');
    expect(coloring.unknown).toBe(2);
    expect(coloring.step[graph.index.get('t0')!]).toBe(-1);
    // t3: 1 con of 3 → 33 %, from the second threshold (2/6) on: bin 2; t2: all con → bin 5.
    expect(coloring.step[graph.index.get('t3r2')!]).toBe(2);
    expect(coloring.step[graph.index.get('t2')!]).toBe(5);
    expect(coloring.bins.map((bin) => bin.label)).toEqual(['33 %', '100 %']);
  });
});
