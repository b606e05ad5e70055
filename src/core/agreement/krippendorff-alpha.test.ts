import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryAlphas, krippendorffAlpha } from './krippendorff-alpha';
import { krippendorff2011 } from './published-examples';
import { codersData, unitsData } from './test-data';

/**
 * The textbook route, written independently of the code under test: build the full coincidence
 * matrix from every ordered pair of values in a unit, weighted 1/(m_u − 1), then
 * α = 1 − D_o/D_e with D_o = Σ_{c≠k} o_ck / n and D_e = Σ_{c≠k} n_c n_k / (n(n − 1)).
 */
function alphaByCoincidenceMatrix(rows: readonly (readonly (number | null)[])[], k: number): number | null {
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const row of rows) {
    const values = row.filter((v): v is number => v !== null);
    if (values.length < 2) continue;
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) if (i !== j) o[values[i]!]![values[j]!]! += 1 / (values.length - 1);
    }
  }
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = nc.reduce((a, b) => a + b, 0);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      if (c === d) continue;
      observed += o[c]![d]!;
      expected += nc[c]! * nc[d]!;
    }
  }
  if (n === 0 || expected === 0) return null;
  return 1 - (observed / n) / (expected / (n * (n - 1)));
}

const reliabilityRows = (coders: number, k: number) =>
  fc.array(fc.array(fc.option(fc.integer({ min: 0, max: k - 1 }), { nil: null, freq: 3 }), { minLength: coders, maxLength: coders }), { minLength: 1, maxLength: 40 });

describe('Krippendorff’s alpha (nominal, missing data)', () => {
  it('is 113/152 (published 0.743) on Krippendorff’s 2011 reliability-data example', () => {
    const data = codersData(krippendorff2011.observers.map((row) => row.map((v) => (v === null ? null : v - 1))), krippendorff2011.categories);
    const alpha = krippendorffAlpha(data)!;
    expect(alpha).toBeCloseTo(krippendorff2011.alpha, 9);
    expect(alpha.toFixed(3)).toBe(krippendorff2011.publishedAlpha.toFixed(3));
  });

  it('equals the full coincidence-matrix computation on random data with missing values', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 4 })).chain(([coders, k]) => fc.tuple(fc.constant(k), reliabilityRows(coders, k))),
        ([k, rows]) => {
          const expected = alphaByCoincidenceMatrix(rows, k);
          const actual = krippendorffAlpha(unitsData(rows, Array.from({ length: k }, (_, i) => `c${i}`)));
          if (expected === null) expect(actual).toBeNull();
          else expect(Math.abs(actual! - expected)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is 1 when every coder agrees on every unit, with two categories in use', () => {
    expect(krippendorffAlpha(unitsData([[0, 0, 0], [1, 1, null], [2, 2, 2]]))).toBe(1);
  });

  it('is undefined (null) when every value is the same category, since nothing is told apart', () => {
    expect(krippendorffAlpha(unitsData([[0, 0], [0, 0], [0, null]]))).toBeNull();
  });

  it('ignores units with fewer than two values and is null when none has two', () => {
    const withLoners = unitsData([[0, 0], [1, 1], [0, 1], [2, null], [null, null]]);
    const without = unitsData([[0, 0], [1, 1], [0, 1]]);
    expect(krippendorffAlpha(withLoners)).toBe(krippendorffAlpha(without));
    expect(krippendorffAlpha(unitsData([[0, null], [null, 1]]))).toBeNull();
  });

  it('is below zero when two coders disagree more than chance: always opposite on two categories', () => {
    // n = 8, n_pro = n_con = 4, every pair disagrees: α = 1 − 7 · 8 / (64 − 32) = −0.75.
    expect(krippendorffAlpha(unitsData([[0, 1], [1, 0], [0, 1], [1, 0]]))).toBeCloseTo(-0.75, 12);
  });
});

describe('per-category agreement (one against the rest)', () => {
  it('gives each category the alpha of the data recoded as that category or another', () => {
    const rows = [[0, 0, 1], [1, 1, 1], [2, 2, null], [0, 2, 2], [1, 0, 1], [2, 2, 2]];
    const alphas = categoryAlphas(unitsData(rows));
    for (let category = 0; category < 3; category++) {
      const recoded = rows.map((row) => row.map((v) => (v === null ? null : v === category ? 0 : 1)));
      expect(alphas[category]).toBeCloseTo(alphaByCoincidenceMatrix(recoded, 2)!, 12);
    }
  });

  it('is null for a category no coder used', () => {
    expect(categoryAlphas(unitsData([[0, 0], [1, 0], [1, 1]]))[2]).toBeNull();
  });
});
