import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';
import { settle } from './map-page';

const harness = harnessForThisFile();

const MODES = [
  { key: '1', name: 'overview', label: 'Overview', floor: 10 },
  { key: '2', name: 'tree-down', label: 'Tree ↓', floor: 2 },
  { key: '3', name: 'tree-right', label: 'Tree →', floor: 2 },
  { key: '4', name: 'outline', label: 'Outline', floor: 50 },
] as const;

describe('layouts in the browser', () => {
  it('fits the 2,565-item thread in every mode at a zoom that is not a speck, the outline at its full width', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
    for (const mode of MODES) {
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 400 } });
      await page.keyboard.press(mode.key);
      await expect.poll(() => page.locator('.layout-option[aria-checked="true"]').textContent({ timeout: 2000 })).toBe(mode.label);
      // Fit again on every try: the worker's layout of the new mode may arrive after the first.
      const fitted = async () => {
        await page.keyboard.press('f');
        await page.waitForTimeout(300);
        return Number((await page.getByTestId('zoom-level').textContent())!.replace('%', ''));
      };
      await expect.poll(fitted, { timeout: 10_000, message: mode.name }).toBeGreaterThanOrEqual(mode.floor);
      await screenshot(page, `layout-fit-2565-${mode.name}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the 2,565-item thread, and fits the sample, with no card under the controls over the map (Colour by, minimap, zoom buttons, layout switcher) nor under the notice that it opened', async () => {
    for (const size of [{ width: 1400, height: 900 }, { width: 1024, height: 700 }]) {
      const { page, context, errors } = await openApp(harness, size);
      await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 31');
      await page.locator('.insight-bar').waitFor();
      // The sample, fitted in tree ↓ (far out: drawn on the canvas layer).
      await page.getByRole('button', { name: 'Fit view' }).click();
      await settle(page);
      expect(await drawnUnder(page), `the sample fitted in ${size.width}×${size.height}`).toEqual({ '.layout-switcher': 0, '.view-controls': 0, '.minimap': 0, '.insight-bar': 0 });
      await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
      await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
      // Where the notice of the opening is (it stays put; it goes after a few seconds).
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opened' }).count(), { timeout: 20_000 }).toBe(1);
      const notice = await boxesOf(page, ['.notice-toast']);
      await settle(page);
      expect(await drawnUnder(page), `the thread at its first view in ${size.width}×${size.height}`).toEqual({ '.layout-switcher': 0, '.view-controls': 0, '.minimap': 0, '.insight-bar': 0 });
      // The notice covers no card, region or sub-debate label of that view.
      expect(await drawnUnder(page, notice), `the notice in ${size.width}×${size.height}`).toEqual({ '.notice-toast': 0 });
      await screenshot(page, `layout-first-view-2565-${size.width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('[regression] mounts no cards under the old view when switching modes: from the tree near the post to the overview', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('.layout-option[aria-checked="true"]').textContent({ timeout: 2000 })).toBe('Tree ↓');
    // The tree opens whole (nothing is chosen); Home brings the view to the post, where the
    // overview's rows are densest, and Esc lets the post go, so the overview opens at its fit.
    // Its big sub-debates are named at a glance, as F would show them.
    await expect.poll(() => page.locator('.region-label').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
    await page.waitForTimeout(600);
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.card.selected').count()).toBe(0);
    await page.waitForTimeout(1000);
    // The cards mounted in each frame from just before the key press until the overview has
    // settled at its fit, as sorted id lists. The tree's cards stay until the new layout is ready
    // (one frame, or several on a loaded machine); the first frame that differs is the overview's.
    await page.evaluate(`(() => { window.__mounted = []; const tick = () => { window.__mounted.push([...document.querySelectorAll('.react-flow__node')].map((node) => node.dataset.id).sort().join(' ')); if (window.__mounted.length < 90) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`);
    // The first frame must be recorded before the key is sent: on a loaded machine the key can
    // reach the page before the next frame, and its render can take the tree off in that frame.
    await expect.poll(() => page.evaluate('window.__mounted.length')).toBeGreaterThan(1);
    await page.keyboard.press('1');
    await expect.poll(() => page.evaluate('window.__mounted.length'), { timeout: 20_000 }).toBe(90);
    const frames = (await page.evaluate('window.__mounted')) as string[];
    const tree = frames[0]!;
    expect(tree, 'the tree had cards mounted before the switch').not.toBe('');
    const switched = frames.findIndex((ids) => ids !== tree);
    expect(switched, 'the mode switch reached the screen').toBeGreaterThan(0);
    // Under the tree's view the overview's rows would mount some 600 cards for one frame; held
    // back until the view has moved, none are mounted at the overview's fit (below 35 %).
    const counts = frames.map((ids) => (ids === '' ? 0 : ids.split(' ').length));
    expect(Math.max(...counts.slice(switched)), counts.join(' ')).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the two replies of the 2014 HN item side by side under the post in tree ↓, each on its own line from the post', async () => {
    const { page, context } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-algolia_items-17_2014_node-hacker-news-api.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('of 2');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('2');
    const box = async (id: string) => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    await expect.poll(async () => (await box('454426')).y).toBeCloseTo((await box('1079')).y, 0);
    const [post, dmon, arrington] = [await box('17'), await box('1079'), await box('454426')];
    expect(dmon.y).toBeGreaterThan(post.y + post.height);
    expect(arrington.x).toBeGreaterThan(dmon.x + dmon.width);
    // Both reply lines stay in the gap between the post and the replies: neither runs over a card.
    const lines = await page.locator('.react-flow__edge-path').evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().toJSON() as DOMRect));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.top).toBeGreaterThanOrEqual(post.y + post.height - 1);
      expect(line.bottom).toBeLessThanOrEqual(dmon.y + 1);
    }
    await screenshot(page, 'layout-tree-down-3-items');
    await context.close();
  });
});

type Box = { left: number; top: number; right: number; bottom: number };
const CONTROLS = ['.layout-switcher', '.view-controls', '.minimap', '.insight-bar'];

/** Where the elements are on the page, by selector. */
async function boxesOf(page: Page, selectors: readonly string[]): Promise<Record<string, Box>> {
  return page.evaluate(`Object.fromEntries(${JSON.stringify(selectors)}.map((selector) => [selector, document.querySelector(selector).getBoundingClientRect().toJSON()]))`);
}

/**
 * For each box (the controls over the map when not given), how many pixels of cards (or their
 * regions) the map's canvas layer draws under it, plus the mounted cards and sub-debate labels
 * that reach under it.
 */
async function drawnUnder(page: Page, given?: Record<string, Box>): Promise<Record<string, number>> {
  const boxes = given ?? (await boxesOf(page, CONTROLS));
  return page.evaluate(`((boxes) => {
    const canvas = document.querySelector('canvas.overview-layer');
    const context = canvas.getContext('2d');
    const origin = canvas.getBoundingClientRect();
    const scale = canvas.width / origin.width;
    const shown = [...document.querySelectorAll('.react-flow__node, .region-label')].map((node) => node.getBoundingClientRect());
    const counts = {};
    for (const [name, box] of Object.entries(boxes)) {
      const x = Math.round((Math.max(box.left, origin.left) - origin.left) * scale);
      const y = Math.round((Math.max(box.top, origin.top) - origin.top) * scale);
      const width = Math.round((Math.min(box.right, origin.right) - Math.max(box.left, origin.left)) * scale);
      const height = Math.round((Math.min(box.bottom, origin.bottom) - Math.max(box.top, origin.top)) * scale);
      let drawn = 0;
      if (width > 0 && height > 0) {
        const data = context.getImageData(x, y, width, height).data;
        for (let at = 3; at < data.length; at += 4) if (data[at] > 0) drawn += 1;
      }
      drawn += shown.filter((card) => card.left < box.right && card.right > box.left && card.top < box.bottom && card.bottom > box.top).length;
      counts[name] = drawn;
    }
    return counts;
  })(${JSON.stringify(boxes)})`);
}
