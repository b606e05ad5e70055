import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_CODEBOOK, categoryOf, customCodebook, RUMOUREVAL_CODEBOOK, STANCE_CODEBOOK, withNoneCategory } from '../document/codebook';
import { exportCsv } from '../export/csv';
import { exportJson } from '../export/json';
import { exportMarkdown } from '../export/markdown';
import { openDocument } from '../document/open-document';
import type { ThreadmapDocument } from '../document/types';
import { applyOperation } from './apply-operation';
import { replayLog } from './operation-log';
import { parseOperation } from './schema';
import { REDDIT, applied, canonical, commentsOf, openRecorded, operation, throughJson, undone } from './testing/operation-fixtures';

const original = openRecorded(REDDIT);
const [first, second, third] = commentsOf(original).filter((node) => node.parent !== original.nodes[0]!.id);

function refusal(document: ThreadmapDocument, op: Parameters<typeof applyOperation>[1]): string {
  const result = applyOperation(document, op);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error.message;
}

describe('the codebook operation on the Reddit thread', () => {
  it('codes an uncoded map with RumourEval, and its inverse (through JSON) gives back the default codebook exactly', () => {
    const { document, inverse } = applied(original, throughJson(operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1)));
    expect(document.codebook?.scheme).toBe('rumoureval');
    expect(original.codebook).toBeUndefined();
    const back = undone(document, throughJson(inverse));
    expect(canonical(back)).toBe(canonical(original));
    expect('codebook' in back).toBe(false);
  });

  it('records categories without a tag, and the category beside the tag it counts as', () => {
    let document = applied(original, operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1)).document;
    document = applied(document, operation('tag', { id: first!.id, tag: null, category: 'comment' }, 2)).document;
    document = applied(document, operation('tag', { id: second!.id, tag: 'pro', category: 'support' }, 3)).document;
    document = applied(document, operation('tag', { id: third!.id, tag: 'con' }, 4)).document;
    expect(document.annotations[first!.id]).toMatchObject({ category: 'comment' });
    expect(document.annotations[first!.id]!.tag).toBeUndefined();
    expect(document.annotations[second!.id]).toMatchObject({ tag: 'pro', category: 'support' });
    // A tag that names no category takes the codebook's first category counting as it.
    expect(categoryOf(document.annotations[third!.id])).toBe('deny');
    const cleared = applied(document, operation('tag', { id: first!.id, tag: null }, 5)).document;
    expect(cleared.annotations[first!.id]).toBeUndefined();
  });

  it('refuses a category the codebook lacks, or one given with another tag than it counts as', () => {
    expect(refusal(original, operation('tag', { id: first!.id, tag: null, category: 'comment' }, 1))).toContain('no category “comment”');
    const rumour = applied(original, operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1)).document;
    expect(refusal(rumour, operation('tag', { id: first!.id, tag: 'con', category: 'support' }, 2))).toContain('“Support” counts as pro');
    const agreement = applied(original, operation('codebook', { codebook: AGREEMENT_CODEBOOK }, 1)).document;
    expect(refusal(agreement, operation('tag', { id: first!.id, tag: 'question' }, 2))).toContain('no category that counts as question');
  });

  it('is refused while coding uses a category the new codebook lacks, counting the comments', () => {
    let document = applied(original, operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1)).document;
    for (const [n, node] of [first, second, third].entries()) document = applied(document, operation('tag', { id: node!.id, tag: null, category: 'comment' }, 2 + n)).document;
    document = applied(document, operation('tag', { id: commentsOf(original)[5]!.id, tag: 'pro', category: 'support' }, 9)).document;
    const message = refusal(document, operation('codebook', { codebook: null }, 10));
    expect(message).toBe('3 comments are coded “comment”, which the new codebook lacks; 1 comment is coded “support”, which the new codebook lacks: recode or clear them first.');
    // Clearing them lets the change through.
    for (const [n, node] of [first, second, third].entries()) document = applied(document, operation('tag', { id: node!.id, tag: null }, 11 + n)).document;
    document = applied(document, operation('tag', { id: commentsOf(original)[5]!.id, tag: null }, 15)).document;
    expect(applyOperation(document, operation('codebook', { codebook: null }, 16)).ok).toBe(true);
  });

  it('is refused when a category keeps its id but would count as another tag', () => {
    const mine = customCodebook([{ label: 'Pro', tag: 'pro' }, { label: 'Con', tag: 'con' }, { label: 'Question' }]);
    const tagged = applied(original, operation('tag', { id: first!.id, tag: 'question' }, 1)).document;
    expect(refusal(tagged, operation('codebook', { codebook: mine }, 2))).toBe('1 comment is coded “question”, which the new codebook counts as no tag instead of question: recode or clear them first.');
    // Pro and con keep their tags: a map tagged only pro and con takes the written codebook.
    const proOnly = applied(original, operation('tag', { id: first!.id, tag: 'pro' }, 1)).document;
    expect(applyOperation(proOnly, operation('codebook', { codebook: mine }, 2)).ok).toBe(true);
  });

  it('checks every coder’s layer and the gold answers, not only the main annotations', () => {
    const layered: ThreadmapDocument = { ...original, layers: [{ coder: 'ana', annotations: {} }, { coder: 'ben', annotations: { [first!.id]: { tag: 'con', updatedAt: '2026-11-30T12:00:00.000Z', coder: 'ben' } } }] };
    expect(refusal(layered, operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1))).toContain('1 comment is coded “con”');
    const gold: ThreadmapDocument = { ...original, gold: { [second!.id]: { category: 'question', decidedBy: 'cy', decidedAt: '2026-11-30T12:00:00.000Z', coderTags: {} } } };
    expect(refusal(gold, operation('codebook', { codebook: AGREEMENT_CODEBOOK }, 1))).toContain('coded “question”');
  });

  it('adds the "none of these" category as one step, and a same codebook changes nothing', () => {
    const withNone = applied(original, operation('codebook', { codebook: withNoneCategory(STANCE_CODEBOOK, true) }, 1));
    expect(withNone.document.codebook?.categories.at(-1)?.id).toBe('none');
    expect(applied(original, operation('codebook', { codebook: STANCE_CODEBOOK }, 1)).document).toBe(original);
  });

  it('refuses a written codebook with two categories of one id or none at all', () => {
    expect(refusal(original, operation('codebook', { codebook: { scheme: 'custom', categories: [] } }, 1))).toContain('at least one category');
    const twice = { scheme: 'custom', categories: [STANCE_CODEBOOK.categories[0]!, STANCE_CODEBOOK.categories[0]!] };
    expect(refusal(original, operation('codebook', { codebook: twice }, 1))).toContain('“pro”');
  });

  it('survives the operation boundary and the file: parsed back equal, saved and reopened with its categories', () => {
    const op = operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1);
    const parsed = parseOperation(JSON.parse(JSON.stringify(op)));
    expect(parsed.ok && parsed.value).toEqual(op);
    expect(parseOperation({ ...op, payload: { codebook: { categories: 'support' } } }).ok).toBe(false);
    let document = applied(original, op).document;
    document = applied(document, operation('tag', { id: first!.id, tag: null, category: 'comment' }, 2)).document;
    const reopened = openDocument(JSON.parse(exportJson(document)));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.value.codebook).toEqual(RUMOUREVAL_CODEBOOK);
    expect(categoryOf(reopened.value.annotations[first!.id])).toBe('comment');
  });
});

describe('the map exports of a RumourEval-coded map', () => {
  let document = applied(original, operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1)).document;
  document = applied(document, operation('tag', { id: first!.id, tag: null, category: 'comment' }, 2)).document;
  document = applied(document, operation('tag', { id: second!.id, tag: 'pro', category: 'support' }, 3)).document;

  it('carries each card’s category in the CSV’s category column, comment included', () => {
    const rows = parse(exportCsv(document), { columns: true }) as { id: string; tag: string; category: string }[];
    const row = (id: string) => rows.find((entry) => entry.id === id)!;
    expect([row(first!.id).tag, row(first!.id).category]).toEqual(['', 'comment']);
    expect([row(second!.id).tag, row(second!.id).category]).toEqual(['pro', 'support']);
    expect(rows.filter((entry) => entry.category).length).toBe(2);
  });

  it('names the category beside the tag badge in the Markdown outline', () => {
    const markdown = exportMarkdown(document);
    const line = (id: string) => markdown.split('\n').find((text) => text.includes(`#${id.replace(/_/g, '\\_')}`))!;
    expect(line(second!.id)).toMatch(/\*\*\[PRO\]\*\* · \*Support\* · /);
    expect(line(first!.id)).toMatch(/^\s*- \*Comment\* · /);
  });
});

describe('a codebook change in the saved operation log', () => {
  it('is checked when read back and replays to the same map, so it survives a reload', () => {
    const ops = [operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1), operation('tag', { id: first!.id, tag: null, category: 'comment' }, 2)];
    const stored = JSON.parse(JSON.stringify(ops.map((op) => ({ op, step: 'do' })))) as { op: unknown; step: 'do' }[];
    const replayed = replayLog(original, stored);
    expect(replayed.stopped).toBeNull();
    const expected = ops.reduce((document, op) => applied(document, op).document, original);
    expect(canonical(replayed.document)).toBe(canonical(expected));
    expect(replayed.document.codebook?.scheme).toBe('rumoureval');
  });
});
