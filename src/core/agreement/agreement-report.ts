import { alphaBootstrap, type AlphaInterval, type BootstrapOptions } from './bootstrap';
import { fleissKappa } from './fleiss-kappa';
import { categoryAlphas, krippendorffAlpha } from './krippendorff-alpha';
import { cohenKappaFromMatrix, confusionMatrix, matrixTotal, pairPercentAgreement, type ConfusionMatrix } from './pairwise';
import { percentAgreement } from './percent-agreement';
import { codedCount, type ReliabilityData } from './reliability-data';

/** One pair of coders, in argument order. */
export interface PairAgreement {
  coders: [string, string];
  /** Units both coders coded. */
  n: number;
  percentAgreement: number | null;
  cohenKappa: number | null;
}

/** Agreement on one category against all the others. */
export interface CategoryAgreement {
  category: string;
  /** How often coders chose this category in the units coded by at least two (n_c of α). */
  values: number;
  /** Krippendorff's α on the data recoded this-category-or-another (missing stays missing). */
  krippendorffAlpha: number | null;
}

export interface PairConfusion {
  coders: [string, string];
  /** Row and column labels of `matrix`. */
  categories: string[];
  /** `matrix[i][j]`: units the first coder put in category i and the second in category j. */
  matrix: ConfusionMatrix;
}

/** Everything the agreement report says; numbers unrounded, null where a measure is undefined. */
export interface AgreementReport {
  coders: string[];
  /** Units (comments) each coder coded, in coder order. */
  coded: { coder: string; units: number }[];
  /** Units that could be coded (comments with a parent, not `more` stubs). */
  totalUnits: number;
  /** Units coded by at least two coders: what percent agreement and α are computed over. */
  units: number;
  percentAgreement: number | null;
  krippendorffAlpha: number | null;
  krippendorffAlphaInterval: AlphaInterval;
  /** Fleiss' κ over the units coded by every coder; null with fewer than three coders or no such unit. */
  fleissKappa: number | null;
  fleissUnits: number;
  pairs: PairAgreement[];
  categories: CategoryAgreement[];
  confusion: PairConfusion[];
}

/** Computes every agreement measure of the report from reliability data. */
export function agreementReport(data: ReliabilityData, bootstrap: Partial<BootstrapOptions> = {}): AgreementReport {
  const coders = [...data.coders];
  const coded = coders.map((coder, c) => ({ coder, units: data.values.reduce((n, row) => n + (row[c] === null ? 0 : 1), 0) }));
  const pairs: PairAgreement[] = [];
  const confusion: PairConfusion[] = [];
  for (let a = 0; a < coders.length; a++) {
    for (let b = a + 1; b < coders.length; b++) {
      const matrix = confusionMatrix(data, a, b);
      const names: [string, string] = [coders[a]!, coders[b]!];
      pairs.push({ coders: names, n: matrixTotal(matrix), percentAgreement: pairPercentAgreement(matrix), cohenKappa: cohenKappaFromMatrix(matrix) });
      confusion.push({ coders: names, categories: [...data.categories], matrix });
    }
  }
  const used = new Array<number>(data.categories.length).fill(0);
  for (const row of data.values) {
    if (codedCount(row) < 2) continue;
    for (const value of row) if (value !== null) used[value]! += 1;
  }
  const alphas = categoryAlphas(data);
  const fleiss = fleissKappa(data);
  return {
    coders,
    coded,
    totalUnits: data.units.length,
    units: data.values.reduce((n, row) => n + (codedCount(row) >= 2 ? 1 : 0), 0),
    percentAgreement: percentAgreement(data),
    krippendorffAlpha: krippendorffAlpha(data),
    krippendorffAlphaInterval: alphaBootstrap(data, bootstrap),
    fleissKappa: fleiss.kappa,
    fleissUnits: fleiss.units,
    pairs,
    categories: data.categories.map((category, i) => ({ category, values: used[i]!, krippendorffAlpha: alphas[i]! })),
    confusion,
  };
}

/** Units coded by every coder (as a count), for the overlap sentence. */
export function unitsCodedByAll(data: ReliabilityData): number {
  return data.values.reduce((n, row) => n + (codedCount(row) === data.coders.length ? 1 : 0), 0);
}
