// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../../test/support/fixtures';
import { renderUi } from '../../../test/support/render-ui';
import { SidePanel } from '../../app/SidePanel';
import { CODER_STORAGE_KEY, readSavedCoder } from '../../store/map-store';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const REDDIT = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';
const annotation = (id: string) => editor.store.getState().annotations[id];

afterEach(() => {
  cleanup();
  editor.store.setState({ coder: null, coderAsked: true, coderPrompt: null });
  localStorage.setItem(CODER_STORAGE_KEY, JSON.stringify({ name: null }));
});

describe('tags only where they mean something (Reddit thread: 51 comments, 2 of them deleted, the post, 21 stubs)', () => {
  beforeEach(() => editor.actions.openDocument(openFixture(REDDIT)));

  it('counts "Tagged N of 49" and leaves the post\'s and a stub\'s tag buttons doing nothing, with the reason', async () => {
    const user = userEvent.setup();
    editor.actions.select('t3_2ujhkr');
    renderUi(editor, <SidePanel />);
    expect(screen.getByTestId('tag-counter')).toHaveTextContent(/^Tagged 0 of 49$/);
    expect(screen.getByTestId('left-out')).toHaveTextContent('· 2 deleted left out');
    const pro = within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Pro' });
    expect(pro).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('group', { name: 'Tag' })).toHaveAccessibleDescription(/replies to nothing/);
    await user.click(pro);
    expect(annotation('t3_2ujhkr')).toBeUndefined();
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeDisabled();
    const stub = editor.store.getState().nodes.find((node) => node.kind === 'more')!.id;
    editor.actions.setTag(stub, 'con');
    expect(annotation(stub)).toBeUndefined();
    expect(editor.store.getState().notice).toContain('not loaded');
  });

  it('counts a comment\'s tag against the 49', async () => {
    const user = userEvent.setup();
    editor.actions.select('t1_cq21eh6');
    renderUi(editor, <SidePanel />);
    await user.click(within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Question' }));
    expect(screen.getByTestId('tag-counter')).toHaveTextContent('Tagged 1 of 49');
  });

  it('shows no "left out" note on a thread where nothing was deleted with no text', () => {
    editor.actions.openDocument(openFixture('lobsters_s-tdfoqh_compose-lobsters.json'));
    renderUi(editor, <SidePanel />);
    expect(screen.getByTestId('tag-counter')).toHaveTextContent(/^Tagged 0 of 10$/);
    expect(screen.queryByTestId('left-out')).toBeNull();
  });

  it('leaves a "[deleted]" comment\'s tag buttons and tag keys doing nothing, with the reason, but takes a note on it', async () => {
    const user = userEvent.setup();
    const deleted = 't1_cogquu1';
    expect(editor.store.getState().nodes.find((node) => node.id === deleted)).toMatchObject({ status: 'deleted', text: '[deleted]' });
    editor.actions.select(deleted);
    renderUi(editor, <SidePanel />);
    const pro = within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Pro' });
    expect(pro).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('group', { name: 'Tag' })).toHaveAccessibleDescription(/deleted and no text is left/);
    await user.click(pro);
    expect(annotation(deleted)).toBeUndefined();
    editor.actions.setTag(deleted, 'con');
    expect(annotation(deleted)).toBeUndefined();
    expect(editor.store.getState().notice).toContain('nothing to judge');
    expect(screen.getByTestId('tag-counter')).toHaveTextContent('Tagged 0 of 49');
    editor.actions.setNote(deleted, 'Its replies answer a question it asked.');
    expect(annotation(deleted)).toMatchObject({ note: 'Its replies answer a question it asked.' });
    expect(annotation(deleted)?.tag).toBeUndefined();
  });

  it('shows a moved card\'s tag as to re-check until the coder confirms it', async () => {
    const user = userEvent.setup();
    editor.actions.setTag('t1_cq05z2f', 'pro');
    expect(editor.actions.reparent('t1_cq05z2f', 't1_cq21eh6')).toBe(true);
    editor.actions.select('t1_cq05z2f');
    renderUi(editor, <SidePanel />);
    expect(screen.getByTestId('recheck-note')).toHaveTextContent('moved here from Katana__\'s comment');
    await user.click(screen.getByRole('button', { name: 'Tag still holds' }));
    expect(annotation('t1_cq05z2f')).toMatchObject({ tag: 'pro' });
    expect(annotation('t1_cq05z2f')?.recheck).toBeUndefined();
    expect(screen.queryByTestId('recheck-note')).toBeNull();
  });
});

describe('the counter on the 2,565-item HN thread', () => {
  it('reads "Tagged 0 of 2,452 · 112 deleted left out", with thousands separators', () => {
    editor.actions.openDocument(openFixture('hn-firebase_14952787_flat-items_forum-explorer.json'));
    renderUi(editor, <SidePanel />);
    expect(screen.getByTestId('tag-counter')).toHaveTextContent(/^Tagged 0 of 2,452$/);
    expect(screen.getByTestId('left-out')).toHaveTextContent(/^· 112 deleted left out$/);
    expect(screen.getByTestId('left-out')).toHaveAttribute('title', expect.stringContaining('112 deleted or removed comments have no text left'));
  });

  it('writes the tagged and category counts with thousands separators, and leaves a tag on a deleted item out of them', () => {
    const doc = openFixture('hn-firebase_14952787_flat-items_forum-explorer.json');
    const replies = doc.nodes.filter((node) => node.parent !== null);
    const withText = replies.filter((node) => node.text !== '').slice(0, 1200);
    const gone = replies.find((node) => node.status === 'deleted' && node.text === '')!;
    const annotations = Object.fromEntries([...withText, gone].map((node) => [node.id, { tag: 'pro' as const, updatedAt: '2026-11-26T14:00:00.000Z' }]));
    editor.actions.openDocument({ ...doc, annotations });
    renderUi(editor, <SidePanel />);
    expect(screen.getByTestId('tag-counter')).toHaveTextContent(/^Tagged 1,200 of 2,452$/);
    expect(screen.getByTestId('category-counts')).toHaveTextContent('Pro 1,200');
  });
});

describe('the coder name', () => {
  beforeEach(() => {
    localStorage.removeItem(CODER_STORAGE_KEY);
    editor.store.setState({ ...readSavedCoder(), coderPrompt: null });
    editor.actions.openDocument(openFixture(REDDIT));
  });

  it('is asked before the first tag, recorded on it, kept in localStorage, and not asked again', async () => {
    const user = userEvent.setup();
    editor.actions.select('t1_cq21eh6');
    renderUi(editor, <SidePanel />);
    await user.click(within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Con' }));
    expect(annotation('t1_cq21eh6')).toBeUndefined();
    // The dialog's code loads the first time it is asked for.
    const dialog = await screen.findByRole('dialog', { name: 'Who is coding?' });
    await user.type(within(dialog).getByLabelText('Your name or coder id'), '  Ana Lima ');
    await user.click(within(dialog).getByRole('button', { name: 'Save and tag' }));
    expect(annotation('t1_cq21eh6')).toMatchObject({ tag: 'con', coder: 'Ana Lima' });
    expect(JSON.parse(localStorage.getItem(CODER_STORAGE_KEY)!)).toEqual({ name: 'Ana Lima' });
    expect(readSavedCoder()).toEqual({ coder: 'Ana Lima', coderAsked: true });
    expect(screen.getByTestId('coder-line')).toHaveTextContent('Coding as Ana Lima');
    await user.click(within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Pro' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(annotation('t1_cq21eh6')).toMatchObject({ tag: 'pro', coder: 'Ana Lima' });
  });

  it('can be declined, which still makes the tag, and changed later from the panel', async () => {
    const user = userEvent.setup();
    editor.actions.select('t1_cq21eh6');
    renderUi(editor, <SidePanel />);
    // Esc cancels the tag that asked (keys typed after it may have landed in the name field).
    await user.click(within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Pro' }));
    await screen.findByRole('dialog', { name: 'Who is coding?' });
    await user.keyboard('jc{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(annotation('t1_cq21eh6')).toBeUndefined();
    expect(editor.store.getState().coder).toBeNull();
    // Asked again at the next tag, it can be declined.
    await user.click(within(screen.getByRole('group', { name: 'Tag' })).getByRole('button', { name: 'Pro' }));
    await user.click(screen.getByRole('button', { name: 'Tag without a name' }));
    expect(annotation('t1_cq21eh6')).toMatchObject({ tag: 'pro', coder: null });
    await user.click(within(screen.getByTestId('coder-line')).getByRole('button', { name: 'Name' }));
    await user.type(screen.getByLabelText('Your name or coder id'), 'Ben');
    await user.keyboard('{Enter}');
    expect(editor.store.getState().coder).toBe('Ben');
    expect(annotation('t1_cq21eh6')?.coder).toBeNull();
  });
});
