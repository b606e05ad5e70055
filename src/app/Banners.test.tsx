// @vitest-environment jsdom
import { createEditor, type Editor } from '../store/editor';
import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture, readFixture } from '../../test/support/fixtures';
import { renderUi } from '../../test/support/render-ui';
import { openInput } from '../core/document/open-input';
import { Banners } from './Banners';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

/** Opens a recorded thread with the warnings its import gave, as the app does. */
function openWithWarnings(name: string): string[] {
  const result = openInput(readFixture(name), { retrievedAt: null, fileName: name, now: '2026-11-26T14:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  editor.actions.openDocument(result.value, result.warnings);
  return result.warnings;
}

afterEach(cleanup);

describe('Banners', () => {
  it('shows that a Discourse page holds only part of its topic in plain view, not as a repair', () => {
    openWithWarnings('discourse_t-2108_posts_criticalfallibilism.json');
    renderUi(editor, <Banners />);
    const notice = screen.getByRole('region', { name: 'Partial thread.' });
    expect(notice).toBeVisible();
    expect(notice).toHaveTextContent("This page holds 20 of the topic's 446 posts; the others are not in the map.");
    expect(screen.queryByText(/repairs? (was|were) made/)).toBeNull();
  });

  it('shows that a Mastodon context lacks its root status, and can be hidden', async () => {
    const user = userEvent.setup();
    openWithWarnings('mastodon_context_109294719267373593_rtoot.json');
    renderUi(editor, <Banners />);
    const notice = screen.getByRole('region', { name: 'Partial thread.' });
    expect(notice).toHaveTextContent(/The status 109294719267373593 that these replies answer is not in the file/);
    await user.click(within(notice).getByRole('button', { name: 'Hide the partial-thread notice' }));
    expect(screen.queryByRole('region', { name: 'Partial thread.' })).toBeNull();
  });

  it('says that the Algolia thread\'s tombstones may be deleted or dead, as a note about the data, not a repair', () => {
    openWithWarnings('hn-algolia-derived_14952787_first-3-top-level.json');
    renderUi(editor, <Banners />);
    expect(screen.getByText('1 note about what this data cannot tell')).toBeInTheDocument();
    expect(screen.getByText(/^33 comments come as an id and replies only, .*some may be dead/)).toBeInTheDocument();
    expect(screen.queryByText(/repairs? (was|were) made/)).toBeNull();
  });

  it('keeps repairs behind their count and shows no partial notice for a whole thread', () => {
    editor.actions.openDocument(openFixture('hn-algolia_items-17_2014_node-hacker-news-api.json'), ['Node id "a" appears more than once; the later one is unreachable by id.']);
    renderUi(editor, <Banners />);
    expect(screen.queryByRole('region', { name: 'Partial thread.' })).toBeNull();
    expect(screen.getByText('1 repair was made while opening this map')).toBeInTheDocument();
  });
});
