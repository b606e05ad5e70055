import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';
import { settle, viewOf } from './map-page';

const harness = harnessForThisFile();

async function openThread(page: Page) {
  await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
  await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
  await settle(page);
}

describe('the way back from a sub-debate to the whole map', () => {
  it('the sub-debate chip keeps its × whole inside the Colour by strip, its words cut at a word with an ellipsis, and the × clears it from the keyboard', async () => {
    const { page, context, errors } = await openApp(harness);
    await openThread(page);
    await page.getByRole('button', { name: /Sub-debates/ }).click();
    await page.locator('.insight-row', { hasText: 'tunesmith' }).first().click();
    const chip = page.locator('.insight-chip', { hasText: 'Sub-debate' });
    await expect.poll(() => chip.count()).toBe(1);
    const clear = chip.getByRole('button', { name: 'Stop highlighting the sub-debate' });
    const boxes = await clear.evaluate((button) => {
      const rect = (element: Element) => element.getBoundingClientRect();
      const x = rect(button);
      const hit = document.elementFromPoint(x.left + x.width / 2, x.top + x.height / 2);
      return { x: rect(button), chip: rect(button.parentElement!), bar: rect(button.closest('.insight-bar')!), hit: hit === button };
    });
    // The × sat past the chip's right edge, hidden by its overflow.
    expect(boxes.x.right).toBeLessThanOrEqual(boxes.chip.right);
    expect(boxes.x.width).toBeGreaterThanOrEqual(16);
    expect(boxes.chip.right).toBeLessThanOrEqual(boxes.bar.right);
    expect(boxes.hit).toBe(true);
    // Room enough in a 1,400 px window for the words as cut at a word: the strip's ellipsis does not cut them again.
    expect(await chip.locator('.insight-chip-text').evaluate((text) => text.scrollWidth <= text.clientWidth)).toBe(true);
    // "People can't seem t…" was cut inside a word.
    expect(await chip.locator('.insight-chip-text').textContent()).toBe('Sub-debate: tunesmith · People can\'t seem to…');
    await page.locator('.map-foot .insight-bar').screenshot({ path: 'test-results/screenshots/sub-debate-chip-whole.png' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chip.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a sub-debate opened from its label on the map shows a "Whole map" button that fits the map again and goes', async () => {
    const { page, context, errors } = await openApp(harness);
    await openThread(page);
    const fit = await viewOf(page);
    const wholeMap = page.getByRole('button', { name: 'Whole map' });
    expect(await wholeMap.count()).toBe(0);
    await page.locator('.region-label', { hasText: 'tunesmith' }).first().click();
    await settle(page);
    expect((await viewOf(page)).zoom).toBeGreaterThan(fit.zoom * 2);
    // Opening only moves the view (nothing is dimmed), so the way back is a view control in words.
    await expect.poll(() => wholeMap.isVisible()).toBe(true);
    // Clear of the map's other controls.
    const overlaps = await wholeMap.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return [...document.querySelectorAll('.layout-switcher, .view-controls, .minimap, .guessed-hint')].filter((control) => {
        const other = control.getBoundingClientRect();
        return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
      }).length;
    });
    expect(overlaps).toBe(0);
    await screenshot(page, 'sub-debate-opened-whole-map-button');
    await wholeMap.click();
    await settle(page);
    expect((await viewOf(page)).zoom).toBeLessThan(fit.zoom * 1.5);
    await expect.poll(() => wholeMap.count()).toBe(0);
    await expect.poll(() => page.locator('.region-label', { hasText: 'tunesmith' }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
