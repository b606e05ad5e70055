// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { openFixture } from '../../../test/support/fixtures';
import { openDocument } from '../../store/actions';
import { useMapStore } from '../../store/map-store';
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

describe('Timeline', () => {
  it('says plainly that pasted text has no times instead of drawing an empty chart', () => {
    openDocument(openFixture('hn-text_eggos-unikernel-thread.txt'));
    renderUi(<Timeline />);
    expect(screen.getByRole('note')).toHaveTextContent('This thread carries no times (pasted text has none), so there is no timeline to show.');
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('offers a slider over every timed comment, and First hour shows the map an hour after the post', async () => {
    openDocument(openFixture('hn-algolia-derived_14952787_first-3-top-level.json'));
    renderUi(<Timeline />);
    // 578 comments, 545 of them with a time.
    const timed = useMapStore.getState().nodes.filter((node) => node.kind === 'comment' && node.createdAt !== null).length;
    expect(timed).toBe(545);
    const slider = screen.getByRole('slider', { name: 'Comments written by' });
    expect(slider).toHaveAttribute('aria-valuemax', String(timed));
    expect(slider).toHaveAttribute('aria-valuenow', String(timed));
    screen.getByRole('button', { name: 'First hour' }).click();
    const { nodes, insight } = useMapStore.getState();
    const post = Date.parse(nodes.find((node) => node.parent === null)!.createdAt!);
    expect(insight.until).toBe(post + 3_600_000 - 1);
    const inHour = nodes.filter((node) => node.kind === 'comment' && node.createdAt !== null && Date.parse(node.createdAt) < post + 3_600_000).length;
    expect(await screen.findByText(new RegExp(`^In the first hour: ${inHour} comments`))).toBeInTheDocument();
  });
});
