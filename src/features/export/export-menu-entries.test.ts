import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../core/export/interop-test-documents';
import { exportMenuEntries } from './export-menu-entries';

/** The Reddit thread with comments a spreadsheet would run as formulas, and notes that look like formulas. */
function redditWithFormulas() {
  const doc = fixtureDocument('reddit_r-redditdev_2ujhkr_comments_reddift.json');
  const formulas = ['=1+1', '-1 is my answer', '+ I agree', '@kemitche see above', '\tindented'];
  const comments = doc.nodes.filter((node) => node.kind === 'comment').slice(0, formulas.length).map((node) => node.id);
  return {
    ...doc,
    nodes: doc.nodes.map((node) => (comments.includes(node.id) ? { ...node, text: formulas[comments.indexOf(node.id)]! } : node)),
    annotations: { ...doc.annotations, [comments[0]!]: { tag: 'con' as const, note: '=HYPERLINK("x")', updatedAt: '2026-12-03T10:00:00.000Z' } },
  };
}

describe('the Export menu entries', () => {
  it('[regression] say plainly which CSV keeps the exact text and which is for spreadsheets, and each file is what it says', () => {
    const doc = redditWithFormulas();
    const csvEntries = exportMenuEntries().filter((entry) => entry.exporter.takesRaw);
    expect(csvEntries.map((entry) => `${entry.label} .${entry.extension}`)).toEqual([
      'Export CSV table (one row per node), for spreadsheets .csv',
      'Export CSV table (one row per node), exact text .exact.csv',
      'Export Coders’ table for analysis (one row per comment × coder), for spreadsheets .coders.csv',
      'Export Coders’ table for analysis (one row per comment × coder), exact text .coders.exact.csv',
    ]);
    for (const entry of csvEntries) {
      const cells = (parse(entry.exporter.run(doc, entry.options)) as string[][]).flat();
      if (entry.options.raw) {
        expect(entry.note).toMatch(/exactly/);
        // Every comment text is there as written, formula-like or not.
        if (entry.exporter.format === 'csv') for (const node of doc.nodes) expect(cells).toContain(node.text);
        expect(cells).toContain('=HYPERLINK("x")');
      } else {
        expect(entry.note).toMatch(/= \+ - @ gets a leading '/);
        expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
        expect(cells).toContain('\'=HYPERLINK("x")');
      }
    }
  });

  it('starts each CSV for spreadsheets with a UTF-8 byte order mark, and no exact CSV with one, and says so', () => {
    const doc = fixtureDocument('hn-firebase_14952787_flat-items_forum-explorer.json');
    for (const entry of exportMenuEntries().filter((each) => each.exporter.takesRaw)) {
      const head = [...new TextEncoder().encode(entry.exporter.run(doc, entry.options)).subarray(0, 3)];
      if (entry.options.raw) {
        expect(head, entry.label).not.toEqual([0xef, 0xbb, 0xbf]);
        expect(entry.exporter.run(doc, entry.options).charCodeAt(0), entry.label).not.toBe(0xfeff);
        expect(entry.note).toMatch(/plain UTF-8/);
      } else {
        expect(head, entry.label).toEqual([0xef, 0xbb, 0xbf]);
        expect(entry.note).toMatch(/UTF-8 with a byte order mark/);
      }
    }
  });

  it('offers every other text format once, without a variant', () => {
    const others = exportMenuEntries().filter((entry) => !entry.exporter.takesRaw);
    expect(others.map((entry) => entry.label)).toEqual(['Export JSON', 'Export AIF argument graph (AIFdb, OVA)', 'Export Argdown', 'Export Markdown outline']);
    expect(others.every((entry) => entry.note === null && entry.variant === null)).toBe(true);
    expect(new Set(exportMenuEntries().map((entry) => entry.key)).size).toBe(exportMenuEntries().length);
  });
});
