// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../test/support/fixtures';
import { renderUi } from '../../test/support/render-ui';
import { createEditor, READ_ONLY_REASON } from '../store/editor';
import { SidePanel } from './SidePanel';

afterEach(cleanup);

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';

function readOnlyMap() {
  const editor = createEditor({ initial: { coder: 'ana', coderAsked: true } });
  editor.actions.openDocument(openFixture(ALGOLIA));
  editor.actions.select('14953048');
  editor.store.setState((state) => ({ save: { ...state.save, readOnly: true } }));
  return editor;
}

describe('a map another tab writes', () => {
  it('keeps the tag and structure buttons and keys off, says why, and changes nothing', async () => {
    const user = userEvent.setup();
    const editor = readOnlyMap();
    const heard: string[] = [];
    editor.subscribe((op) => heard.push(op.kind));
    renderUi(editor, <SidePanel />);

    const tags = screen.getByRole('group', { name: 'Tag' });
    const con = within(tags).getByRole('button', { name: 'Con' });
    expect(con).toHaveAttribute('aria-disabled', 'true');
    expect(tags).toHaveAccessibleDescription(READ_ONLY_REASON);
    await user.hover(con);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(READ_ONLY_REASON);
    await user.click(con);
    const move = screen.getByRole('button', { name: 'Move under…' });
    expect(move).toHaveAttribute('aria-disabled', 'true');
    await user.click(move);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveAttribute('readonly');

    // The keys that tag, start a move and undo do nothing either.
    await user.click(document.body);
    await user.keyboard('pm{Shift>}M{/Shift}');
    expect(editor.store.getState().annotations['14953048']).toBeUndefined();
    expect(editor.store.getState().pick.pick).toBeNull();
    expect(editor.store.getState().pick.mergeRequest).toBeNull();
    expect(heard).toEqual([]);

    // Once this tab writes the map, the same button tags.
    editor.store.setState((state) => ({ save: { ...state.save, readOnly: false } }));
    await user.click(within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Con' }));
    expect(editor.store.getState().annotations['14953048']?.tag).toBe('con');
    expect(heard).toEqual(['tag']);
  });
});
