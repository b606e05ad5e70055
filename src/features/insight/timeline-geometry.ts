import { scaleLinear, scaleTime } from 'd3-scale';
import { stack } from 'd3-shape';
import type { TimeSeries } from '../../core/insight';

/** One bar piece of the stacked timeline: a bucket's comments in one series, in pixels. */
export interface TimelineBar {
  series: number;
  bucket: number;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
}

export interface TimelineGeometry {
  bars: TimelineBar[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** Pixel x of a time (ms since 1970). */
  xOf: (time: number) => number;
  plot: { left: number; top: number; right: number; bottom: number };
}

const MARGIN = { left: 36, right: 8, top: 6, bottom: 18 };

/**
 * The stacked bars of a time series in a `width` × `height` box: one column per bucket, the
 * biggest sub-debates first from the bottom, then "other"; time ticks below, count ticks left.
 */
export function timelineGeometry(series: TimeSeries, width: number, height: number): TimelineGeometry {
  const start = Date.parse(series.start);
  const buckets = series.counts.length;
  const plot = { left: MARGIN.left, top: MARGIN.top, right: Math.max(MARGIN.left + 1, width - MARGIN.right), bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom) };
  const x = scaleTime().domain([new Date(start), new Date(start + buckets * series.bucketMs)]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, Math.max(1, ...series.counts)]).nice(3).range([plot.bottom, plot.top]);
  const rows = series.counts.map((_, bucket) => [...series.stacks.map((entry) => entry.counts[bucket]!), series.other[bucket]!]);
  const keys = Array.from({ length: series.stacks.length + 1 }, (_, k) => k);
  const layers = stack<number[], number>().keys(keys).value((row, key) => row[key]!)(rows);
  const columnWidth = (plot.right - plot.left) / buckets;
  const gap = columnWidth > 4 ? 1 : 0;
  const bars: TimelineBar[] = [];
  layers.forEach((layer, series) => {
    layer.forEach(([low, high], bucket) => {
      if (high <= low) return;
      const top = y(high);
      bars.push({ series, bucket, x: plot.left + bucket * columnWidth + gap / 2, y: top, width: Math.max(0.5, columnWidth - gap), height: y(low) - top, count: high - low });
    });
  });
  const format = x.tickFormat();
  return {
    bars,
    xTicks: x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 90))).map((tick) => ({ x: x(tick), label: format(tick) })),
    yTicks: y.ticks(3).map((tick) => ({ y: y(tick), label: String(tick) })),
    xOf: (time) => x(new Date(time)),
    plot,
  };
}
