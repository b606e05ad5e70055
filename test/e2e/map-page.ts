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
