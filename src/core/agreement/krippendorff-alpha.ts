import { codedCount, type ReliabilityData } from './reliability-data';

/*
 * Krippendorff's α for nominal data with missing values (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", section C). Only units with at least two values count. Each
 * unit u with m_u values adds to the coincidence matrix o_ck the pairs (c, k) of its values, each
 * pair weighted 1 / (m_u − 1); n_c = Σ_k o_ck is how often value c was given, n = Σ_c n_c. Then
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 * Since Σ_k o_ck = n_c, Σ_{c≠k} o_ck = n − Σ_c o_cc and Σ_{c≠k} n_c·n_k = n² − Σ_c n_c², so α
 * needs per unit only m_u, its diagonal Σ_c n_uc(n_uc − 1) / (m_u − 1) and its value counts n_uc:
 * the bootstrap re-sums those rather than whole matrices.
 */

/** Per-unit sums from which α is built, for the units with at least two values. */
export interface AlphaUnitTotals {
  /** How many units (rows) there are. */
  readonly unitCount: number;
  readonly categoryCount: number;
  /** m_u: values in each unit. */
  readonly values: Float64Array;
  /** Σ_c n_uc(n_uc − 1) / (m_u − 1): the unit's share of the coincidence matrix's diagonal. */
  readonly agreement: Float64Array;
  /** n_uc, row-major (unit × category). */
  readonly counts: Float64Array;
}

/** The per-unit totals of α's formula, over the units coded by at least two coders. */
export function alphaUnitTotals(data: ReliabilityData): AlphaUnitTotals {
  const k = data.categories.length;
  const rows = data.values.filter((row) => codedCount(row) >= 2);
  const values = new Float64Array(rows.length);
  const agreement = new Float64Array(rows.length);
  const counts = new Float64Array(rows.length * k);
  rows.forEach((row, u) => {
    let m = 0;
    for (const value of row) {
      if (value === null) continue;
      counts[u * k + value]! += 1;
      m += 1;
    }
    let diagonal = 0;
    for (let c = 0; c < k; c++) {
      const n = counts[u * k + c]!;
      diagonal += n * (n - 1);
    }
    values[u] = m;
    agreement[u] = diagonal / (m - 1);
  });
  return { unitCount: rows.length, categoryCount: k, values, agreement, counts };
}

/**
 * α from summed totals: n values, diagonal Σ_c o_cc and value counts n_c. Null when it is
 * undefined: no pairable value, or all values in one category (D_e = 0: nothing to tell apart).
 */
export function alphaFromSums(n: number, diagonal: number, categoryTotals: ArrayLike<number>): number | null {
  let squares = 0;
  for (let c = 0; c < categoryTotals.length; c++) squares += categoryTotals[c]! ** 2;
  const expected = n * n - squares;
  if (n === 0 || expected === 0) return null;
  return 1 - ((n - 1) * (n - diagonal)) / expected;
}

/** Sums the totals of the units listed in `picks` (a unit may appear more than once) into α. */
export function alphaOfUnits(totals: AlphaUnitTotals, picks: ArrayLike<number>, scratch?: Float64Array): number | null {
  const k = totals.categoryCount;
  const categoryTotals = scratch ?? new Float64Array(k);
  categoryTotals.fill(0);
  let n = 0;
  let diagonal = 0;
  for (let i = 0; i < picks.length; i++) {
    const u = picks[i]!;
    n += totals.values[u]!;
    diagonal += totals.agreement[u]!;
    for (let c = 0; c < k; c++) categoryTotals[c]! += totals.counts[u * k + c]!;
  }
  return alphaFromSums(n, diagonal, categoryTotals);
}

/** Krippendorff's α, nominal, with missing data, over all units with at least two values. */
export function krippendorffAlpha(data: ReliabilityData): number | null {
  const totals = alphaUnitTotals(data);
  const all = new Int32Array(totals.unitCount);
  for (let u = 0; u < all.length; u++) all[u] = u;
  return alphaOfUnits(totals, all);
}

/**
 * Per-category agreement: α on the data recoded one-vs-rest (this category, or any other; missing
 * stays missing), one value per category in `data.categories` order. α rather than κ because it
 * takes any number of coders and missing values, like the overall figure it sits beside. Null for
 * a category that no coder or every coder used for every value.
 */
export function categoryAlphas(data: ReliabilityData): (number | null)[] {
  return data.categories.map((_, category) => {
    const binary: ReliabilityData = {
      categories: ['this', 'other'],
      coders: data.coders,
      units: data.units,
      values: data.values.map((row) => row.map((value) => (value === null ? null : value === category ? 0 : 1))),
    };
    return krippendorffAlpha(binary);
  });
}
