import type { MapGraph } from '../map/graph';
import type { SubDebate } from './sub-debates';

/** The measures the map can be coloured by, with what each colour step means. */
export const COLOR_MEASURES = [
  { key: 'size', label: 'Comments', meaning: 'comments in the sub-debate', spread: 'log' },
  { key: 'activity', label: 'Activity', meaning: 'comments per hour while it ran', spread: 'log' },
  { key: 'depth', label: 'Depth', meaning: 'reply levels below its first comment', spread: 'linear' },
  { key: 'balance', label: 'Tag balance', meaning: 'share of its pro and con tags that are con', spread: 'fixed' },
  { key: 'contestedness', label: 'Contestedness', meaning: 'con share weighted by the replies each tag drew', spread: 'fixed' },
  { key: 'time', label: 'Time', meaning: 'when its first comment was written (UTC)', spread: 'quantile' },
] as const;

export type ColorMeasure = (typeof COLOR_MEASURES)[number]['key'];

/** How many colours the palette has; a colouring uses at most this many bins. */
export const PALETTE_STEPS = 6;

/** One colour bin: the values it holds, how many sub-debates, and its step on the palette. */
export interface ColorBin {
  label: string;
  /** Sub-debates in the bin. */
  count: number;
  /** 0 (lowest) to PALETTE_STEPS − 1 (highest). */
  step: number;
}

/** A map coloured by a measure: each node takes the bin of its top-level sub-debate. */
export interface MeasureColoring {
  measure: ColorMeasure;
  /** Palette step of each node by graph position; −1 for the post and where the measure has no value. */
  step: Int8Array;
  /** The bins, lowest values first. */
  bins: ColorBin[];
  /** Sub-debates the measure says nothing about (no times, nothing tagged). */
  unknown: number;
}

/** The value a top-level sub-debate is coloured by, or null when the source or the tags cannot say. */
export function colorValue(debate: SubDebate, measure: ColorMeasure): number | null {
  switch (measure) {
    case 'size':
      return debate.comments;
    case 'activity':
      return debate.activity;
    case 'depth':
      return debate.depth;
    case 'balance': {
      const sides = debate.tags.pro + debate.tags.con;
      return sides > 0 ? debate.tags.con / sides : null;
    }
    case 'contestedness':
      return debate.contestedness;
    case 'time':
      return debate.start === null ? null : Date.parse(debate.start);
  }
}

/** How a measure's range is cut into bins. */
export type Spread = 'log' | 'linear' | 'quantile' | 'fixed';

/**
 * Thresholds between bins. Sizes and rates are so skewed (one sub-debate of 778 comments, a
 * hundred of one) that equal widths would paint nearly all of them one colour, so they get equal
 * widths on a log scale; depth equal widths; times bins of about equal count (ties kept together,
 * so there may be fewer bins); shares six equal steps of 0–1.
 */
export function binThresholds(values: readonly number[], spread: Spread, steps = PALETTE_STEPS): number[] {
  if (spread === 'fixed') return Array.from({ length: steps - 1 }, (_, k) => (k + 1) / steps);
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted[0] === sorted[sorted.length - 1]) return [];
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  if (spread === 'log' && low > 0) return Array.from({ length: steps - 1 }, (_, k) => low * (high / low) ** ((k + 1) / steps));
  if (spread !== 'quantile') return Array.from({ length: steps - 1 }, (_, k) => low + ((high - low) * (k + 1)) / steps);
  const thresholds: number[] = [];
  for (let k = 1; k < steps; k++) {
    const t = sorted[Math.floor((k * sorted.length) / steps)];
    if (t !== undefined && t > low && t !== thresholds[thresholds.length - 1]) thresholds.push(t);
  }
  return thresholds;
}

/** The bin of a value: how many thresholds are at or below it. */
export function binOf(value: number, thresholds: readonly number[]): number {
  let bin = 0;
  while (bin < thresholds.length && value >= thresholds[bin]!) bin++;
  return bin;
}

const pad = (n: number) => String(n).padStart(2, '0');
function formatValue(value: number, measure: ColorMeasure): string {
  switch (measure) {
    case 'activity':
      return `${value < 0.1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : Math.round(value)}/h`;
    case 'balance':
    case 'contestedness':
      return `${Math.round(value * 100)} %`;
    case 'time': {
      const d = new Date(value);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    }
    default:
      return String(value);
  }
}

/**
 * Colours a map by a measure of its top-level sub-debates, once per measure and map: the canvas
 * then draws a pan frame from the precomputed steps without looking at a measure again.
 */
export function colorByMeasure(graph: MapGraph, topLevel: readonly SubDebate[], measure: ColorMeasure): MeasureColoring {
  const spread = COLOR_MEASURES.find((entry) => entry.key === measure)!.spread;
  const valued: { at: number; value: number }[] = [];
  let unknown = 0;
  for (const debate of topLevel) {
    const at = graph.index.get(debate.id);
    const value = colorValue(debate, measure);
    if (at === undefined) continue;
    if (value === null) unknown++;
    else valued.push({ at, value });
  }
  const thresholds = binThresholds(valued.map((entry) => entry.value), spread);
  const binCount = thresholds.length + 1;
  const stepOfBin = (bin: number) => (binCount === 1 ? PALETTE_STEPS - 1 : Math.round((bin * (PALETTE_STEPS - 1)) / (binCount - 1)));
  const low = new Array<number>(binCount).fill(Number.POSITIVE_INFINITY);
  const high = new Array<number>(binCount).fill(Number.NEGATIVE_INFINITY);
  const counts = new Array<number>(binCount).fill(0);
  const topStep = new Map<number, number>();
  for (const { at, value } of valued) {
    const bin = binOf(value, thresholds);
    counts[bin]!++;
    low[bin] = Math.min(low[bin]!, value);
    high[bin] = Math.max(high[bin]!, value);
    topStep.set(at, stepOfBin(bin));
  }
  const step = new Int8Array(graph.nodes.length).fill(-1);
  // Each node takes its top-level sub-debate's step, read down the tree in one pass.
  for (const node of graph.preorder) {
    const p = graph.parent[node]!;
    if (p < 0) continue;
    step[node] = graph.parent[p] === -1 ? (topStep.get(node) ?? -1) : step[p]!;
  }
  const bins: ColorBin[] = [];
  for (let bin = 0; bin < binCount; bin++) {
    if (counts[bin] === 0) continue;
    const from = formatValue(low[bin]!, measure);
    const to = formatValue(high[bin]!, measure);
    bins.push({ label: from === to ? from : `${from} – ${to}`, count: counts[bin]!, step: stepOfBin(bin) });
  }
  return { measure, step, bins, unknown };
}
