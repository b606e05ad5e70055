import { describe, expect, it } from 'vitest';
import { cardsOf, codedBy, fixtureText, openFixture } from '../core/agreement/testing/coder-files';
import { openInput } from '../core/document/open-input';
import type { ThreadmapDocument } from '../core/document/types';
import { exportJson } from '../core/export/json';
import { createEditor, documentOfState } from './editor';
import { isCodingBlind, ownAnnotation, visibleAnnotationsOf } from './own-annotation';

const at = '2026-11-30T12:00:00.000Z';
const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const cards = cardsOf(reddit);

function opened(text: string, fileName: string): ThreadmapDocument {
  const result = openInput(text, { retrievedAt: null, fileName, now: at });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Ana's exported file: pro, con, question on the first three comments. */
const anasFileText = exportJson(codedBy(reddit, 'Ana', { [cards[0]!]: 'pro', [cards[1]!]: 'con', [cards[2]!]: 'question' }), { now: at });

function openedAs(coder: string, text = anasFileText, fileName = 'ana.json') {
  const editor = createEditor({ now: () => at, initial: { coder, coderAsked: true } });
  editor.actions.openDocument(opened(text, fileName));
  return editor;
}

const tagsOf = (annotations: Record<string, { tag?: string }>) => Object.fromEntries(Object.entries(annotations).map(([id, a]) => [id, a.tag]));

describe('another coder\'s map opened with one\'s name set', () => {
  it('shows none of Ana\'s tags to Ben while he codes blind, before and after his first tag', () => {
    const editor = openedAs('Ben');
    const state = () => editor.store.getState();
    expect(state().layerBeside).toBe('Ana');
    expect(isCodingBlind(state())).toBe(true);
    expect(Object.keys(visibleAnnotationsOf(state()))).toEqual([]);
    expect(ownAnnotation(state(), cards[1]!)).toBeUndefined();
    // The same tag Ana chose is still Ben's own first tag, not a no-op.
    editor.actions.setTag(cards[1]!, 'con');
    expect(state().layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(tagsOf(visibleAnnotationsOf(state()))).toEqual({ [cards[1]!]: 'con' });
    expect(editor.derived.countsOf(visibleAnnotationsOf(state()), state().nodes).tagged).toBe(1);
    expect(state().notice).toContain('your own layer beside Ana’s');
  });

  it('keeps Ana\'s layer whole, and undo takes the split back in one step', () => {
    const editor = openedAs('Ben');
    const before = editor.store.getState();
    editor.actions.setTag(cards[0]!, 'con');
    editor.actions.setTag(cards[4]!, 'pro');
    const ana = editor.store.getState().layers![0]!;
    expect(ana.annotations).toBe(before.annotations);
    expect(tagsOf(ana.annotations)).toEqual({ [cards[0]!]: 'pro', [cards[1]!]: 'con', [cards[2]!]: 'question' });
    editor.actions.undo();
    editor.actions.undo();
    const after = editor.store.getState();
    expect(after.layers).toBeUndefined();
    expect(after.annotations).toEqual(before.annotations);
    expect(after.layerBeside).toBe('Ana');
    editor.actions.redo();
    expect(editor.store.getState().layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
  });

  it('filters "only con" by Ben\'s own tags while he codes blind', () => {
    const editor = openedAs('Ben');
    editor.actions.setTag(cards[3]!, 'con');
    editor.actions.setCriteria({ tag: 'con' });
    expect([...editor.store.getState().find.result!.ids]).toEqual([cards[3]]);
  });

  it('leaves the map as Ana\'s own when Ana opens it again', () => {
    const editor = openedAs('Ana');
    expect(editor.store.getState().layerBeside).toBeNull();
    editor.actions.setTag(cards[4]!, 'pro');
    expect(editor.store.getState().layers).toBeUndefined();
    expect(editor.store.getState().annotations[cards[4]!]!.tag).toBe('pro');
  });

  it('keeps Ana\'s own map one layer when she renames herself', () => {
    const editor = openedAs('Ana');
    editor.actions.askCoderName();
    editor.actions.setCoder('Ana Lima');
    expect(editor.store.getState().layerBeside).toBeNull();
    editor.actions.setTag(cards[4]!, 'pro');
    expect(editor.store.getState().layers).toBeUndefined();
    expect(documentOfState(editor.store.getState())!.coder).toBe('Ana Lima');
  });

  it('leaves a version 1 file one layer when Ben tags it', () => {
    const name = 'threadmap-v1_lobsters-tdfoqh_tagged.json';
    const editor = openedAs('Ben', fixtureText(name), name);
    const id = Object.keys(editor.store.getState().annotations)[0]!;
    const tag = editor.store.getState().annotations[id]!.tag === 'question' ? 'pro' : 'question';
    editor.actions.setTag(id, tag);
    expect(editor.store.getState().layers).toBeUndefined();
    expect(editor.store.getState().annotations[id]).toMatchObject({ tag, coder: 'Ben' });
    expect(Object.keys(editor.store.getState().annotations)).toHaveLength(10);
  });

  it('opens no layer of one\'s own in a live room, where the room decides whose annotations each person writes', () => {
    const editor = openedAs('Ben');
    editor.store.setState({ inLiveRoom: true });
    expect(editor.store.getState().layerBeside).toBeNull();
    editor.actions.setTag(cards[4]!, 'pro');
    expect(editor.store.getState().layers).toBeUndefined();
  });
});
