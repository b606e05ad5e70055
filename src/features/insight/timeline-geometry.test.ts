import { describe, expect, it } from 'vitest';
import type { TimeSeries } from '../../core/insight';
import { timelineGeometry } from './timeline-geometry';

const HOUR = 3_600_000;
const series: TimeSeries = {
  bucketMs: HOUR,
  bucketLabel: '1 hour',
  start: '2026-01-01T00:00:00.000Z',
  counts: [4, 0, 10],
  stacks: [{ id: 'a', counts: [3, 0, 2] }],
  other: [1, 0, 8],
};

describe('the timeline’s stacked bars', () => {
  it('stack each bucket’s sub-debates from the bottom, as tall as their counts on a scale from 0 to the busiest bucket', () => {
    // Plot from x 36 to 296 (three columns of 260/3 px) and y 6 to 102: 96 px for 10 comments.
    const geometry = timelineGeometry(series, 304, 120);
    expect(geometry.plot).toEqual({ left: 36, top: 6, right: 296, bottom: 102 });
    const pieces = geometry.bars.map((bar) => [bar.series, bar.bucket, bar.count, +bar.height.toFixed(2), +bar.y.toFixed(2)]);
    expect(pieces).toEqual([
      [0, 0, 3, 28.8, 73.2],
      [0, 2, 2, 19.2, 82.8],
      [1, 0, 1, 9.6, 63.6],
      [1, 2, 8, 76.8, 6],
    ]);
    expect(geometry.bars[1]!.x).toBeCloseTo(36 + (2 * 260) / 3 + 0.5, 9);
    expect(geometry.xOf(Date.parse('2026-01-01T01:30:00.000Z'))).toBeCloseTo(36 + 130, 9);
    expect(geometry.yTicks.map((tick) => tick.label)).toEqual(['0', '5', '10']);
  });
});
