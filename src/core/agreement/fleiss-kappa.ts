import { codedCount, valueCounts, type ReliabilityData } from './reliability-data';

/**
 * Fleiss' κ (1971) from a subjects × categories table of counts, every row summing to the same
 * number of raters m: P_i = (Σ_j n_ij² − m) / (m(m − 1)), P̄ = mean of P_i, p_j = Σ_i n_ij / (N·m),
 * P̄_e = Σ_j p_j², κ = (P̄ − P̄_e) / (1 − P̄_e). Null when there is no subject, or when P̄_e = 1
 * (every rating in one category: chance alone agrees perfectly, so κ is 0/0). Throws when the rows
 * do not all have the same number (≥ 2) of raters, which the formula needs.
 */
export function fleissKappaFromCounts(table: readonly (readonly number[])[]): number | null {
  if (table.length === 0) return null;
  const m = table[0]!.reduce((sum, n) => sum + n, 0);
  if (m < 2) throw new Error('Fleiss’ κ needs at least two ratings per subject.');
  const k = table[0]!.length;
  const totals = new Array<number>(k).fill(0);
  let sumP = 0;
  for (const row of table) {
    if (row.length !== k || row.reduce((sum, n) => sum + n, 0) !== m) {
      throw new Error('Fleiss’ κ needs the same number of ratings for every subject.');
    }
    let squares = 0;
    row.forEach((n, j) => {
      squares += n * n;
      totals[j]! += n;
    });
    sumP += (squares - m) / (m * (m - 1));
  }
  const subjects = table.length;
  const pBar = sumP / subjects;
  let pExpected = 0;
  for (const total of totals) pExpected += (total / (subjects * m)) ** 2;
  if (pExpected === 1) return null;
  return (pBar - pExpected) / (1 - pExpected);
}

/** Fleiss' κ and the number of units it is computed over. */
export interface FleissResult {
  /** Null with fewer than three coders, no unit coded by all of them, or κ undefined. */
  kappa: number | null;
  /** Units coded by every coder: the only units Fleiss' κ can use. */
  units: number;
}

/**
 * Fleiss' κ over the units coded by every coder (the formula cannot take missing values; α can).
 * With two coders it is left out (null): Cohen's κ is the measure for a pair.
 */
export function fleissKappa(data: ReliabilityData): FleissResult {
  const coders = data.coders.length;
  const table: number[][] = [];
  for (const row of data.values) if (codedCount(row) === coders) table.push(valueCounts(row, data.categories.length));
  if (coders < 3) return { kappa: null, units: table.length };
  return { kappa: fleissKappaFromCounts(table), units: table.length };
}
