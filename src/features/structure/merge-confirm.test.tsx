// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../../test/support/fixtures';
import { renderUi } from '../../../test/support/render-ui';
import { SidePanel } from '../../app/SidePanel';
import { openDocument, select } from '../../store/actions';
import { useMapStore } from '../../store/map-store';
import { StructureCommands } from './StructureCommands';

const REDDIT = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';
const TEXT = 'hn-text_eggos-unikernel-thread.txt';

afterEach(cleanup);

describe('merging asks first', () => {
  it('across two authors of a Reddit thread: nothing merges until the dialog is confirmed', async () => {
    const user = userEvent.setup();
    openDocument(openFixture(REDDIT));
    select('t1_cpzw5b5');
    renderUi(<><SidePanel /><StructureCommands /></>);
    await user.click(screen.getByRole('button', { name: 'Merge into previous' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Merge these two cards?' });
    expect(dialog).toHaveTextContent('This joins Katana__\'s words to joemtz\'s comment');
    await user.click(within(dialog).getByRole('button', { name: 'Keep them apart' }));
    expect(useMapStore.getState().nodes.some((node) => node.id === 't1_cpzw5b5')).toBe(true);
    await user.keyboard('{Shift>}M{/Shift}');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Merge' }));
    expect(useMapStore.getState().nodes.some((node) => node.id === 't1_cpzw5b5')).toBe(false);
  });

  it('not for a block of guessed plain text by the same author', async () => {
    const user = userEvent.setup();
    openDocument(openFixture(TEXT));
    select('t2');
    renderUi(<><SidePanel /><StructureCommands /></>);
    await user.click(screen.getByRole('button', { name: 'Merge into previous' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useMapStore.getState().nodes.some((node) => node.id === 't2')).toBe(false);
  });
});
