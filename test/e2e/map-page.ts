import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A card on the map by its node id. */
export const card = (page: Page, id: string) => page.locator(`.react-flow__node .card[data-node-id="${id}"]`);

/** The id of the selected card, or null. */
export const selectedId = (page: Page) => page.evaluate(() => document.querySelector('.card.selected')?.getAttribute('data-node-id') ?? null);

/** Finds a card by some of its words and leaves the find box, so keys go to the map again. */
export async function goTo(page: Page, words: string, id: string) {
  const box = page.getByRole('searchbox', { name: 'Find text or author' });
  await box.fill(words);
  await box.press('Enter');
  await expect.poll(() => selectedId(page)).toBe(id);
  await box.press('Escape');
  await page.getByRole('button', { name: 'Clear the search and filters' }).click();
}

/** Selects words of the comment shown in the side panel, as dragging over them would. */
export async function selectInPanel(page: Page, words: string) {
  await page.evaluate((target) => {
    const root = document.querySelector('[aria-label="Selected comment"] .rich-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = text.textContent!.indexOf(target);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + target.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`${target} is not in the panel`);
  }, words);
}

/** React Flow's transform of the map: where it is panned to and its zoom. */
export async function viewOf(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(viewport.style.transform)!;
    return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
  });
}

/** Waits until the view stops moving (an animated fit, zoom or glide has finished). */
export async function settle(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await viewOf(page));
      const same = now === last;
      last = now;
      return same;
    }, { interval: 250, timeout: 15_000 })
    .toBe(true);
}

/**
 * Zooms with wheel turns, as a user would, to within 2 % above `target`, about a point of the
 * pane given as fractions of its width and height (its middle unless said).
 */
export async function zoomTo(page: Page, target: number, about = { x: 0.5, y: 0.5 }) {
  const box = (await page.locator('.canvas .react-flow').boundingBox())!;
  await page.mouse.move(box.x + box.width * about.x, box.y + box.height * about.y);
  for (let turn = 0; turn < 60; turn++) {
    const { zoom } = await viewOf(page);
    if (zoom >= target && zoom < target * 1.02) break;
    // The map's wheel zooms by 2^(-deltaY × 0.0015), at most a fifth of an octave a turn.
    const wanted = -Math.log2((target * 1.01) / zoom) / 0.0015;
    await page.mouse.wheel(0, Math.max(-130, Math.min(130, wanted)));
    await page.waitForTimeout(60);
  }
  await settle(page);
}
