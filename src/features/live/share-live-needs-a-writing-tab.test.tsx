// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/support/render-ui';
import { openFixture } from '../../../test/support/fixtures';
import { setSave } from '../../store/autosave/save-slice';
import { createEditor } from '../../store/editor';
import { LiveControls } from './LiveControls';

afterEach(() => {
  cleanup();
  document.head.querySelector('meta[name="threadmap-sync-url"]')?.remove();
});

/** The page as `npm start` serves it: the sync server's address in a meta tag. */
function withSyncServer() {
  const meta = document.createElement('meta');
  meta.name = 'threadmap-sync-url';
  meta.content = 'ws://127.0.0.1:1235';
  document.head.append(meta);
}

describe('Share live', () => {
  it('is offered in the tab that writes the map, and not in a tab that only reads it, which says why', async () => {
    withSyncServer();
    const editor = createEditor();
    editor.actions.openDocument(openFixture('hn-algolia-derived_14952787_first-3-top-level.json'));
    renderUi(editor, <LiveControls />);
    const share = screen.getByRole('button', { name: /share live/i });
    expect(share.getAttribute('aria-disabled')).toBeNull();

    // Another tab writes the map: a room's changes could not be applied here.
    act(() => setSave(editor.store, { readOnly: true }));
    expect(share.getAttribute('aria-disabled')).toBe('true');
    act(() => share.click());
    expect(screen.queryByText(/Live · |Connecting/)).toBeNull();
    // Still hoverable and focusable, so its tooltip tells why.
    await userEvent.setup().hover(share);
    expect((await screen.findByRole('tooltip')).textContent).toBe('Another tab is editing this map: take over or open a copy to share it live.');
  });
});
