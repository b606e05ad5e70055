import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath, harnessForThisFile, openApp } from './harness';
import { selectedId, settle, viewOf, zoomTo } from './map-page';

/*
 * Walking the cards in reading order moves the view to each card but leaves its zoom alone:
 * the view glides to a far card by zooming out and back in, and a key pressed mid-way used to
 * start the next glide from that zoomed-out scale and keep it.
 */

const HN_THREAD = 'hn-firebase_14952787_flat-items_forum-explorer.json';

const harness = harnessForThisFile();

/** Whether the selected card lies wholly inside the map's pane. */
async function selectedInView(page: Page) {
  const pane = (await page.locator('.canvas .react-flow').boundingBox())!;
  const box = await page.locator('.card.selected').boundingBox();
  return box !== null && box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height;
}

describe('following the selection', () => {
  it('keeps the zoom the user chose through 25 fast presses of j in the 2,565-item thread, Tree ↓', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN_THREAD));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toMatch(/of 2,452$/);
    await page.keyboard.press('2');
    await settle(page);
    await page.keyboard.press('j');
    await expect.poll(() => selectedId(page)).not.toBeNull();
    await settle(page);
    await zoomTo(page, 0.92);
    const before = await viewOf(page);
    expect(before.zoom).toBeGreaterThanOrEqual(0.92);

    const first = await selectedId(page);
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('j');
      await page.waitForTimeout(100);
    }
    await settle(page);
    expect(await selectedId(page)).not.toBe(first);
    expect(Math.abs((await viewOf(page)).zoom / before.zoom - 1)).toBeLessThan(0.01);
    await expect.poll(() => selectedInView(page)).toBe(true);

    // A zoom chosen after the walk is the one the next walk keeps.
    await zoomTo(page, 0.6);
    const rezoomed = await viewOf(page);
    for (let press = 0; press < 10; press++) {
      await page.keyboard.press('j');
      await page.waitForTimeout(100);
    }
    await settle(page);
    expect(Math.abs((await viewOf(page)).zoom / rezoomed.zoom - 1)).toBeLessThan(0.01);
    await expect.poll(() => selectedInView(page)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('zooming in by key from fit view with nothing selected ends on cards, not on the gaps between subtrees, in both trees', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN_THREAD));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toMatch(/of 2,452$/);
    for (const layout of ['2', '3']) {
      await page.keyboard.press(layout);
      await settle(page);
      await page.keyboard.press('f');
      await settle(page);
      expect(await selectedId(page)).toBeNull();
      // From about 2 % to full cards at 50 % (the keys stop there), then on to 100 %.
      for (let press = 0; press < 30 && (await viewOf(page)).zoom < 1; press++) {
        await page.keyboard.press('+');
        await page.waitForTimeout(180);
      }
      await settle(page);
      expect((await viewOf(page)).zoom).toBeGreaterThanOrEqual(1);
      // The middle of the fit view lies between subtrees in both trees: zooming on it left no card on screen.
      await expect.poll(() => cardsOnScreen(page)).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Mounted cards at least partly inside the map's pane. */
function cardsOnScreen(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.canvas .react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node .card')].filter((card) => {
      const box = card.getBoundingClientRect();
      return box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom;
    }).length;
  });
}
