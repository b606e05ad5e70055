import { describe, expect, it } from 'vitest';
import { growthExponent } from '../../bench/growth';

/** The least-squares slope by the textbook sums formula, computed independently of bench/growth. */
function slopeBySums(points: Array<{ n: number; ms: number }>): number {
  const xs = points.map((p) => Math.log2(p.n));
  const ys = points.map((p) => Math.log2(p.ms));
  const count = points.length;
  const sx = xs.reduce((a, b) => a + b, 0);
  const sy = ys.reduce((a, b) => a + b, 0);
  const sxy = xs.reduce((a, x, i) => a + x * ys[i]!, 0);
  const sxx = xs.reduce((a, x) => a + x * x, 0);
  return (count * sxy - sx * sy) / (count * sxx - sx * sx);
}

describe('growthExponent', () => {
  it('gives the power of an exact power law, whatever its constant', () => {
    for (const power of [0.5, 1, 2, 3]) {
      const points = [1000, 2000, 4000, 8000].map((n) => ({ n, ms: 0.003 * n ** power }));
      expect(growthExponent(points)).toBeCloseTo(power, 10);
    }
  });

  it('reads n log n over 2,000–16,000 as between 1 and 1.2', () => {
    const exponent = growthExponent([2000, 4000, 8000, 16000].map((n) => ({ n, ms: n * Math.log(n) })));
    expect(exponent).toBeGreaterThan(1);
    expect(exponent).toBeLessThan(1.2);
  });

  it('matches the sums formula on noisy points', () => {
    const points = [
      { n: 5000, ms: 3.1 },
      { n: 10000, ms: 5.9 },
      { n: 20000, ms: 14.2 },
      { n: 100000, ms: 61 },
    ];
    expect(growthExponent(points)).toBeCloseTo(slopeBySums(points), 10);
  });

  it('has no answer from fewer than two usable points', () => {
    expect(growthExponent([{ n: 1000, ms: 2 }])).toBeNaN();
    expect(growthExponent([{ n: 1000, ms: 2 }, { n: 2000, ms: 0 }])).toBeNaN();
  });
});
