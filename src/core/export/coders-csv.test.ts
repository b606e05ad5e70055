import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { adjudicate } from '../agreement/adjudicate';
import { combineCoderFiles } from '../agreement/combine';
import { cardsOf, codedBy, openFixture } from '../agreement/testing/coder-files';
import type { ThreadmapDocument } from '../document/types';
import { exportAif } from './aif';
import { CODERS_CSV_COLUMNS, exportCodersCsv } from './coders-csv';
import { exportCsv } from './csv';

const lobsters = openFixture('lobsters_s-tdfoqh_compose-lobsters.json');
const cards = cardsOf(lobsters);
const [c0, c1, c2] = cards as [string, string, string];

function coded(): ThreadmapDocument {
  const combined = combineCoderFiles([
    { doc: codedBy(lobsters, '=Ana', { [c0]: 'pro', [c1]: 'con' }), fileName: 'ana.json' },
    { doc: { ...codedBy(lobsters, 'Ben', { [c0]: 'pro', [c1]: 'question', [c2]: 'con' }), annotations: { ...codedBy(lobsters, 'Ben', { [c0]: 'pro', [c1]: 'question', [c2]: 'con' }).annotations, [c2]: { tag: 'con', note: '+1 sarcasm', updatedAt: '2026-11-30T12:05:00.000Z', coder: 'Ben' } } }, fileName: 'ben.json' },
  ]);
  if (!combined.ok) throw new Error(combined.error.message);
  const decided = adjudicate(combined.value.doc, c1, { category: 'question' }, 'Asks, does not attack.', 'Dee', '2026-12-01T10:00:00.000Z');
  if (!decided.ok) throw new Error(decided.error.message);
  return decided.value;
}

describe('the coders\' table (long format)', () => {
  const doc = coded();
  const rows = parse(exportCodersCsv(doc), { columns: true }) as Record<(typeof CODERS_CSV_COLUMNS)[number], string>[];

  it('has one row per comment × coder, comments in thread order, untagged ones as empty categories', () => {
    expect(rows).toHaveLength(cards.length * 2);
    expect(rows.slice(0, 6).map((row) => [row.comment, row.coder, row.category])).toEqual([
      [c0, '\'=Ana', 'pro'], [c0, 'Ben', 'pro'],
      [c1, '\'=Ana', 'con'], [c1, 'Ben', 'question'],
      [c2, '\'=Ana', ''], [c2, 'Ben', 'con'],
    ]);
  });

  it('gives each row the parent, depth, note, time and the gold answer of its comment', () => {
    const node = lobsters.nodes.find((n) => n.id === c2)!;
    expect(rows[5]).toEqual({ comment: c2, parent: node.parent, depth: rows[5]!.depth, coder: 'Ben', category: 'con', note: '\'+1 sarcasm', time: '2026-11-30T12:05:00.000Z', gold: '' });
    expect(Number(rows[5]!.depth)).toBeGreaterThanOrEqual(1);
    expect(rows.filter((row) => row.comment === c1).map((row) => row.gold)).toEqual(['question', 'question']);
  });

  it('writes values exactly when asked', () => {
    const raw = parse(exportCodersCsv(doc, { safeForSpreadsheets: false }), { columns: true }) as Record<string, string>[];
    expect(raw[0]!.coder).toBe('=Ana');
  });
});

describe('the gold as the map\'s main annotations in the other exports', () => {
  const doc = coded();

  it('is the tag of the per-node CSV and of AIF, and only the decided comment is tagged', () => {
    const rows = parse(exportCsv(doc), { columns: true }) as Record<string, string>[];
    expect(rows.filter((row) => row.tag !== '').map((row) => [row.id, row.tag, row.coder])).toEqual([[c1, 'question', 'Dee']]);
    const aif = JSON.parse(exportAif(doc)) as { nodes: { type: string }[] };
    expect(aif.nodes.filter((node) => node.type === 'RA' || node.type === 'CA')).toEqual([]);
  });
});
