/**
 * The growth exponent of a cost: the slope of log(time) against log(n), fitted by least squares.
 * 1 is linear, 2 quadratic; n log n reads as about 1.1 over the sizes measured here.
 */
export function growthExponent(points: ReadonlyArray<{ n: number; ms: number }>): number {
  const usable = points.filter((point) => point.n > 0 && point.ms > 0);
  if (usable.length < 2) return Number.NaN;
  const xs = usable.map((point) => Math.log(point.n));
  const ys = usable.map((point) => Math.log(point.ms));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < xs.length; i++) {
    covariance += (xs[i]! - meanX) * (ys[i]! - meanY);
    variance += (xs[i]! - meanX) ** 2;
  }
  return variance === 0 ? Number.NaN : covariance / variance;
}
