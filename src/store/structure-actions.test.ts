import { createEditor, type Editor } from './editor';
import { documentOf } from './selectors';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportJson } from '../core/export/json';
import { authorsByActivity } from '../core/map/find';
import { openFixture } from '../../test/support/fixtures';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const TEXT = 'hn-text_eggos-unikernel-thread.txt';
const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
/** The open map as a file, without the view (selection is not an edit). */
function saved(): string {
  const { view: _view, ...doc } = documentOf(editor.store.getState(), 'x', 'y')!;
  return exportJson(doc, { now: '2026-11-26T14:00:00.000Z' });
}
const node = (id: string) => editor.store.getState().nodes.find((candidate) => candidate.id === id);

describe('structure actions', () => {
  beforeEach(() => {
    editor.actions.openDocument(openFixture(TEXT));
    editor.actions.clearCriteria();
  });

  it('splits a claim as one undo step and undo gives back the comment whole', () => {
    const before = editor.store.getState().nodes;
    const file = saved();
    expect(editor.actions.splitClaim('t14', [0, 52])).toBe(true);
    expect(node('t14#c0-52')?.text).toBe('What are the differences between Unikernel and RTOS?');
    expect(editor.store.getState().selectedId).toBe('t14#c0-52');
    editor.actions.setTag('t14#c0-52', 'question');
    editor.actions.undo();
    editor.actions.undo();
    expect(editor.store.getState().nodes).toEqual(before);
    expect(editor.store.getState().annotations).toEqual({});
    expect(saved()).toBe(file);
    editor.actions.redo();
    expect(node('t14#c0-52')?.kind).toBe('claim');
  });

  it('re-parents, merges and links, and undoes each back to the exact earlier file', () => {
    editor.actions.select('t9');
    const files = [saved()];
    editor.actions.reparent('t14', 't13');
    files.push(saved());
    editor.actions.setNote('t9', 'Depends on the design.');
    files.push(saved());
    editor.actions.mergeIntoPrevious('t9');
    expect(editor.store.getState().selectedId).toBe('t8');
    expect(editor.store.getState().annotations.t8?.note).toBe('Depends on the design.');
    files.push(saved());
    editor.actions.markQuoting('t20', 't13');
    expect(editor.store.getState().links).toContainEqual({ from: 't20', to: 't13', kind: 'quote' });
    for (let i = files.length - 1; i >= 0; i--) {
      editor.actions.undo();
      expect(saved()).toBe(files[i]);
    }
  });

  it('shows a refused edit as an error and records nothing to undo', () => {
    const nodes = editor.store.getState().nodes;
    const steps = editor.history().past.length;
    expect(editor.actions.reparent('t1', 't5')).toBe(false);
    expect(editor.store.getState().error?.message).toMatch(/under itself or under one of its own replies/);
    expect(editor.store.getState().nodes).toBe(nodes);
    expect(editor.history().past.length).toBe(steps);
  });

  it('moves the selected card under the card chosen next with the move command', () => {
    editor.actions.select('t29');
    editor.actions.startPick('move');
    expect(editor.store.getState().pick.pick).toEqual({ kind: 'move', id: 't29' });
    editor.actions.select('t25');
    expect(editor.actions.finishPick()).toBe(true);
    expect(node('t29')?.parent).toBe('t25');
    expect(editor.store.getState().pick.pick).toBeNull();
    expect(editor.store.getState().selectedId).toBe('t29');
    editor.actions.undo();
    expect(node('t29')?.parent).toBe('t0');
  });
});

describe('find and suggestions in the store', () => {
  beforeEach(() => {
    editor.actions.openDocument(openFixture(ALGOLIA));
    editor.actions.clearCriteria();
  });

  it('steps through the matches of an author in thread order', () => {
    const author = authorsByActivity(editor.store.getState().nodes)[0]!;
    editor.actions.setCriteria({ query: author.toUpperCase() });
    const order = editor.store.getState().find.result!.order;
    expect(order.length).toBeGreaterThan(1);
    editor.actions.stepMatch(1);
    const first = editor.store.getState().selectedId;
    editor.actions.stepMatch(1);
    const second = editor.store.getState().selectedId;
    expect(first).not.toBe(second);
    expect(first).toBe(editor.store.getState().find.result!.graph.nodes[order[0]!]!.id);
    expect(second).toBe(editor.store.getState().find.result!.graph.nodes[order[1]!]!.id);
    editor.actions.stepMatch(-1);
    expect(editor.store.getState().selectedId).toBe(first);
  });

  it('updates the untagged filter as cards are tagged', () => {
    editor.actions.setCriteria({ tag: 'untagged' });
    // Every comment but the 33 deleted with no text left; the post takes no tag, so it is never untagged.
    const nodes = editor.store.getState().nodes;
    expect(nodes.filter((node) => node.parent !== null && node.status === 'deleted' && node.text === '')).toHaveLength(33);
    expect(editor.store.getState().find.result!.order).toHaveLength(578 - 33);
    editor.actions.setTag('14953048', 'con');
    expect(editor.store.getState().find.result!.order).toHaveLength(577 - 33);
    expect(editor.store.getState().find.result!.ids.has('14953048')).toBe(false);
  });

  it('accepts a suggestion as a real tag, which export then carries', () => {
    expect(editor.actions.acceptSuggestion('14967157')).toBe(true);
    expect(editor.store.getState().annotations['14967157']?.tag).toBe('question');
    expect(editor.actions.acceptSuggestion('14953048')).toBe(false);
    expect(JSON.parse(saved()).annotations).toEqual({ '14967157': { tag: 'question', updatedAt: expect.any(String), coder: null } });
  });
});
