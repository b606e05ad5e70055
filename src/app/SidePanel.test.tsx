// @vitest-environment jsdom
import { createEditor, type Editor } from '../store/editor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../test/support/fixtures';
import { SidePanel } from './SidePanel';
import { renderUi } from '../../test/support/render-ui';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';

const renderPanel = () => renderUi(editor, <SidePanel />);

beforeEach(() => {
  editor.actions.openDocument(openFixture(ALGOLIA));
});
afterEach(cleanup);

describe('SidePanel', () => {
  it('asks for a selection before one is made', () => {
    renderPanel();
    expect(screen.getByText(/Select a card/)).toBeInTheDocument();
    expect(screen.getByTestId('tag-counter')).toHaveTextContent('Tagged 0 of 545');
  });

  it('shows the whole selected comment with its author, paragraphs and permalink', () => {
    editor.actions.select('14953048');
    renderPanel();
    const article = screen.getByRole('article', { name: 'Selected comment' });
    expect(article.querySelector('.comment-head .author')).toHaveTextContent('sctb');
    expect(within(article).getByText(/We've closed this thread to new accounts/)).toBeInTheDocument();
    expect(within(article).getByText(/If you have a new account/)).toBeInTheDocument();
    expect(article.querySelectorAll('.rich-text p')).toHaveLength(2);
    expect(within(article).getByRole('link', { name: 'Permalink' })).toHaveAttribute('href', 'https://news.ycombinator.com/item?id=14953048');
  });

  it('tags with the Pro, Con and Question buttons, counts the tag and clears it', async () => {
    const user = userEvent.setup();
    editor.actions.select('14953048');
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Con' }));
    expect(editor.store.getState().annotations['14953048']?.tag).toBe('con');
    expect(screen.getByRole('button', { name: 'Con' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('tag-counter')).toHaveTextContent('Tagged 1 of 545');
    await user.click(screen.getByRole('button', { name: 'Question' }));
    expect(editor.store.getState().annotations['14953048']?.tag).toBe('question');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(editor.store.getState().annotations['14953048']).toBeUndefined();
    expect(screen.getByTestId('tag-counter')).toHaveTextContent('Tagged 0 of 545');
  });

  it('undoes a tag back to the earlier annotations, key for key', async () => {
    const user = userEvent.setup();
    editor.actions.select('14953048');
    renderPanel();
    const before = editor.store.getState().annotations;
    await user.click(screen.getByRole('button', { name: 'Pro' }));
    editor.actions.undo();
    expect(editor.store.getState().annotations).toEqual(before);
  });

  it('saves a note typed into the note field when the field is left', async () => {
    const user = userEvent.setup();
    editor.actions.select('14953048');
    renderPanel();
    await user.type(screen.getByLabelText('Note'), 'Moderator notice, not an argument.');
    await user.tab();
    expect(editor.store.getState().annotations['14953048']?.note).toBe('Moderator notice, not an argument.');
  });
});

describe('SidePanel names for items without an author', () => {
  const REDDIT = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';

  it('names a deleted comment "[deleted]" and a stub "More replies", in the head and the chain of replies alike', () => {
    editor.actions.openDocument(openFixture(REDDIT));
    const nodes = editor.store.getState().nodes;
    // A top-level comment whose author and words Reddit replaced with "[deleted]", and its reply.
    const deleted = nodes.find((node) => node.id === 't1_cogquu1')!;
    expect([deleted.author, deleted.status]).toEqual([null, 'deleted']);
    const reply = nodes.find((node) => node.parent === deleted.id)!;
    editor.actions.select(reply.id);
    renderPanel();
    const chain = screen.getByRole('navigation', { name: 'Chain of replies' });
    expect(within(chain).getAllByRole('listitem').map((item) => item.textContent)).toEqual([nodes[0]!.author, '[deleted]', reply.author ?? 'Comment']);
    cleanup();

    editor.actions.select(deleted.id);
    renderPanel();
    const head = screen.getByRole('article', { name: 'Selected comment' }).querySelector('.comment-head')!;
    expect(head.querySelector('.author')).toHaveTextContent(/^\[deleted\]$/);
    // The name says it: no second "deleted" beside it.
    expect(head.textContent!.match(/deleted/g)).toHaveLength(1);
    cleanup();

    const stub = nodes.find((node) => node.kind === 'more')!;
    editor.actions.select(stub.id);
    renderPanel();
    expect(screen.getByRole('article', { name: 'Selected comment' }).querySelector('.comment-head .author')).toHaveTextContent(/^More replies$/);
  });
});

describe('the chain of replies on pasted text, where no comment has an author', () => {
  it('names each reply by its first words, not "Comment › Comment"', () => {
    editor.actions.openDocument(openFixture('hn-text_eggos-unikernel-thread.txt'));
    const { nodes } = editor.store.getState();
    const deep = nodes.find((node) => node.text.startsWith("I haven't done it, and the e1000"))!;
    editor.actions.select(deep.id);
    renderPanel();
    const steps = within(screen.getByRole('navigation', { name: 'Chain of replies' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(steps[0]).toBe('Post');
    expect(steps.slice(1).filter((step) => step === 'Comment')).toEqual([]);
    expect(steps[1]).toBe('Honest question: why…');
    expect(steps.at(-1)).toBe("I haven't done…");
    // The head still names its kind.
    expect(screen.getByRole('article', { name: 'Selected comment' }).querySelector('.comment-head .author')?.textContent).toBe('Comment');
  });
});
