import { describe, expect, it } from 'vitest';
import { alphaBootstrap, bootstrapDistribution, quantile } from './bootstrap';
import { krippendorffAlpha } from './krippendorff-alpha';
import { unitsData } from './test-data';

/** A deterministic mix of agreeing and disagreeing units for three coders, some values missing. */
function mixedRows(units: number): (number | null)[][] {
  return Array.from({ length: units }, (_, u) => {
    const base = u % 3;
    if (u % 5 === 0) return [base, (base + 1) % 3, base];
    if (u % 7 === 0) return [base, base, null];
    return [base, base, base];
  });
}

/** P(X ≤ x) for X ~ Binomial(n, p), summed exactly term by term. */
function binomialCdf(n: number, p: number): number[] {
  const pmf = [(1 - p) ** n];
  for (let k = 1; k <= n; k++) pmf.push((pmf[k - 1]! * (n - k + 1) * p) / (k * (1 - p)));
  let sum = 0;
  return pmf.map((mass) => (sum += mass));
}

describe('the bootstrap interval for alpha', () => {
  const data = unitsData(mixedRows(300));

  it('gives the same interval for the same seed and a different one for another seed', () => {
    const first = alphaBootstrap(data, { seed: 7 });
    expect(alphaBootstrap(data, { seed: 7 })).toEqual(first);
    expect(alphaBootstrap(data, { seed: 8 }).lower).not.toBe(first.lower);
  });

  it('contains the point estimate, with 1,000 resamples at 95 % by default', () => {
    const interval = alphaBootstrap(data);
    const alpha = krippendorffAlpha(data)!;
    expect(interval.resamples).toBe(1000);
    expect(interval.level).toBe(0.95);
    expect(interval.lower!).toBeLessThan(alpha);
    expect(interval.upper!).toBeGreaterThan(alpha);
  });

  it('re-sums per-unit totals to exactly the alpha of the resampled units recomputed from scratch', () => {
    const options = { seed: 3, resamples: 200 };
    const recomputed = bootstrapDistribution(data.values.length, (picks) => krippendorffAlpha(unitsData(Array.from(picks, (u) => data.values[u]!))), options);
    const interval = alphaBootstrap(data, { ...options, level: 0.9 });
    expect(Math.abs(interval.lower! - quantile(recomputed.values, 0.05)!)).toBeLessThan(1e-9);
    expect(Math.abs(interval.upper! - quantile(recomputed.values, 0.95)!)).toBeLessThan(1e-9);
  });

  it('is [1, 1] when every unit is coded identically by everyone', () => {
    const interval = alphaBootstrap(unitsData(Array.from({ length: 50 }, (_, u) => [u % 2, u % 2])));
    expect([interval.lower, interval.upper]).toEqual([1, 1]);
  });

  it('has no bounds, and says every resample was undefined, when all values are one category', () => {
    const interval = alphaBootstrap(unitsData([[0, 0], [0, 0], [0, null]]), { resamples: 50 });
    expect(interval).toMatchObject({ lower: null, upper: null, undefinedResamples: 50 });
  });
});

describe('the bootstrap resampling', () => {
  it('reproduces the known distribution of a resampled mean: Binomial(n, p̂) / n for 0/1 data', () => {
    // 60 ones in 200: a resample's mean is Binomial(200, 0.3) / 200, whatever the generator.
    const n = 200;
    const ones = 60;
    const values = Array.from({ length: n }, (_, i) => (i < ones ? 1 : 0));
    const mean = (picks: Int32Array) => picks.reduce((sum, u) => sum + values[u]!, 0) / n;
    const { values: means } = bootstrapDistribution(n, mean, { seed: 11, resamples: 1000 });
    const cdf = binomialCdf(n, ones / n);
    const binomialQuantile = (p: number) => cdf.findIndex((c) => c >= p) / n;
    // The 25th of 1,000 draws scatters by about half a count around the 2.5 % quantile; allow three.
    expect(Math.abs(quantile(means, 0.025)! - binomialQuantile(0.025))).toBeLessThanOrEqual(3 / n);
    expect(Math.abs(quantile(means, 0.975)! - binomialQuantile(0.975))).toBeLessThanOrEqual(3 / n);
    const average = means.reduce((a, b) => a + b, 0) / means.length;
    const variance = means.reduce((a, b) => a + (b - average) ** 2, 0) / (means.length - 1);
    expect(Math.abs(average - 0.3)).toBeLessThan(0.005); // standard error of the average: 0.001
    expect(variance / ((0.3 * 0.7) / n)).toBeGreaterThan(0.85); // relative standard error: 4.5 %
    expect(variance / ((0.3 * 0.7) / n)).toBeLessThan(1.15);
  });

  it('takes quantiles by linear interpolation as NumPy’s percentile does', () => {
    // numpy.percentile([1, 2, 3, 4], [25, 50, 97.5]) → [1.75, 2.5, 3.925]
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(quantile([], 0.5)).toBeNull();
  });
});
