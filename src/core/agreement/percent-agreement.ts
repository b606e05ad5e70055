import { codedCount, type ReliabilityData } from './reliability-data';

/**
 * Percent agreement over the units coded by at least two coders: for each such unit the share of
 * its coder pairs that agree, Σ_k n_uk(n_uk − 1) / (m_u(m_u − 1)) with m_u coders and n_uk of them
 * choosing category k; then the mean over units. With two coders it is the share of units they
 * agree on; with every coder on every unit it equals Fleiss' P̄. Null when no unit has two coders.
 */
export function percentAgreement(data: ReliabilityData): number | null {
  const k = data.categories.length;
  const counts = new Array<number>(k);
  let sum = 0;
  let units = 0;
  for (const row of data.values) {
    const m = codedCount(row);
    if (m < 2) continue;
    counts.fill(0);
    for (const value of row) if (value !== null) counts[value]! += 1;
    let agreeingPairs = 0;
    for (const count of counts) agreeingPairs += count * (count - 1);
    sum += agreeingPairs / (m * (m - 1));
    units += 1;
  }
  return units === 0 ? null : sum / units;
}
