import { describe, expect, it } from 'vitest';
import { fleissKappa, fleissKappaFromCounts } from './fleiss-kappa';
import { fleiss1971 } from './published-examples';
import { fleissAsUnits, unitsData } from './test-data';

describe('Fleiss’ kappa', () => {
  it('equals statsmodels’ fleiss_kappa on Fleiss’ 1971 table (4211/20059, published 0.210)', () => {
    const kappa = fleissKappaFromCounts(fleiss1971.table)!;
    expect(Math.abs(kappa - fleiss1971.kappa)).toBeLessThan(1e-9);
    expect(kappa.toFixed(2)).toBe(fleiss1971.published.toFixed(2));
  });

  it('gives the same value from reliability data with every coder on every unit', () => {
    const result = fleissKappa(fleissAsUnits(fleiss1971.table, ['1', '2', '3', '4', '5']));
    expect(result.units).toBe(10);
    expect(Math.abs(result.kappa! - fleiss1971.kappa)).toBeLessThan(1e-9);
  });

  it('uses only the units coded by every coder', () => {
    const complete = [[0, 0, 1], [1, 1, 1], [2, 2, 0], [0, 0, 0]];
    const withGaps = [...complete, [0, null, 1], [null, null, 2]];
    const result = fleissKappa(unitsData(withGaps));
    expect(result.units).toBe(4);
    expect(result.kappa).toBe(fleissKappa(unitsData(complete)).kappa);
  });

  it('is left out (null) with two coders, where Cohen’s kappa is the measure', () => {
    expect(fleissKappa(unitsData([[0, 0], [1, 0]]))).toEqual({ kappa: null, units: 2 });
  });

  it('is null when no unit was coded by every coder', () => {
    expect(fleissKappa(unitsData([[0, 0, null], [null, 1, 1]]))).toEqual({ kappa: null, units: 0 });
  });

  it('is 1 under perfect agreement and null when every rating is one category', () => {
    expect(fleissKappaFromCounts([[3, 0], [0, 3]])).toBe(1);
    expect(fleissKappaFromCounts([[3, 0], [3, 0]])).toBeNull();
  });

  it('refuses a table whose subjects have different numbers of ratings', () => {
    expect(() => fleissKappaFromCounts([[3, 0], [1, 1]])).toThrow(/same number of ratings/);
  });
});
