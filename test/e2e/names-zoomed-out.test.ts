import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';
import { settle, zoomTo } from './map-page';

const harness = harnessForThisFile();

async function layoutAt(page: Page, key: string, zoom: number) {
  await page.locator('.canvas .react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(key);
  await settle(page);
  await page.keyboard.press('f');
  await settle(page);
  await zoomTo(page, zoom, { x: 0.3, y: 0.5 });
  await page.mouse.move(5, 5);
}

describe('authors’ names zoomed out on the 2,565-item thread', () => {
  it('in Tree ↓ at 35 % each compact card’s name stays on one line, cut with an ellipsis rather than broken mid-word; in Tree → at 31 % the canvas layer names the cards', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');

    await layoutAt(page, '2', 0.35);
    await expect.poll(() => page.locator('.react-flow__node .card .run-in').count()).toBeGreaterThan(20);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node .card .run-in')].map((name) => ({
        name: name.textContent,
        lines: name.getClientRects().length,
        cut: name.scrollWidth > name.clientWidth,
        ellipsis: getComputedStyle(name).textOverflow === 'ellipsis',
      })),
    );
    // "jonnathan/son", "ThrustVec/toring": a long name ran over two lines as a word of the text.
    expect(names.filter((name) => name.lines !== 1)).toEqual([]);
    for (const name of names.filter((each) => each.cut)) expect(name.ellipsis, name.name!).toBe(true);
    await screenshot(page, 'names-tree-down-35');

    // Tree → around a comment deep in the map (found by its words), at 31 %.
    await layoutAt(page, '3', 0.31);
    await page.keyboard.press('/');
    await page.keyboard.type('kernel');
    await page.keyboard.press('Enter');
    await settle(page);
    await zoomTo(page, 0.31);
    await page.mouse.move(5, 5);
    await screenshot(page, 'names-tree-right-31');
    // Far out (under 35 %) the cards were empty grey boxes: now each one in view with room for a line carries its author.
    await expect.poll(async () => Number(await page.locator('canvas.overview-layer').getAttribute('data-text-cards'))).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  });
});
