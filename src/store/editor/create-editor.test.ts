import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { SAVED_HISTORY_LIMIT, savedHistoryOf, type Operation } from '../../core/operations';
import { parseSavedHistory } from '../../core/operations/schema';
import { documentOf } from '../selectors';
import { createEditor, documentOfState } from './create-editor';
import { restoreSavedHistory } from './saved-undo';

const SAMPLE = 'hn-text_eggos-unikernel-thread.txt';
const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const at = '2026-11-30T12:00:00.000Z';

function openEditor(fixture = SAMPLE) {
  const editor = createEditor({ now: () => at, initial: { coder: 'ana', coderAsked: true } });
  editor.actions.openDocument(openFixture(fixture));
  const heard: Operation[] = [];
  editor.subscribe((op) => heard.push(op));
  return { editor, heard };
}

/** The parts of the map that edits change, as text: equal text, equal map. */
const stateFile = (editor: ReturnType<typeof createEditor>) => {
  const { nodes, links, annotations } = documentOfState(editor.store.getState())!;
  return JSON.stringify({ nodes, links, annotations });
};

describe('an editor', () => {
  it('tells its listeners each applied operation once, with a fresh id, the time and the coder', () => {
    const { editor, heard } = openEditor();
    editor.actions.setTag('t1', 'pro');
    editor.actions.setNote('t1', 'Gives a reason.');
    editor.actions.reparent('t3', 't1');
    editor.actions.toggleCollapsed('t1');
    editor.actions.setLayout('outline');
    editor.actions.setViewport({ x: 10, y: 20, zoom: 0.5 });
    expect(heard.map((op) => op.kind)).toEqual(['tag', 'note', 'move', 'collapse', 'layout', 'viewport']);
    expect(new Set(heard.map((op) => op.id)).size).toBe(heard.length);
    expect(heard.every((op) => op.time === at && op.coder === 'ana')).toBe(true);
    expect(editor.store.getState().annotations.t1).toMatchObject({ tag: 'pro', note: 'Gives a reason.', coder: 'ana', updatedAt: at });
    expect(editor.store.getState().view).toMatchObject({ collapsed: ['t1'], layout: 'outline', viewport: { x: 10, y: 20, zoom: 0.5 } });
  });

  it('tells nothing for a refused operation or one that changes nothing, and shows the refusal', () => {
    const { editor, heard } = openEditor();
    expect(editor.actions.reparent('t1', 't1')).toBe(false);
    expect(editor.store.getState().error).not.toBeNull();
    editor.actions.setViewport({ x: 1, y: 1, zoom: 1 });
    editor.actions.setViewport({ x: 1, y: 1, zoom: 1 });
    editor.actions.setLayout('outline');
    editor.actions.setLayout('outline');
    expect(heard.map((op) => op.kind)).toEqual(['viewport', 'layout']);
    expect(editor.store.getState().canUndo).toBe(false);
  });

  it('undoes and redoes edits by inverse operations on the stream, and leaves view changes out of the undo steps', () => {
    const { editor, heard } = openEditor();
    const before = stateFile(editor);
    editor.actions.setTag('t1', 'con');
    const tagged = stateFile(editor);
    editor.actions.toggleCollapsed('t2');
    expect(editor.undo()).toBe(true);
    // The fold stays: undo goes back through edits only.
    expect(editor.store.getState().view.collapsed).toEqual(['t2']);
    expect(editor.store.getState().annotations.t1).toBeUndefined();
    expect(editor.redo()).toBe(true);
    expect(editor.store.getState().annotations.t1?.tag).toBe('con');
    expect(editor.undo()).toBe(true);
    expect(editor.undo()).toBe(false);
    expect(heard.map((op) => op.kind)).toEqual(['tag', 'collapse', 'restore', 'tag', 'restore']);
    expect(heard[2]!.id).not.toBe(heard[4]!.id);
    expect(stateFile(editor)).toBe(before);
    editor.redo();
    expect(stateFile(editor)).toBe(tagged);
  });

  it('gives back the exact earlier file after every structural edit is undone', () => {
    const { editor } = openEditor();
    const file = () => JSON.stringify(documentOf(editor.store.getState(), at, 'test'));
    const before = file();
    editor.actions.splitClaim('t14', [0, 52]);
    editor.actions.reparent('t5', 't2');
    editor.actions.mergeIntoPrevious('t9', true);
    editor.actions.markQuoting('t7', 't1');
    editor.actions.removeQuote('t7', 't1');
    editor.actions.select(null);
    for (let step = 0; step < 5; step++) expect(editor.undo()).toBe(true);
    expect(file()).toBe(before);
  });

  it('selects the card an undo or a redo changed, so it is brought into view', () => {
    const { editor } = openEditor();
    editor.actions.setTag('t3', 'pro');
    editor.actions.markQuoting('t9', 't1');
    editor.actions.select('t20');
    expect(editor.actions.undo()).toBe(true);
    expect(editor.store.getState().selectedId).toBe('t9');
    editor.actions.select('t20');
    expect(editor.actions.undo()).toBe(true);
    expect(editor.store.getState().selectedId).toBe('t3');
    editor.actions.select('t20');
    expect(editor.actions.redo()).toBe(true);
    expect(editor.store.getState().selectedId).toBe('t3');
  });

  it('starts a fresh history when another map is opened', () => {
    const { editor } = openEditor();
    editor.actions.setTag('t1', 'pro');
    expect(editor.store.getState().canUndo).toBe(true);
    editor.actions.openDocument(openFixture(ALGOLIA));
    expect(editor.store.getState().canUndo).toBe(false);
    expect(editor.undo()).toBe(false);
  });

  it('keeps its undo and redo steps through the saved history, as after a reload', () => {
    const { editor } = openEditor();
    const before = stateFile(editor);
    editor.actions.setTag('t1', 'pro');
    editor.actions.reparent('t5', 't2');
    editor.actions.setNote('t2', 'A note.');
    const noted = stateFile(editor);
    editor.undo();
    // Stored and read back through the operations' checks, as a reload does.
    const saved = parseSavedHistory(JSON.parse(JSON.stringify(savedHistoryOf(editor.history()))));
    expect(saved).not.toBeNull();
    const document = documentOf(editor.store.getState(), at, 'test')!;

    // The same coder after the reload (the name is kept in the browser): a redo is made in their name.
    const reloaded = createEditor({ now: () => at, initial: { coder: 'ana', coderAsked: true } });
    reloaded.actions.openDocument(document);
    restoreSavedHistory(reloaded, saved);
    expect(reloaded.store.getState()).toMatchObject({ canUndo: true, canRedo: true });
    reloaded.redo();
    expect(stateFile(reloaded)).toBe(noted);
    for (let step = 0; step < 3; step++) expect(reloaded.undo()).toBe(true);
    expect(reloaded.undo()).toBe(false);
    expect(stateFile(reloaded)).toBe(before);
  });

  it('saves at most the newest steps of a long history', () => {
    const { editor } = openEditor();
    for (let i = 0; i < SAVED_HISTORY_LIMIT + 5; i++) editor.actions.setNote('t1', `note ${i}`);
    const saved = savedHistoryOf(editor.history())!;
    expect(saved.past).toHaveLength(SAVED_HISTORY_LIMIT);
  });

  it('holds its own map: an edit in one editor leaves another untouched', () => {
    const first = openEditor().editor;
    const second = openEditor().editor;
    const file = stateFile(second);
    first.actions.setTag('t1', 'pro');
    first.actions.reparent('t5', 't2');
    expect(stateFile(second)).toBe(file);
    expect(second.store.getState().canUndo).toBe(false);
    expect(first.derived.graphOf(first.store.getState().nodes)).not.toBe(second.derived.graphOf(second.store.getState().nodes));
  });
});
