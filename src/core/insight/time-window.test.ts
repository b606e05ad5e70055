import { describe, expect, it } from 'vitest';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { windowedTimeSeries } from './time-window';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const MINUTE = 60_000;
function item(id: string, parent: string | null, minutes: number | null): ThreadNode {
  return { id, parent, kind: parent === null ? 'post' : 'comment', author: id, createdAt: minutes === null ? null : new Date(T0 + minutes * MINUTE).toISOString(), text: id, url: null, status: 'ok' };
}

describe('the timeline over the busy part of a thread', () => {
  it('buckets the first 98 % of comments by the width that fits them and counts the long tail apart', () => {
    // 99 comments in the first 99 minutes (a under a, b under b, alternately), then one 10 days later.
    const nodes = [item('p', null, 0), item('a', 'p', 0), item('b', 'p', 1)];
    for (let k = 2; k < 99; k++) nodes.push(item(`c${k}`, k % 2 === 0 ? 'a' : 'b', k));
    nodes.push(item('late', 'p', 10 * 24 * 60));
    const { graph } = buildMap(nodes);
    const series = windowedTimeSeries(graph, ['a'])!;
    // 98 % of 100 comments: the 98th is at minute 97; 97 minutes take 20 buckets of 5 minutes,
    // the last of which (95–99) also holds minute 98.
    expect(series.bucketLabel).toBe('5 minutes');
    expect(series.counts).toHaveLength(20);
    expect(series.counts.reduce((sum, count) => sum + count, 0)).toBe(99);
    expect(series.later).toBe(1);
    expect(series.counts[0]).toBe(5);
    // Minutes 0–4: a (0), c2, c4 under a; b (1), c3 under b.
    expect(series.stacks[0]!.counts[0]).toBe(3);
    expect(series.other[0]).toBe(2);
  });

  it('is null for a thread without times', () => {
    expect(windowedTimeSeries(buildMap([item('p', null, null), item('a', 'p', null)]).graph, [])).toBeNull();
  });
});
