import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { agreementReport } from './agreement-report';
import { formatReport, overlapSentence } from './format-report';
import { unitsData } from './test-data';

const twoCoders = { ...unitsData([[0, 0], [1, 1], [2, 0], [0, null], [null, 1]]), coders: ['ana', 'b|en'] };
const threeCoders = unitsData([[0, 0, 0], [1, 1, null], [1, 1, 1], [null, null, 2]]);

describe('the agreement report’s text formats', () => {
  it('states the overlap as “ana coded …, ben …; … by both” for two coders and “by all … by at least two” for more', () => {
    expect(overlapSentence(agreementReport(twoCoders), 3)).toBe('ana coded 4 comments, b|en 4; 3 by both.');
    expect(overlapSentence(agreementReport(threeCoders), 2)).toBe('coder1 coded 3 comments, coder2 3, coder3 3; 2 by all, 3 by at least two.');
  });

  it('writes undefined measures as “—” in Markdown and escapes a | in a coder’s name', () => {
    const markdown = formatReport(agreementReport(twoCoders), 'markdown', { codedByAll: 3 });
    expect(markdown).toContain('| Fleiss’ κ | — (needs three or more coders) | 3 |');
    expect(markdown).toContain('| ana & b\\|en | 3 | 66.7 % |');
    expect(markdown).toContain('Two coders tagged comments of one thread with the categories pro, con, question.');
    expect(markdown).toContain('3 units were coded by both coders.');
    expect(markdown).toContain('bounds at the 2.5 and 97.5 percentiles');
  });

  it('writes CSV that a CSV parser reads back to the same figures, undefined ones as empty fields', () => {
    const report = agreementReport(threeCoders);
    const rows = parse(formatReport(report, 'csv', { codedByAll: 2 }), { columns: true }) as Record<string, string>[];
    const overall = rows.find((r) => r.measure === 'krippendorffAlpha' && r.category1 === '')!;
    expect(Number(overall.value)).toBe(report.krippendorffAlpha);
    const question = rows.find((r) => r.measure === 'krippendorffAlpha' && r.category1 === 'question')!;
    expect(question.value).toBe('');
    expect(rows.filter((r) => r.measure === 'confusion')).toHaveLength(3 * 9);
  });
});

describe('the agreement report', () => {
  it('counts per category the values alpha uses: those in units coded by at least two coders', () => {
    // pro: 3 (unit 1); con: 2 + 3 (units 2 and 3); question: 0, since unit 4's lone value pairs with nothing.
    expect(agreementReport(threeCoders).categories.map((c) => c.values)).toEqual([3, 5, 0]);
  });
});

describe('the agreement report’s CSV', () => {
  it('defuses text a spreadsheet would run as a formula, such as a coder’s name, and leaves negative numbers alone', () => {
    const data = { ...unitsData([[0, 1], [1, 0], [0, 0], [1, 1], [0, 1]]), coders: ['=HYPERLINK("x")', '@ben'] };
    const report = agreementReport(data);
    expect(report.pairs[0]!.cohenKappa).toBeLessThan(0);
    const csv = formatReport(report, 'csv', { codedByAll: 5 });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const kappa = rows.find((r) => r.measure === 'cohenKappa')!;
    expect([kappa.coder1, kappa.coder2]).toEqual(['\'=HYPERLINK("x")', '\'@ben']);
    expect(Number(kappa.value)).toBe(report.pairs[0]!.cohenKappa);
    expect(rows.every((row) => Object.values(row).every((cell) => !/^[=+@\t\r]/.test(cell)))).toBe(true);
  });
});
