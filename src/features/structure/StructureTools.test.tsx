// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../../test/support/fixtures';
import { SidePanel } from '../../app/SidePanel';
import { renderUi } from '../../../test/support/render-ui';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const TEXT = 'hn-text_eggos-unikernel-thread.txt';
const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';

const renderPanel = () => renderUi(editor, <SidePanel />);

/** Selects `words` inside the displayed comment, as a person dragging over the text would. */
function selectWords(words: string) {
  const article = screen.getByRole('article', { name: 'Selected comment' });
  const walker = document.createTreeWalker(article.querySelector('.rich-text')!, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const at = text.textContent!.indexOf(words);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + words.length);
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    return;
  }
  throw new Error(`"${words}" is not displayed`);
}

const node = (id: string) => editor.store.getState().nodes.find((candidate) => candidate.id === id);

afterEach(() => {
  cleanup();
  document.getSelection()?.removeAllRanges();
});

describe('the panel\'s claim and structure controls', () => {
  beforeEach(() => editor.actions.openDocument(openFixture(ALGOLIA)));

  it('enables Split claim once words of the comment are selected and makes them a claim card', async () => {
    const user = userEvent.setup();
    editor.actions.select('14953048');
    renderPanel();
    const split = screen.getByRole('button', { name: 'Split claim' });
    expect(split).toBeDisabled();
    selectWords('because of trolling');
    expect(split).toBeEnabled();
    expect(screen.getByTestId('claim-draft')).toHaveTextContent('Selected: “because of trolling”');
    await user.click(split);
    const start = node('14953048')!.text.indexOf('because of trolling');
    const id = `14953048#c${start}-${start + 19}`;
    expect(node(id)).toMatchObject({ kind: 'claim', parent: '14953048', text: 'because of trolling', author: 'sctb' });
    expect(editor.store.getState().selectedId).toBe(id);
  });

  it('shows a claim with its words highlighted in the comment it came from, and undo removes it', async () => {
    const user = userEvent.setup();
    editor.actions.select('14953048');
    renderPanel();
    selectWords('please email us');
    await user.click(screen.getByRole('button', { name: 'Split claim' }));
    const source = screen.getByRole('region', { name: 'Where the claim comes from' });
    expect(source.querySelector('mark')).toHaveTextContent(/^please email us$/);
    expect(source).toHaveTextContent("We've closed this thread to new accounts");
    await user.click(within(source).getByRole('button', { name: "sctb's comment" }));
    expect(editor.store.getState().selectedId).toBe('14953048');
    act(() => editor.actions.undo());
    expect(editor.store.getState().nodes.some((candidate) => candidate.kind === 'claim')).toBe(false);
  });

  it('starts the move command from the Move under… button', async () => {
    const user = userEvent.setup();
    editor.actions.select('14956119');
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Move under…' }));
    expect(editor.store.getState().pick.pick).toEqual({ kind: 'move', id: '14956119' });
    act(() => editor.store.setState((state) => ({ pick: { ...state.pick, ...{ pick: null } } })));
  });
});

describe('merging in the panel', () => {
  beforeEach(() => editor.actions.openDocument(openFixture(TEXT)));

  it('merges a plain-text block into the one before it and selects the merged card', async () => {
    const user = userEvent.setup();
    editor.actions.select('t2');
    renderPanel();
    const before = node('t1')!.text;
    await user.click(screen.getByRole('button', { name: 'Merge into previous' }));
    expect(node('t2')).toBeUndefined();
    expect(node('t1')!.text.startsWith(`${before}\n\nWhy pay the performance price`)).toBe(true);
    expect(node('t3')!.parent).toBe('t1');
    expect(editor.store.getState().selectedId).toBe('t1');
    expect(screen.getByTestId('tag-counter')).toHaveTextContent('Tagged 0 of 30');
  });

  it('offers no merge for the first card of the thread', () => {
    editor.actions.select('t0');
    renderPanel();
    expect(screen.getByRole('button', { name: 'Merge into previous' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move under…' })).toBeDisabled();
  });
});
