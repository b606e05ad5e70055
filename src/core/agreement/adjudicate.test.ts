import { describe, expect, it } from 'vitest';
import { RUMOUREVAL_CODEBOOK } from '../document/codebook';
import type { ThreadmapDocument } from '../document/types';
import { applyOperation } from '../operations/apply-operation';
import { canonical, operation, throughJson } from '../operations/testing/operation-fixtures';
import { adjudicate, disagreements } from './adjudicate';
import { combineCoderFiles } from './combine';
import { cardsOf, codedBy, openFixture } from './testing/coder-files';

const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const [c0, c1, c2, c3, c4] = cardsOf(reddit) as [string, string, string, string, string];
const TIME = '2026-12-01T10:00:00.000Z';

// Ana and Ben agree on c0, differ on c1 and c3, only Ana tagged c2; Cy tagged c3 like Ana and c4 alone.
function threeCoders(): ThreadmapDocument {
  const result = combineCoderFiles([
    { doc: codedBy(reddit, 'Ana', { [c0]: 'pro', [c1]: 'con', [c2]: 'question', [c3]: 'pro' }), fileName: 'ana.json' },
    { doc: codedBy(reddit, 'Ben', { [c0]: 'pro', [c1]: 'pro', [c3]: 'con' }), fileName: 'ben.json' },
    { doc: codedBy(reddit, 'Cy', { [c3]: 'pro', [c4]: 'con' }), fileName: 'cy.json' },
  ]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.doc;
}

function decided(doc: ThreadmapDocument, ...args: Parameters<typeof adjudicate> extends [unknown, ...infer Rest] ? Rest : never): ThreadmapDocument {
  const result = adjudicate(doc, ...args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the disagreements of a map', () => {
  it('are the comments two coders tagged differently, in thread order, with every coder\'s category', () => {
    const list = disagreements(threeCoders());
    expect(list.map((d) => d.id)).toEqual([c1, c3]);
    expect(list[1]).toEqual({ id: c3, decided: false, tags: [{ coder: 'Ana', category: 'pro' }, { coder: 'Ben', category: 'con' }, { coder: 'Cy', category: 'pro' }] });
  });

  it('say which are decided', () => {
    const doc = decided(threeCoders(), c1, { category: 'con' }, '', 'Dee', TIME);
    expect(disagreements(doc).map((d) => [d.id, d.decided])).toEqual([[c1, true], [c3, false]]);
  });
});

describe('adjudicating a comment', () => {
  it('records the decision, the note, who and when, and each coder\'s category at that moment; the gold becomes the main annotation', () => {
    const doc = decided(threeCoders(), c3, { category: 'pro' }, 'Ben read the sarcasm literally.', 'Dee', TIME);
    expect(doc.gold![c3]).toEqual({ category: 'pro', note: 'Ben read the sarcasm literally.', decidedBy: 'Dee', decidedAt: TIME, coderTags: { Ana: 'pro', Ben: 'con', Cy: 'pro' } });
    expect(doc.annotations).toEqual({ [c3]: { tag: 'pro', note: 'Ben read the sarcasm literally.', coder: 'Dee', updatedAt: TIME } });
  });

  it('takes a typed answer when no category fits, and takes a decision back with null', () => {
    const typed = decided(threeCoders(), c1, { text: ' irony ' }, '', 'Dee', TIME);
    expect(typed.gold![c1]).toMatchObject({ category: null, text: 'irony' });
    expect(typed.annotations[c1]).toEqual({ note: 'irony', coder: 'Dee', updatedAt: TIME });
    const back = decided(typed, c1, null, '', 'Dee', TIME);
    expect(back.gold).toEqual({});
    expect(back.annotations).toEqual({});
  });

  it('keeps a one-coder map\'s own tags in a layer of their own once a gold answer exists', () => {
    const solo = codedBy(reddit, 'Ana', { [c0]: 'pro', [c1]: 'con' });
    const doc = decided(solo, c1, { category: 'question' }, '', 'Dee', TIME);
    expect(doc.layers).toEqual([{ coder: 'Ana', annotations: solo.annotations }]);
    expect(doc.annotations[c0]).toBe(solo.annotations[c0]);
    expect(doc.annotations[c1]).toMatchObject({ tag: 'question', coder: 'Dee' });
    expect(decided(doc, c1, null, '', 'Dee', TIME).annotations[c1]).toBe(solo.annotations[c1]);
  });

  it('refuses a category outside the codebook, an empty typed answer, the root and unknown cards', () => {
    const doc = { ...threeCoders(), codebook: RUMOUREVAL_CODEBOOK };
    expect(adjudicate(doc, c1, { category: 'pro' }, '', 'Dee', TIME)).toMatchObject({ ok: false, error: { kind: 'unknownCategory' } });
    expect(adjudicate(doc, c1, { text: '  ' }, '', 'Dee', TIME)).toMatchObject({ ok: false, error: { kind: 'emptyAnswer' } });
    expect(adjudicate(doc, reddit.nodes[0]!.id, { category: 'deny' }, '', 'Dee', TIME)).toMatchObject({ ok: false, error: { kind: 'notTaggable' } });
    expect(adjudicate(doc, 'nope', { category: 'deny' }, '', 'Dee', TIME)).toMatchObject({ ok: false, error: { kind: 'unknownNode' } });
  });
});

describe('the gold operation', () => {
  it('adjudicates with the operation\'s coder and time, and its inverse gives back exactly the earlier map', () => {
    const before = threeCoders();
    const op = operation('gold', { id: c3, decision: { category: 'con' }, note: 'n' }, 4, 'Dee');
    const result = applyOperation(before, throughJson(op));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.document.gold![c3]).toMatchObject({ category: 'con', decidedBy: 'Dee', decidedAt: op.time });
    const undone = applyOperation(result.value.document, throughJson(result.value.inverse));
    if (!undone.ok) throw new Error(undone.error.message);
    expect(canonical(undone.value.document)).toBe(canonical(before));
    expect(undone.value.document.gold).toBeUndefined();
  });

  it('in a map with layers, a tag goes to the layer of its coder and leaves the other layers alone', () => {
    const before = threeCoders();
    const result = applyOperation(before, operation('tag', { id: c2, tag: 'con' }, 5, 'Ben'));
    if (!result.ok) throw new Error(result.error.message);
    const layers = result.value.document.layers!;
    expect(layers[1]!.annotations[c2]).toMatchObject({ tag: 'con', coder: 'Ben' });
    expect(layers[0]).toBe(before.layers![0]);
    expect(result.value.document.annotations).toBe(before.annotations);
  });
});
