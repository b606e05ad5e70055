import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ThreadmapDocument } from '../document/types';
import { applyStructureChanges } from '../map/edit';
import { CSV_COLUMNS, exportCsv } from './csv';
import { findExporter } from './index';
import { FIXTURE_FILES, fixtureDocument, sampleDocument } from './interop-test-documents';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Depth by walking parent ids up to a node without a known parent, independently of buildMap. */
function depthOf(doc: ThreadmapDocument, id: string): number {
  const parentOf = new Map(doc.nodes.map((node) => [node.id, node.parent]));
  let depth = 0;
  for (let at = parentOf.get(id); at != null && parentOf.has(at); at = parentOf.get(at)) depth++;
  return depth;
}

/** The reply to the post a node is under (itself for such a reply), walking parent ids; empty for the post. */
function subDebateOf(doc: ThreadmapDocument, id: string): string {
  const parentOf = new Map(doc.nodes.map((node) => [node.id, node.parent]));
  const known = (at: string | null | undefined): at is string => at != null && parentOf.has(at);
  if (!known(parentOf.get(id))) return '';
  let at = id;
  while (known(parentOf.get(parentOf.get(at)!))) at = parentOf.get(at)!;
  return at;
}

/** What each row must hold: the document's values, empty strings for absent ones; no tags on root or stubs. */
function expectedRows(doc: ThreadmapDocument): Row[] {
  return doc.nodes.map((node) => {
    const annotation = node.parent !== null && node.kind !== 'more' ? doc.annotations[node.id] : undefined;
    return {
      id: node.id,
      parent: node.parent ?? '',
      kind: node.kind,
      status: node.status,
      author: node.author ?? '',
      createdAt: node.createdAt ?? '',
      tag: annotation?.tag ?? '',
      note: annotation?.note ?? '',
      text: node.text,
      url: node.url ?? '',
      depth: String(depthOf(doc, node.id)),
      originalParent: node.moved ? (node.originalParent ?? '') : '',
      moved: node.moved ? 'true' : '',
      quotes: doc.links.filter((link) => link.kind === 'quote' && link.from === node.id).map((link) => link.to).join(' '),
      coder: annotation ? (annotation.coder ?? '') : '',
      recheck: annotation?.recheck ? 'true' : '',
      category: annotation?.category ?? annotation?.tag ?? '',
      subDebate: subDebateOf(doc, node.id),
    };
  });
}

function parseBack(csv: string): Row[] {
  return parse(csv, { columns: true, bom: true, relax_quotes: false, skip_empty_lines: false }) as Row[];
}

describe('exportCsv', () => {
  it('parses back to exactly the document: multi-line text, quotes, commas, unicode, emoji and RTL', () => {
    const doc = sampleDocument();
    const csv = exportCsv(doc, { safeForSpreadsheets: false });
    expect(parseBack(csv)).toEqual(expectedRows(doc));
    const rows = parseBack(csv);
    expect(rows[1]!.text).toBe('First paragraph, with "quotes" and a comma.\n\nSecond paragraph\nwith a line break.');
    expect(rows[4]!.author).toBe('رامي');
    expect(rows[6]!.text).toBe('@admin +1 this\r\nis "fine", really');
  });

  it('follows RFC 4180: a header row, CRLF after every record, quotes only where needed and doubled inside', () => {
    const csv = exportCsv(sampleDocument());
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('\r\n100,,post,ok,user_100,2017-08-08T01:47:02.000Z,,,,https://news.ycombinator.com/item?id=100,0,,,,,,,\r\n');
    expect(csv).toContain(',"First paragraph, with ""quotes"" and a comma.\n\nSecond paragraph\nwith a line break.",');
    // Outside quoted fields every line break is CRLF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.match(/\r\n/g)).toHaveLength(sampleDocument().nodes.length + 1);
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('defuses formulas with a leading apostrophe unless told to write the raw values', () => {
    const doc = sampleDocument();
    expect(parseBack(exportCsv(doc, { safeForSpreadsheets: false })).find((row) => row.id === '102')!.text.startsWith('= SUM')).toBe(true);
    const safe = parseBack(exportCsv(doc));
    const byId = new Map(safe.map((row) => [row.id, row]));
    expect(byId.get('102')!.text).toBe("'= SUM(A1:A2) and [a link](http://x.y) and <script>alert(1)</script>");
    expect(byId.get('103')!.text.startsWith("'- leading dash")).toBe(true);
    expect(byId.get('106')!.text.startsWith("'@admin")).toBe(true);
    expect(byId.get('101')!.text.startsWith('First')).toBe(true);
  });

  it('[regression] the CSV exporter that the app and the CLI call leaves no cell a spreadsheet would run, unless asked for raw values', () => {
    const doc = sampleDocument();
    const formulaCells = (csv: string) => parse(csv, { bom: true }).flat().filter((cell: string) => /^[=+\-@\t\r]/.test(cell));
    const csvExporter = findExporter('csv')!;
    expect(formulaCells(csvExporter.run(doc))).toEqual([]);
    expect(formulaCells(csvExporter.run(doc, { raw: true }))).toEqual(expect.arrayContaining(['= SUM(A1:A2) and [a link](http://x.y) and <script>alert(1)</script>']));
    for (const name of FIXTURE_FILES) expect(formulaCells(csvExporter.run(fixtureDocument(name))), name).toEqual([]);
  });

  it('can start with a byte order mark for spreadsheet programs', () => {
    const csv = exportCsv(sampleDocument(), { byteOrderMark: true, safeForSpreadsheets: false });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseBack(csv)).toEqual(expectedRows(sampleDocument()));
  });

  it('on the Reddit thread, writes depth, the move record, quotes, coder and re-check, and no tags of the post or stubs', () => {
    const base = fixtureDocument('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const moved = applyStructureChanges(base, [
      { type: 'reparent', id: 't1_cq05z2f', parent: 't1_cq21eh6' },
      { type: 'link', from: 't1_cq05z2f', to: 't1_cpzw5b5', kind: 'quote' },
    ]);
    if (!moved.ok) throw new Error(moved.error.message);
    const stub = base.nodes.find((node) => node.kind === 'more')!.id;
    const at = '2026-11-27T09:30:00.000Z';
    const doc: ThreadmapDocument = {
      ...base,
      ...moved.value,
      annotations: {
        t1_cq05z2f: { tag: 'con', updatedAt: at, coder: 'Ana', recheck: true },
        t1_cq21eh6: { tag: 'question', note: 'asks for a date', updatedAt: at, coder: null },
        t3_2ujhkr: { tag: 'pro', updatedAt: at, coder: 'Ana' },
        [stub]: { tag: 'con', note: 'stub', updatedAt: at, coder: 'Ana' },
      },
    };
    const rows = parseBack(exportCsv(doc));
    expect(rows).toEqual(expectedRows(doc));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('t1_cq05z2f')).toMatchObject({ parent: 't1_cq21eh6', depth: '2', originalParent: 't1_cpzw5b5', moved: 'true', quotes: 't1_cpzw5b5', tag: 'con', coder: 'Ana', recheck: 'true' });
    expect(byId.get('t1_cq21eh6')).toMatchObject({ depth: '1', moved: '', tag: 'question', coder: '' });
    expect(byId.get('t3_2ujhkr')).toMatchObject({ depth: '0', tag: '', coder: '' });
    expect(byId.get(stub)).toMatchObject({ tag: '', note: '', coder: '' });
    expect(rows.filter((row) => row.tag !== '')).toHaveLength(2);
  });

  it.each(FIXTURE_FILES)('parses back to exactly the rows of the real thread %s', (name) => {
    const doc = fixtureDocument(name);
    const rows = parseBack(exportCsv(doc, { safeForSpreadsheets: false }));
    expect(rows).toHaveLength(doc.nodes.length);
    expect(rows).toEqual(expectedRows(doc));
  });
});
