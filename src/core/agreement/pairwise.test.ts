import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromMatrix, confusionMatrix, pairPercentAgreement } from './pairwise';
import { expandRuns, sklearnCohenKappa } from './published-examples';
import { unitsData } from './test-data';

const pairData = (a: readonly (number | null)[], b: readonly (number | null)[], categories = ['0', '1', '2']) =>
  unitsData(a.map((value, i) => [value, b[i]!]), categories);

describe('Cohen’s kappa for a pair of coders', () => {
  for (const example of sklearnCohenKappa) {
    it(`equals scikit-learn’s cohen_kappa_score on ${example.name} (published ${example.published})`, () => {
      const data = pairData(expandRuns(example.y1), expandRuns(example.y2));
      expect(Math.abs(cohenKappa(data, 0, 1)! - example.kappa)).toBeLessThan(1e-9);
      expect(cohenKappa(data, 1, 0)).toBe(cohenKappa(data, 0, 1));
    });
  }

  it('is 1 under perfect agreement', () => {
    expect(cohenKappa(pairData([0, 1, 2, 1], [0, 1, 2, 1]), 0, 1)).toBe(1);
  });

  it('is 0 when agreement is exactly what chance predicts', () => {
    // p_o = 1/2; each coder says 0 and 1 half the time, so p_e = 1/2.
    expect(cohenKappa(pairData([0, 0, 1, 1], [0, 1, 0, 1]), 0, 1)).toBe(0);
  });

  it('is undefined (null) when both coders used one and the same category for everything', () => {
    expect(cohenKappa(pairData([1, 1, 1], [1, 1, 1]), 0, 1)).toBeNull();
  });

  it('is defined when one coder used a single category and the other did not', () => {
    // p_o = 2/3, p_e = 2/3 (coder a says 1 always, coder b says 1 two times in three): κ = 0.
    expect(cohenKappa(pairData([1, 1, 1], [1, 1, 0]), 0, 1)).toBe(0);
  });

  it('counts only the units both coders coded', () => {
    const data = pairData([0, 1, null, 2, 0], [0, 1, 2, null, 1]);
    expect(confusionMatrix(data, 0, 1)).toEqual([[1, 1, 0], [0, 1, 0], [0, 0, 0]]);
    expect(pairPercentAgreement(confusionMatrix(data, 0, 1))).toBeCloseTo(2 / 3, 15);
  });

  it('is null when the two coders share no unit', () => {
    const data = pairData([0, null], [null, 1]);
    expect(cohenKappa(data, 0, 1)).toBeNull();
    expect(pairPercentAgreement(confusionMatrix(data, 0, 1))).toBeNull();
  });

  it('reads the confusion matrix with the first coder in rows', () => {
    expect(cohenKappaFromMatrix([[20, 20], [10, 50]])).toBeCloseTo(8 / 23, 12);
    expect(confusionMatrix(pairData([0, 0, 1], [1, 1, 1]), 0, 1)).toEqual([[0, 2, 0], [0, 1, 0], [0, 0, 0]]);
  });
});
