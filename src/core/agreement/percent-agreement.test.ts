import { describe, expect, it } from 'vitest';
import { percentAgreement } from './percent-agreement';
import { fleiss1971 } from './published-examples';
import { fleissAsUnits, unitsData } from './test-data';

describe('percent agreement', () => {
  it('equals Fleiss’ mean agreement P̄ (172/455) when every coder coded every unit', () => {
    expect(Math.abs(percentAgreement(fleissAsUnits(fleiss1971.table, ['1', '2', '3', '4', '5']))! - fleiss1971.meanAgreement)).toBeLessThan(1e-12);
  });

  it('is the share of agreeing coder pairs per unit, averaged over units with two or more values', () => {
    // Unit 1: 1 of 3 pairs agree; unit 2: 1 of 1; unit 3 has one value and is left out.
    expect(percentAgreement(unitsData([[0, 0, 1], [2, 2, null], [1, null, null]]))).toBeCloseTo((1 / 3 + 1) / 2, 15);
  });

  it('is null when no unit has two values', () => {
    expect(percentAgreement(unitsData([[0, null], [null, 1]]))).toBeNull();
  });
});
