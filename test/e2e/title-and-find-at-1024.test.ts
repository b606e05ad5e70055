import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { harnessForThisFile, openApp, screenshot } from './harness';

const harness = harnessForThisFile();

/** Whether the toolbar's title shows its text whole, and whether the find box's placeholder fits inside it. */
const fits = (page: Page) =>
  page.evaluate(() => {
    const title = document.querySelector<HTMLElement>('.toolbar .title')!;
    const input = document.querySelector<HTMLInputElement>('.find-input')!;
    // The placeholder typed into the box (the room a search box gives its text, beside its clear
    // button): whole when the box need not scroll. Put back at once; React never hears of it.
    input.value = input.placeholder;
    const needed = input.scrollWidth;
    const room = input.clientWidth;
    input.value = '';
    return {
      title: title.textContent,
      titleWhole: title.scrollHeight <= title.clientHeight + 1 && title.scrollWidth <= title.clientWidth + 1,
      placeholder: input.placeholder,
      placeholderFits: needed <= room,
      needed,
      room,
    };
  });

describe('the toolbar title and the find box in narrower windows', () => {
  it('at 1,024 and 1,400 px the sample’s title reads whole and the find box’s placeholder is not clipped', async () => {
    for (const [width, height] of [[1024, 700], [1400, 900]] as const) {
      const { page, context, errors } = await openApp(harness, { width, height });
      await page.locator('.react-flow__node .card').first().waitFor();
      await expect.poll(() => page.locator('.toolbar .title').textContent()).toBe('A Go unikernel running on x86 bare metal');
      // At 1,024 px the title was cut to "A Go unik…" and the placeholder to "Find text or aut".
      const seen = await fits(page);
      expect(seen, `${width} px`).toMatchObject({ titleWhole: true, placeholderFits: true });
      // Every toolbar control is still whole on screen.
      const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.toolbar .button')].filter((button) => button.getBoundingClientRect().right > window.innerWidth || button.scrollWidth > button.clientWidth + 1).map((button) => button.getAttribute('aria-label') ?? button.textContent));
      expect(cut).toEqual([]);
      await screenshot(page, `toolbar-title-find-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
