import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/core/document/open-input';
import { layoutMap } from '../../src/core/layout';
import { buildMap } from '../../src/core/map/graph';
import { CARDS_PER_SLICE, sliceSize } from '../../src/features/canvas/mount-slices';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';
import { viewOf } from './map-page';

/*
 * A sub-debate opened from its label far out in the overview of the 2,565-item HN thread mounts
 * its cards a slice per frame, the comment clicked first; what each frame held is recorded in the
 * page. Screenshots: test-results/screenshots/region-slices-*.png.
 */

const HN_THREAD = 'hn-firebase_14952787_flat-items_forum-explorer.json';
const harness = harnessForThisFile();

/** Waits until the view stops moving and no cards are waiting to mount. */
async function settle(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await viewOf(page)) + String(await page.locator('.react-flow[data-mounting]').count());
        const same = now === last && now.endsWith('0');
        last = now;
        return same;
      },
      { interval: 200, timeout: 10_000 },
    )
    .toBe(true);
}

async function openOverview(page: Page) {
  await page.locator('.react-flow__node .card').first().waitFor();
  await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN_THREAD));
  await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toMatch(/of 2,452$/);
  await page.keyboard.press('1');
  await page.keyboard.press('f');
  await settle(page);
}

interface Frame {
  ids: string[];
  mounting: boolean;
  /** Cards whose text the canvas layer drew. */
  canvasText: number;
  /** The view's transform. */
  view: string;
}

/**
 * Clicks the label of the sub-debate of `count` comments and records, on every animation frame
 * until slicing has ended, the cards mounted in the frame painted. On the first frame holding the opening comment's
 * card, that card is given keyboard focus; the result says whether it still has it at the end.
 */
async function clickAndRecord(page: Page, count: number): Promise<{ frames: Frame[]; root: string; focusKept: boolean }> {
  const recording = page.evaluate(
    (wanted) =>
      new Promise<{ frames: Frame[]; root: string; focusKept: boolean }>((resolve) => {
        const button = document.querySelector<HTMLElement>(`.region-label[data-count="${wanted}"]`)!;
        const root = button.dataset.root!;
        const frames: Frame[] = [];
        let focused: HTMLElement | null = null;
        let clicked = false;
        let quiet = 0;
        button.addEventListener('click', () => (clicked = true), { capture: true, once: true });
        // Recorded after each frame has been painted (a message posted from the animation frame
        // arrives after its paint): what a frame's own callbacks rendered is counted in it.
        const afterPaint = (then: () => void) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              channel.port1.close();
              then();
            };
            channel.port2.postMessage(null);
          });
        const record = () => {
          if (!clicked) return afterPaint(record);
          const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node .card')];
          const mounting = document.querySelector('.react-flow[data-mounting]') !== null;
          const canvasText = Number(document.querySelector<HTMLCanvasElement>('canvas.overview-layer')?.dataset.textCards ?? 0);
          const view = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
          frames.push({ ids: cards.map((card) => card.dataset.nodeId!), mounting, canvasText, view });
          const opening = cards.find((card) => card.dataset.nodeId === root);
          if (opening && !focused) {
            focused = opening;
            opening.focus({ preventScroll: true });
          }
          quiet = !mounting && cards.length > 0 ? quiet + 1 : 0;
          if (quiet >= 5 || frames.length > 600) resolve({ frames, root, focusKept: focused !== null && focused.isConnected && document.activeElement === focused });
          else afterPaint(record);
        };
        afterPaint(record);
      }),
    count,
  );
  await page.locator(`.region-label[data-count="${count}"]`).click();
  return recording;
}

/** The ids of the cards whose box is at least partly in the pane at the page's view. */
async function idsOnScreen(page: Page): Promise<string[]> {
  const pane = (await page.locator('.canvas .react-flow').boundingBox())!;
  const view = await viewOf(page);
  const opened = openInput(readFileSync(fixturePath(HN_THREAD), 'utf8'), { retrievedAt: null, fileName: HN_THREAD });
  if (!opened.ok) throw new Error(opened.error.message);
  const graph = buildMap(opened.value.nodes).graph;
  const layout = layoutMap(graph, { mode: 'overview', aspect: Math.round((pane.width / pane.height) * 4) / 4 });
  const ids: string[] = [];
  for (const at of layout.visible) {
    const left = layout.x[at]! * view.zoom + view.x;
    const top = layout.y[at]! * view.zoom + view.y;
    const right = left + layout.width[at]! * view.zoom;
    const bottom = top + layout.height[at]! * view.zoom;
    // A pixel's grace at the edges, where rounding decides.
    if (right > 1 && left < pane.width - 1 && bottom > 1 && top < pane.height - 1) ids.push(graph.nodes[at]!.id);
  }
  return ids;
}

describe('a sub-debate opening into cards a slice per frame', () => {
  it('far out in the overview, paints the comment clicked in the first frame, with at most a slice of cards, then every card on screen exactly once, keeping focus', async () => {
    const { page, context, errors } = await openApp(harness);
    await openOverview(page);
    expect(await page.locator('.react-flow__node').count()).toBe(0);

    // The largest sub-debate (778 comments) opens onto more cards than the map mounts at once
    // (over 180 per view): the canvas layer draws them with their text, and nothing mounts.
    const selectedBefore = await page.locator('.region-label[data-count="778"]').getAttribute('data-root');
    await page.locator('.region-label[data-count="778"]').click();
    await settle(page);
    expect(await page.locator('.react-flow__node').count()).toBe(0);
    expect(Number(await page.locator('canvas.overview-layer').getAttribute('data-text-cards'))).toBeGreaterThan(180);
    await page.keyboard.press('f');
    await settle(page);

    // The next largest (458 comments) opens onto a few hundred cards, which mount. The comment
    // that started the one opened before is selected until the new one's is.
    const { frames, root, focusKept } = await clickAndRecord(page, 458);
    const withCards = frames.findIndex((frame) => frame.ids.length > 0);
    expect(withCards).toBeGreaterThanOrEqual(0);
    const first = frames[withCards]!;
    expect(first.ids).toContain(root);
    expect(first.ids.length).toBeLessThanOrEqual(CARDS_PER_SLICE);
    // Slicing was seen (the first frame was not all there was), and no frame added more than its
    // slice (40, 80, 160, …).
    expect(first.mounting).toBe(true);
    let slices = 1;
    for (let at = withCards + 1; at < frames.length; at++) {
      const added = frames[at]!.ids.length - frames[at - 1]!.ids.length;
      if (added > 0) expect(added).toBeLessThanOrEqual(sliceSize(slices++));
      // No card mounted is taken away while the view holds still (but the one no longer selected).
      expect(frames[at]!.ids).toEqual(expect.arrayContaining(frames[at - 1]!.ids.filter((id) => id !== selectedBefore)));
    }
    // The card given focus on the first frame was never unmounted and still has it.
    expect(focusKept).toBe(true);

    await settle(page);
    const mounted = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.react-flow__node .card')].map((card) => card.dataset.nodeId!));
    const onScreen = await idsOnScreen(page);
    expect(onScreen.length).toBeGreaterThan(100);
    // No hole on any frame: every card on screen not mounted yet was drawn, text and all, by the
    // canvas layer (which leaves the mounted ones to the DOM).
    for (const frame of frames.slice(withCards)) {
      const waiting = onScreen.filter((id) => !frame.ids.includes(id)).length;
      expect(frame.canvasText).toBeGreaterThanOrEqual(waiting);
      if (!frame.mounting) expect(waiting).toBe(0);
    }
    for (const id of onScreen) expect(mounted.filter((other) => other === id).length, id).toBe(1);
    expect(new Set(mounted).size).toBe(mounted.length);
    // The canvas layer that drew waiting cards has stepped back.
    expect(await page.locator('canvas.overview-layer').getAttribute('data-text-cards')).toBe('0');
    await screenshot(page, 'region-slices-hn-458-done');
    // Each row names its author whole, or as much as the row holds, even beside a suggested tag,
    // which gives way first (several of these rows carry one).
    const rows = await page.evaluate(() =>
      // A deleted item's row has no name before its words ("[deleted]").
      [...document.querySelectorAll<HTMLElement>('.react-flow__node .card.row:has(.meta .author)')].map((card) => {
        const author = card.querySelector<HTMLElement>('.meta .author')!;
        const meta = card.querySelector<HTMLElement>('.meta')!;
        return { id: card.dataset.nodeId!, shown: author.offsetWidth, whole: Math.min(author.scrollWidth, meta.clientWidth), suggested: card.querySelector('.suggested-tag') !== null };
      }),
    );
    expect(rows.filter((row) => row.suggested).length).toBeGreaterThan(5);
    for (const row of rows) expect(row.shown, row.id).toBeGreaterThanOrEqual(row.whole - 1);

    // Tab from the layout switcher reaches the cards: the opening comment's card, which has focus.
    await page.getByRole('radio', { name: /Overview layout/ }).focus();
    let reached = '';
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.getAttribute('role') === 'treeitem' ? document.activeElement.getAttribute('data-node-id')! : ''));
    }
    expect(reached).toBe(root);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem' && document.activeElement.getAttribute('data-node-id'))).not.toBe(root);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the sub-debate whole while it mounts, the waiting cards drawn by the canvas layer, in light and dark', async () => {
    const { page, context, errors } = await openApp(harness);
    await openOverview(page);
    // The frames the browser paints, as they are painted, from just before the click.
    const cdp = await context.newCDPSession(page);
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
        await page.keyboard.press('f');
        await settle(page);
      }
      const painted: Buffer[] = [];
      const onFrame = (frame: { data: string; sessionId: number }) => {
        painted.push(Buffer.from(frame.data, 'base64'));
        void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
      };
      cdp.on('Page.screencastFrame', onFrame);
      await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
      await page.waitForTimeout(300);
      const before = painted.length;
      await page.locator('.region-label[data-count="458"]').click();
      await settle(page);
      await cdp.send('Page.stopScreencast');
      cdp.off('Page.screencastFrame', onFrame);
      // The first frames after the click, and the last: each looked at for holes and half-drawn cards.
      const after = painted.slice(before);
      expect(after.length).toBeGreaterThan(1);
      for (const [at, png] of after.slice(0, 12).entries()) {
        writeFileSync(`test-results/screenshots/region-slices-hn-458-${theme}-frame-${at}.png`, png);
      }
      await screenshot(page, `region-slices-hn-458-done-${theme}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
