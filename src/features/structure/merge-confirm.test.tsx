// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../../test/support/fixtures';
import { renderUi } from '../../../test/support/render-ui';
import { SidePanel } from '../../app/SidePanel';
import { StructureCommands } from './StructureCommands';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const REDDIT = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';
const TEXT = 'hn-text_eggos-unikernel-thread.txt';

afterEach(cleanup);

describe('merging asks first', () => {
  it('across two authors of a Reddit thread: nothing merges until the dialog is confirmed', async () => {
    const user = userEvent.setup();
    editor.actions.openDocument(openFixture(REDDIT));
    editor.actions.select('t1_cpzw5b5');
    renderUi(editor, <><SidePanel /><StructureCommands /></>);
    await user.click(screen.getByRole('button', { name: 'Merge into previous' }));
    // The question's code loads the first time it is asked.
    const dialog = await screen.findByRole('alertdialog', { name: 'Merge these two cards?' });
    expect(dialog).toHaveTextContent('This joins Katana__\'s words to joemtz\'s comment');
    await user.click(within(dialog).getByRole('button', { name: 'Keep them apart' }));
    expect(editor.store.getState().nodes.some((node) => node.id === 't1_cpzw5b5')).toBe(true);
    await user.keyboard('{Shift>}M{/Shift}');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Merge' }));
    expect(editor.store.getState().nodes.some((node) => node.id === 't1_cpzw5b5')).toBe(false);
  });

  it('not for a block of guessed plain text by the same author', async () => {
    const user = userEvent.setup();
    editor.actions.openDocument(openFixture(TEXT));
    editor.actions.select('t2');
    renderUi(editor, <><SidePanel /><StructureCommands /></>);
    await user.click(screen.getByRole('button', { name: 'Merge into previous' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(editor.store.getState().nodes.some((node) => node.id === 't2')).toBe(false);
  });
});
