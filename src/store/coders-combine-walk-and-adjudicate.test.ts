import { describe, expect, it } from 'vitest';
import { cardsOf, codedBy, openFixture } from '../core/agreement/testing/coder-files';
import type { ThreadmapDocument } from '../core/document/types';
import { exportJson } from '../core/export/json';
import { createEditor } from './editor';
import { documentOf } from './selectors';

const at = '2026-11-30T12:00:00.000Z';
const hn = openFixture('hn-algolia-derived_14952787_first-3-top-level.json');
const cards = cardsOf(hn);
const fileText = (doc: ThreadmapDocument) => exportJson(doc, { now: at });
const ana = fileText(codedBy(hn, 'Ana', { [cards[0]!]: 'pro', [cards[1]!]: 'con', [cards[2]!]: 'question', [cards[5]!]: 'pro', [cards[9]!]: 'con' }));
const ben = fileText(codedBy(hn, 'Ben', { [cards[0]!]: 'pro', [cards[1]!]: 'pro', [cards[3]!]: 'con', [cards[5]!]: 'question', [cards[9]!]: 'con' }));

async function editorWithBoth(coder = 'Cleo') {
  const editor = createEditor({ now: () => at, initial: { coder, coderAsked: true } });
  expect(await editor.actions.openCoderFiles([{ name: 'ana.json', text: ana }, { name: 'ben.json', text: ben }])).toBe(true);
  return editor;
}

describe('coders in the editor', () => {
  it('opens two coders\' files as one map with a layer each and reports their overlap', async () => {
    const editor = await editorWithBoth();
    const state = editor.store.getState();
    expect(state.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(state.notice).toBe('Combined 2 coders’ files. Ana coded 5 comments, Ben 5; 4 by both.');
    expect(state.showAllCoders).toBe(false);
  });

  it('says so when a tag makes the adjudicator one more coder, whose blind view then hides the others, and undo makes them adjudicator again', async () => {
    const editor = await editorWithBoth('Cleo');
    editor.actions.setTag(cards[4]!, 'con');
    const state = editor.store.getState();
    expect(state.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(state.notice).toBe('That starts a layer of Cleo’s own beside the other coders’, whose tags are now hidden while you code blind (B shows them). To decide a gold answer instead, take it back (Ctrl+Z) and use Gold answer in the panel.');
    // A second tag in her own layer says nothing more.
    editor.store.setState({ notice: null });
    editor.actions.setTag(cards[6]!, 'pro');
    expect(editor.store.getState().notice).toBeNull();
    editor.actions.undo();
    editor.actions.undo();
    expect(editor.store.getState().layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
  });

  it('refuses a file of another thread with a message naming it and leaves the open map as it was', async () => {
    const editor = await editorWithBoth();
    const before = editor.store.getState().nodes;
    const other = fileText(codedBy(openFixture('lobsters_s-tdfoqh_compose-lobsters.json'), 'Dan', {}));
    expect(await editor.actions.openCoderFiles([{ name: 'ana.json', text: ana }, { name: 'dan.json', text: other }])).toBe(false);
    expect(editor.store.getState().error?.message).toMatch(/dan\.json/);
    expect(editor.store.getState().nodes).toBe(before);
  });

  it('refuses a file that is not a map, naming it', async () => {
    const editor = createEditor({ now: () => at });
    expect(await editor.actions.openCoderFiles([{ name: 'ana.json', text: ana }, { name: 'notes.json', text: '{"hello": 1}' }])).toBe(false);
    expect(editor.store.getState().error?.message).toMatch(/^notes\.json: /);
    expect(editor.store.getState().source).toBeNull();
  });

  it('walks the comments where coders differ in thread order, wrapping round, and filters the map to them', async () => {
    const editor = await editorWithBoth();
    // Ana and Ben differ on cards 1 and 5 only; card 2 and 3 were tagged by one coder (missing data).
    const walked = [1, 2, 3].map(() => (editor.actions.stepDisagreement(1), editor.store.getState().selectedId));
    expect(walked).toEqual([cards[1], cards[5], cards[1]]);
    editor.actions.stepDisagreement(-1);
    expect(editor.store.getState().selectedId).toBe(cards[5]);
    editor.actions.setDisagreementsOnly(true);
    expect([...editor.store.getState().find.result!.ids]).toEqual([cards[1], cards[5]]);
    // Ben changing his tag to Ana's settles card 5: the filter follows.
    editor.store.setState({ coder: 'Ben' });
    editor.actions.setTag(cards[5]!, 'pro');
    expect([...editor.store.getState().find.result!.ids]).toEqual([cards[1]]);
    editor.actions.setDisagreementsOnly(false);
    expect(editor.store.getState().find.result).toBeNull();
  });

  it('records the adjudicator\'s decision as gold, with who, when and the coders\' tags then, and exports it as the main annotation', async () => {
    const editor = await editorWithBoth('Cleo');
    expect(editor.actions.decideGold(cards[1]!, { category: 'con' }, 'Pushes back on the parent.')).toBe(true);
    const doc = JSON.parse(exportJson(documentOf(editor.store.getState(), at, 'threadmap test')!, { now: at })) as ThreadmapDocument;
    expect(doc.gold![cards[1]!]).toEqual({ category: 'con', note: 'Pushes back on the parent.', decidedBy: 'Cleo', decidedAt: at, coderTags: { Ana: 'con', Ben: 'pro' } });
    expect(doc.annotations[cards[1]!]).toMatchObject({ tag: 'con', coder: 'Cleo' });
    expect(doc.layers!.map((layer) => Object.keys(layer.annotations).length)).toEqual([5, 5]);
    editor.actions.undo();
    expect(editor.store.getState().gold?.[cards[1]!]).toBeUndefined();
  });

  it('shows each coder only their own layer, and presses the tag buttons from it', async () => {
    const editor = await editorWithBoth('Ben');
    editor.actions.setTag(cards[1]!, 'pro');
    // Ben already had pro there: nothing changes, so nothing is undone.
    expect(editor.store.getState().canUndo).toBe(false);
    editor.actions.setTag(cards[2]!, 'con');
    expect(editor.store.getState().layers![0]!.annotations[cards[2]!]?.tag).toBe('question');
    expect(editor.store.getState().layers![1]!.annotations[cards[2]!]?.tag).toBe('con');
  });
});

