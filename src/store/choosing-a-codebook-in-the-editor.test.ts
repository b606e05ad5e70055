import { describe, expect, it } from 'vitest';
import { openFixture } from '../../test/support/fixtures';
import { RUMOUREVAL_CODEBOOK } from '../core/document/codebook';
import type { Operation } from '../core/operations';
import { createEditor, documentOfState } from './editor/create-editor';

const at = '2026-11-30T12:00:00.000Z';

/** The sample thread open in an editor, with the operations it applies. */
function openSample() {
  const editor = createEditor({ now: () => at, initial: { coder: 'ana', coderAsked: true } });
  editor.actions.openDocument(openFixture('hn-text_eggos-unikernel-thread.txt'));
  const heard: Operation[] = [];
  editor.subscribe((op) => heard.push(op));
  return { editor, heard };
}

describe('choosing a codebook in the editor', () => {
  it('is one operation and one undo step; tags then record the categories, and the document carries them', () => {
    const { editor, heard } = openSample();
    expect(editor.actions.setCodebook(RUMOUREVAL_CODEBOOK)).toBeNull();
    editor.actions.setTag('t5', 'support');
    editor.actions.setTag('t6', 'comment');
    expect(heard.map((op) => op.kind)).toEqual(['codebook', 'tag', 'tag']);
    expect(heard[2]!.payload).toEqual({ id: 't6', tag: null, category: 'comment' });
    const document = documentOfState(editor.store.getState())!;
    expect(document.codebook?.scheme).toBe('rumoureval');
    expect([document.annotations.t5, document.annotations.t6].map((entry) => [entry?.tag, entry?.category])).toEqual([['pro', 'support'], [undefined, 'comment']]);
    // Choosing the category a card has changes nothing; X (null) clears a category without a tag.
    editor.actions.setTag('t5', 'support');
    expect(heard).toHaveLength(3);
    editor.actions.setTag('t6', null);
    expect(editor.store.getState().annotations.t6).toBeUndefined();
  });

  it('returns the refusal’s sentence and changes nothing while coding is in the way; undo clears the way', () => {
    const { editor } = openSample();
    editor.actions.setCodebook(RUMOUREVAL_CODEBOOK);
    editor.actions.setTag('t5', 'deny');
    const before = editor.store.getState();
    expect(editor.actions.setCodebook(null)).toBe('1 comment is coded “deny”, which the new codebook lacks: recode or clear them first.');
    expect(editor.store.getState().codebook).toBe(before.codebook);
    expect(editor.store.getState().error).toBeNull();
    editor.undo();
    expect(editor.actions.setCodebook(null)).toBeNull();
    expect(editor.store.getState().codebook).toBeUndefined();
    editor.undo();
    expect(editor.store.getState().codebook?.scheme).toBe('rumoureval');
  });

  it('accepts a suggested question as the codebook’s category counting as question (query)', () => {
    const { editor } = openSample();
    editor.actions.setCodebook(RUMOUREVAL_CODEBOOK);
    // t14 asks "What are the differences between Unikernel and RTOS?": a suggested question.
    expect(editor.actions.acceptSuggestion('t14')).toBe(true);
    expect(editor.store.getState().annotations.t14).toMatchObject({ tag: 'question', category: 'query' });
  });

  it('lets go of a filter on a category the new codebook lacks', () => {
    const { editor } = openSample();
    editor.actions.setCodebook(RUMOUREVAL_CODEBOOK);
    editor.actions.setCriteria({ tag: 'support' });
    expect(editor.store.getState().find.criteria.tag).toBe('support');
    editor.undo();
    expect(editor.store.getState().find.criteria.tag).toBe('any');
  });
});
