// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { renderInEditor } from '../../../test/support/render-ui';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../../test/support/fixtures';
import type { ThreadNode } from '../../core/map/types';
import { CommentText, FIRST_PIECE } from './CommentText';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

beforeEach(() => {
  editor.actions.openDocument(openFixture('hn-text_eggos-unikernel-thread.txt'));
  editor.actions.clearCriteria();
});
afterEach(cleanup);

const nodeById = (id: string) => editor.store.getState().nodes.find((node) => node.id === id)!;

describe('CommentText', () => {
  it('marks the words of the find query in the comment, and unmarks them when the query is cleared', () => {
    const node = nodeById('t5');
    const view = renderInEditor(editor, <CommentText node={node} />);
    act(() => editor.actions.setCriteria({ query: 'e1000' }));
    const marks = [...view.container.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase());
    const expected = node.text.toLowerCase().split('e1000').length - 1;
    expect(expected).toBeGreaterThan(0);
    expect(marks).toEqual(Array.from({ length: expected }, () => 'e1000'));
    // Marking never changes the text (splitting a claim reads it).
    expect(view.container.textContent).toBe(renderInEditor(editor, <CommentText node={node} />).container.textContent);
    act(() => editor.actions.clearCriteria());
    expect(view.container.querySelectorAll('mark')).toHaveLength(0);
  });

  it('[regression] draws a megabyte of unbroken text in pieces, more on each "Show more"', async () => {
    const user = userEvent.setup();
    const node: ThreadNode = { ...nodeById('t4'), text: 'x'.repeat(1_000_000) };
    delete node.html;
    const view = renderInEditor(editor, <CommentText node={node} />);
    const drawn = () => view.container.querySelector('.rich-text')!.textContent!.length;
    expect(drawn()).toBe(FIRST_PIECE);
    expect(screen.getByText(/Showing 20,000 of 1,000,000 characters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(drawn()).toBe(FIRST_PIECE * 4);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(drawn()).toBe(FIRST_PIECE * 16);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(drawn()).toBe(1_000_000);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
