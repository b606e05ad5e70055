import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { alphaFromSums, alphaUnitTotals, type AlphaUnitTotals } from './krippendorff-alpha';
import type { ReliabilityData } from './reliability-data';

/*
 * Percentile bootstrap over units (Efron & Tibshirani 1993, ch. 13): draw as many units as there
 * are, with replacement, recompute the statistic, repeat; the interval is the (1 − level)/2 and
 * (1 + level)/2 quantiles of the resampled values. Units, not single values, are resampled because
 * the coders' values of one comment belong together. (Hayes & Krippendorff 2007 bootstrap α
 * differently, by resampling pairable values; the percentile bootstrap over units is the plainer
 * method, and the one stated in every report.) The generator is seeded xoroshiro128+ from
 * pure-rand, so the same data and seed always give the same interval.
 */

export interface BootstrapOptions {
  /** How many resamples; 1,000 by default. */
  resamples: number;
  /** Seed of the pseudo-random generator (a 32-bit integer); the same seed gives the same interval. */
  seed: number;
  /** Coverage of the interval; 0.95 by default. */
  level: number;
}

export const DEFAULT_BOOTSTRAP: BootstrapOptions = { resamples: 1000, seed: 20111, level: 0.95 };

/** The resampled values of a statistic, sorted, and how many resamples left it undefined. */
export interface BootstrapDistribution {
  /** The defined values, ascending. */
  values: number[];
  /** Resamples whose statistic was undefined (e.g. α of a resample holding one category only). */
  undefinedResamples: number;
}

/**
 * Resamples `unitCount` units with replacement `resamples` times; `statistic` gets the indexes
 * drawn (a buffer reused between calls, so read it, don't keep it) and returns a value or null.
 */
export function bootstrapDistribution(
  unitCount: number,
  statistic: (picks: Int32Array) => number | null,
  options: Pick<BootstrapOptions, 'resamples' | 'seed'>,
): BootstrapDistribution {
  const values: number[] = [];
  let undefinedResamples = 0;
  if (unitCount === 0) return { values, undefinedResamples: options.resamples };
  const rng = xoroshiro128plus(options.seed);
  const picks = new Int32Array(unitCount);
  for (let r = 0; r < options.resamples; r++) {
    for (let i = 0; i < unitCount; i++) picks[i] = uniformInt(rng, 0, unitCount - 1);
    const value = statistic(picks);
    if (value === null || Number.isNaN(value)) undefinedResamples += 1;
    else values.push(value);
  }
  values.sort((a, b) => a - b);
  return { values, undefinedResamples };
}

/**
 * The p-quantile of ascending values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, NumPy's and R's default): h = (N − 1)p, x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

/** A bootstrap interval for α, with the settings that produced it. */
export interface AlphaInterval {
  /** Null when no resample gave a defined α. */
  lower: number | null;
  upper: number | null;
  level: number;
  resamples: number;
  seed: number;
  /** Resamples left out because α was undefined in them (all their values in one category). */
  undefinedResamples: number;
  method: string;
}

export const BOOTSTRAP_METHOD = 'percentile bootstrap over units (resampled with replacement), seeded xoroshiro128+';

/**
 * α of a resample by unit pattern: units with the same value counts contribute identically, and a
 * thread has few patterns (3 categories × up to 5 coders: at most 55), so a resample only counts
 * how often it drew each pattern and then sums the patterns, instead of summing every unit.
 */
function patternAlpha(totals: AlphaUnitTotals): (picks: Int32Array) => number | null {
  const k = totals.categoryCount;
  const patternOf = new Int32Array(totals.unitCount);
  const first: number[] = [];
  const seen = new Map<string, number>();
  for (let u = 0; u < totals.unitCount; u++) {
    const key = Array.from(totals.counts.subarray(u * k, u * k + k)).join(',');
    let pattern = seen.get(key);
    if (pattern === undefined) {
      pattern = first.length;
      seen.set(key, pattern);
      first.push(u);
    }
    patternOf[u] = pattern;
  }
  const drawn = new Float64Array(first.length);
  const categoryTotals = new Float64Array(k);
  return (picks) => {
    drawn.fill(0);
    for (let i = 0; i < picks.length; i++) drawn[patternOf[picks[i]!]!]! += 1;
    categoryTotals.fill(0);
    let n = 0;
    let diagonal = 0;
    for (let p = 0; p < first.length; p++) {
      const times = drawn[p]!;
      if (times === 0) continue;
      const u = first[p]!;
      n += times * totals.values[u]!;
      diagonal += times * totals.agreement[u]!;
      for (let c = 0; c < k; c++) categoryTotals[c]! += times * totals.counts[u * k + c]!;
    }
    return alphaFromSums(n, diagonal, categoryTotals);
  };
}

/** A percentile-bootstrap interval for Krippendorff's α (nominal), resampling units with ≥ 2 values. */
export function alphaBootstrap(data: ReliabilityData, options: Partial<BootstrapOptions> = {}): AlphaInterval {
  const settings = { ...DEFAULT_BOOTSTRAP, ...options };
  const totals = alphaUnitTotals(data);
  const distribution = bootstrapDistribution(totals.unitCount, patternAlpha(totals), settings);
  const tail = (1 - settings.level) / 2;
  return {
    lower: quantile(distribution.values, tail),
    upper: quantile(distribution.values, 1 - tail),
    level: settings.level,
    resamples: settings.resamples,
    seed: settings.seed,
    undefinedResamples: distribution.undefinedResamples,
    method: BOOTSTRAP_METHOD,
  };
}
