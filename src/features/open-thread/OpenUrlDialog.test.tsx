// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { renderUi } from '../../../test/support/render-ui';
import userEvent from '@testing-library/user-event';
import type { FetchLike } from '../../core/sources/url';
import { openFixture, readFixture } from '../../../test/support/fixtures';
import { OpenUrlButton } from './OpenUrlButton';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const STORY = readFixture('hn-algolia-derived_14952787_first-3-top-level.json');
const STORY_API = 'https://hn.algolia.com/api/v1/items/14952787';
const COMMENT_ID = 14953024;
const COMMENT = JSON.stringify((JSON.parse(STORY) as { children: { id: number }[] }).children.find((child) => child.id === COMMENT_ID));
const jsonAnswer = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/json' } });

/** A fetch that answers only the recorded URLs and remembers what was asked. */
function recorded(answers: Record<string, () => Response | Promise<Response>>): { fetch: FetchLike; calls: string[] } {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const answer = answers[url];
    if (!answer) throw new TypeError(`unexpected request ${url}`);
    return answer();
  };
  return { fetch, calls };
}

/** A fetch whose answer sends its first bytes and then never finishes, until aborted. */
const stalling: FetchLike = (_url, init) =>
  Promise.resolve(
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id": 14952787, "children": ['));
          init.signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      }),
      { headers: { 'content-type': 'application/json', 'content-length': '2400000' } },
    ),
  );

async function openWith(fetch: FetchLike, address: string) {
  const user = userEvent.setup();
  renderUi(editor, <OpenUrlButton fetch={fetch} timeoutMs={5_000} />);
  await user.click(screen.getByRole('button', { name: 'Open URL' }));
  // The dialog's code loads the first time it is asked for.
  await user.type(await screen.findByLabelText('Thread address'), address);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  return user;
}

const LOBSTERS = 'lobsters_s-tdfoqh_compose-lobsters.json';

beforeEach(() => {
  editor.actions.openDocument(openFixture(LOBSTERS));
  editor.actions.showError(null);
  editor.actions.showNotice(null);
});
afterEach(cleanup);

describe('OpenUrlDialog', () => {
  it('opens a Hacker News comment URL as its whole story, records where it came from and selects the comment', async () => {
    const net = recorded({ [`https://hn.algolia.com/api/v1/items/${COMMENT_ID}`]: () => jsonAnswer(COMMENT), [STORY_API]: () => jsonAnswer(STORY) });
    await openWith(net.fetch, `https://news.ycombinator.com/item?id=${COMMENT_ID}`);
    await waitFor(() => expect(editor.store.getState().nodes).toHaveLength(579));
    const state = editor.store.getState();
    expect(state.source).toMatchObject({ kind: 'hn', url: 'https://news.ycombinator.com/item?id=14952787', title: 'Google Fires Employee Behind Controversial Diversity Memo' });
    expect(Date.parse(state.source!.retrievedAt!)).not.toBeNaN();
    expect(state.selectedId).toBe(String(COMMENT_ID));
    expect(state.error).toBeNull();
    expect(net.calls).toEqual([`https://hn.algolia.com/api/v1/items/${COMMENT_ID}`, STORY_API]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('reports a 404 on the error line, closes, keeps the open map and the typed address', async () => {
    const before = editor.store.getState().nodes;
    const net = recorded({ [STORY_API]: () => jsonAnswer('{"status":404,"error":"Not Found"}', 404) });
    const user = await openWith(net.fetch, '14952787');
    await waitFor(() => expect(editor.store.getState().error?.kind).toBe('notFound'));
    expect(editor.store.getState().error?.message).toMatch(/HTTP 404/);
    expect(editor.store.getState().nodes).toBe(before);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Open URL' }));
    expect(screen.getByLabelText('Thread address')).toHaveValue('14952787');
  });

  it('shows the bytes received while loading, and Cancel stops the load without touching the map', async () => {
    const before = editor.store.getState().nodes;
    const user = await openWith(stalling, 'news.ycombinator.com/item?id=14952787');
    await waitFor(() => expect(screen.getByTestId('open-url-progress')).toHaveTextContent('Loading from hn.algolia.com: 30 B of 2.4 MB'));
    expect(screen.getByRole('button', { name: 'Opening…' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(editor.store.getState().notice).toMatch(/cancelled/));
    expect(editor.store.getState().error).toBeNull();
    expect(editor.store.getState().nodes).toBe(before);
    // The dialog stays open with the address, ready to try again.
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByLabelText('Thread address')).toHaveValue('news.ycombinator.com/item?id=14952787');
    expect(screen.getByRole('button', { name: 'Open' })).toBeEnabled();
  });

  it('opened from the keyboard the first time, while its code loads, takes focus in its field and gives it back to the button', async () => {
    const user = userEvent.setup();
    renderUi(editor, <OpenUrlButton fetch={recorded({}).fetch} />);
    const button = screen.getByRole('button', { name: 'Open URL' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    button.focus();
    await user.keyboard('{Enter}');
    const field = await screen.findByLabelText('Thread address');
    await waitFor(() => expect(field).toHaveFocus());
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('dialog').id);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('refuses an address it cannot open without asking the network', async () => {
    const net = recorded({});
    await openWith(net.fetch, 'https://example.com/some/page');
    await waitFor(() => expect(editor.store.getState().error?.kind).toBe('unknownFormat'));
    expect(editor.store.getState().error?.message).toMatch(/cannot be opened by URL/);
    expect(net.calls).toEqual([]);
  });
});
