/*
 * Recorded inputs and expected outputs of published worked examples, for the tests. Each expected
 * value is the exact fraction, worked out by hand from the source's own figures (and checked with
 * Python's fractions module); the source's rounded figure is kept beside it.
 */

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43, section C
 * ("nominal data, any number of observers, missing data"): 4 observers × 12 units, values 1–5, null
 * where an observer did not code the unit. The same table is the nominal test of the `krippendorff`
 * Python package (tests/test_krippendorff.py, `test_alpha_nominal_data`). Published α = 0.743;
 * n = 40 pairable values, n_c = 9, 13, 10, 5, 3 and Σ_{c≠k} o_ck = 8, so
 * α = 1 − 39 · 8 / (40² − Σ n_c²) = 1 − 312/1216 = 113/152.
 */
export const krippendorff2011 = {
  categories: ['1', '2', '3', '4', '5'],
  /** Rows are observers A–D, columns units 1–12, as printed in the paper. */
  observers: [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ] as (number | null)[][],
  alpha: 113 / 152,
  publishedAlpha: 0.743,
  pairableValues: 40,
  valueTotals: [9, 13, 10, 5, 3],
};

/**
 * scikit-learn, sklearn/metrics/tests/test_classification.py, `test_cohen_kappa`, which checks
 * `cohen_kappa_score` on label vectors reproducing Artstein & Poesio (2008), "Inter-coder agreement
 * for computational linguistics", Table 1 (two categories) and Table 4 (three categories), plus a
 * third three-category case. Vectors are given as runs: [label, count] pairs.
 */
export const sklearnCohenKappa = [
  {
    name: 'Artstein & Poesio (2008) Table 1',
    y1: [[0, 40], [1, 60]],
    y2: [[0, 20], [1, 20], [0, 10], [1, 50]],
    kappa: 8 / 23,
    published: 0.348,
  },
  {
    name: 'Artstein & Poesio (2008) Table 4',
    y1: [[0, 46], [1, 44], [2, 10]],
    y2: [[0, 52], [1, 32], [2, 16]],
    kappa: 121 / 151,
    published: 0.8013,
  },
  {
    name: 'scikit-learn third multiclass case',
    y1: [[0, 46], [1, 44], [2, 10]],
    y2: [[0, 50], [1, 40], [2, 10]],
    kappa: 68 / 73,
    published: 0.9315,
  },
] as const;

/**
 * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
 * Bulletin 76(5), 378–382: 10 subjects, 5 categories, 14 raters each. The same table is `table1`
 * of statsmodels' statsmodels/stats/tests/test_inter_rater.py, whose `test_fleiss_kappa` checks
 * `fleiss_kappa(table1)` against 0.210. P̄ = 172/455, P̄_e = 417/1960, κ = 4211/20059.
 */
export const fleiss1971 = {
  table: [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ],
  raters: 14,
  kappa: 4211 / 20059,
  published: 0.21,
  meanAgreement: 172 / 455,
};

/** Expands [label, count] runs into a label vector. */
export function expandRuns(runs: readonly (readonly [number, number])[]): number[] {
  return runs.flatMap(([label, n]) => new Array<number>(n).fill(label));
}
