// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { openFixture } from '../../../test/support/fixtures';
import { createEditor, type Editor } from '../../store/editor';
import { renderUi } from '../../../test/support/render-ui';
import Timeline from './Timeline';

// jsdom measures no layout: the chart keeps width 0 (not drawn), the rest of the timeline works.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
beforeAll(() => vi.stubGlobal('ResizeObserver', NoResizeObserver));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

describe('Timeline', () => {
  it('says plainly that pasted text has no times instead of drawing an empty chart', () => {
    editor.actions.openDocument(openFixture('hn-text_eggos-unikernel-thread.txt'));
    renderUi(editor, <Timeline />);
    expect(screen.getByRole('note')).toHaveTextContent('This thread carries no times (pasted text has none), so there is no timeline to show.');
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('offers a slider over every timed comment, and First hour shows the map an hour after the post', async () => {
    editor.actions.openDocument(openFixture('hn-algolia-derived_14952787_first-3-top-level.json'));
    renderUi(editor, <Timeline />);
    // 578 comments, 545 of them with a time.
    const timed = editor.store.getState().nodes.filter((node) => node.kind === 'comment' && node.createdAt !== null).length;
    expect(timed).toBe(545);
    const slider = screen.getByRole('slider', { name: 'Comments written by' });
    expect(slider).toHaveAttribute('aria-valuemax', String(timed));
    expect(slider).toHaveAttribute('aria-valuenow', String(timed));
    screen.getByRole('button', { name: 'First hour' }).click();
    const { nodes, insight } = editor.store.getState();
    const post = Date.parse(nodes.find((node) => node.parent === null)!.createdAt!);
    expect(insight.until).toBe(post + 3_600_000 - 1);
    const inHour = nodes.filter((node) => node.kind === 'comment' && node.createdAt !== null && Date.parse(node.createdAt) < post + 3_600_000).length;
    expect(await screen.findByText(new RegExp(`^In the first hour: ${inHour} comments`))).toBeInTheDocument();
  });
});
