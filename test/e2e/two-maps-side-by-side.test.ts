import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';

const harness = harnessForThisFile();

/** Opens a recorded thread in one pane, and selects a card by some of its words. */
async function openIn(pane: Locator, fixture: string, words: string) {
  await pane.locator('input[type="file"]').setInputFiles(fixturePath(fixture));
  await expect.poll(() => pane.getByTestId('tag-counter').textContent(), { timeout: 15_000 }).toMatch(/Tagged 0 of/);
  const box = pane.getByRole('searchbox', { name: 'Find text or author' });
  await box.fill(words);
  await box.press('Enter');
  await pane.getByRole('group', { name: 'Tag' }).waitFor();
}

const tagButton = (pane: Locator, name: string) => pane.getByRole('group', { name: 'Tag' }).getByRole('button', { name, exact: true });
const counter = (pane: Locator) => pane.getByTestId('tag-counter').textContent();
const noteField = (pane: Locator) => pane.locator('[data-field="note"]');
/** A card on the pane's own canvas, by some of its words. */
const card = (pane: Locator, words: string) => pane.locator('.canvas [role="treeitem"]').filter({ hasText: words }).first();
/** Whether the keyboard focus is inside the part of the pane that `where` selects (its canvas, its note). */
const holdsFocus = (pane: Locator, where: string) => pane.evaluate((root, selector) => root.querySelector(selector)?.contains(document.activeElement) ?? false, where);

async function openFile(pane: Locator, fixture: string) {
  await pane.locator('input[type="file"]').setInputFiles(fixturePath(fixture));
  await expect.poll(() => counter(pane), { timeout: 15_000 }).toMatch(/Tagged 0 of/);
}

describe('two maps side by side on one page (?compare)', () => {
  it('edits each map in its own editor: a tag in one is not in the other, and undo in one undoes only there', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.goto(`${harness.url}?compare`);
    const left = page.getByRole('region', { name: 'Left map' });
    const right = page.getByRole('region', { name: 'Right map' });
    await openIn(left, 'hn-algolia-derived_14952787_first-3-top-level.json', 'closed this thread to new accounts');
    await openIn(right, 'hn-text_eggos-unikernel-thread.txt', 'Honest question');
    expect(await left.getByTestId('tag-counter').textContent()).toContain('Tagged 0 of 545');
    expect(await right.getByTestId('tag-counter').textContent()).toContain('Tagged 0 of 31');

    await tagButton(left, 'Con').click();
    await tagButton(right, 'Pro').click();
    await tagButton(right, 'Question').click();
    await expect.poll(() => left.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of 545');
    await expect.poll(() => right.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of 31');
    expect(await tagButton(left, 'Con').getAttribute('aria-pressed')).toBe('true');
    expect(await tagButton(right, 'Question').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'two-maps-side-by-side');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await screenshot(page, 'two-maps-side-by-side-dark');

    // Undo in the right map takes back its last tag (Question → Pro) and leaves the left one alone.
    await right.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => tagButton(right, 'Pro').getAttribute('aria-pressed')).toBe('true');
    expect(await tagButton(left, 'Con').getAttribute('aria-pressed')).toBe('true');
    await left.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => left.getByTestId('tag-counter').textContent()).toContain('Tagged 0 of 545');
    expect(await right.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of 31');
    expect(await right.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    expect(await left.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(false);

    // Words selected in the right map's comment become the right map's claim draft, not the left's.
    const words = await right.locator('[aria-label="Selected comment"] .rich-text').evaluate((root) => {
      const text = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(text.textContent!.length, 12));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString();
    });
    expect(words.length).toBeGreaterThan(3);
    await expect.poll(() => right.getByTestId('claim-draft').textContent()).toContain(`Selected: “${words}`);
    expect(await left.getByTestId('claim-draft').textContent()).not.toContain('Selected');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keys act on the map whose pane was clicked last: cards chosen on each canvas are tagged, noted and undone there alone', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.goto(`${harness.url}?compare`);
    const left = page.getByRole('region', { name: 'Left map' });
    const right = page.getByRole('region', { name: 'Right map' });
    await openFile(left, 'lobsters_s-tdfoqh_compose-lobsters.json');
    await openFile(right, 'hn-text_eggos-unikernel-thread.txt');
    expect(await counter(left)).toContain('Tagged 0 of 10');
    expect(await counter(right)).toContain('Tagged 0 of 31');

    // Before any click the keys act on the left map, and its pane says so.
    expect(await left.getAttribute('data-keys')).toBe('true');
    expect(await left.getByTestId('keys-here').isVisible()).toBe(true);
    expect(await right.getByTestId('keys-here').count()).toBe(0);
    await page.keyboard.press('j');
    await expect.poll(() => left.locator('.canvas [aria-selected="true"]').count()).toBe(1);
    expect(await right.locator('.canvas [aria-selected="true"]').count()).toBe(0);

    // Left: a card clicked on the canvas takes the keys; P tags it Pro, N goes to the left note.
    const leftCard = card(left, 'Just like to point');
    await leftCard.click();
    await expect.poll(() => leftCard.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => holdsFocus(left, '.canvas')).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => counter(left)).toContain('Tagged 1 of 10');
    expect(await counter(right)).toContain('Tagged 0 of 31');
    expect(await tagButton(left, 'Pro').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('n');
    await expect.poll(() => holdsFocus(left, '[data-field="note"]')).toBe(true);
    await page.keyboard.type('Left note');
    await page.keyboard.press('Escape');
    await expect.poll(() => holdsFocus(left, '.canvas')).toBe(true);
    expect(await noteField(right).count()).toBe(0);

    // Right: another card on the other canvas, another tag; the left map is left as it was.
    const rightCard = card(right, 'How much bene');
    await rightCard.click();
    await expect.poll(() => rightCard.getAttribute('aria-selected')).toBe('true');
    expect(await leftCard.getAttribute('aria-selected')).toBe('true');
    expect(await right.getAttribute('data-keys')).toBe('true');
    expect(await left.getByTestId('keys-here').count()).toBe(0);
    await page.keyboard.press('q');
    await expect.poll(() => counter(right)).toContain('Tagged 1 of 31');
    expect(await tagButton(right, 'Question').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('n');
    await expect.poll(() => holdsFocus(right, '[data-field="note"]')).toBe(true);
    await page.keyboard.type('Right note');
    await page.keyboard.press('Escape');
    await expect.poll(() => holdsFocus(right, '.canvas')).toBe(true);
    expect(await counter(left)).toContain('Tagged 1 of 10');
    expect(await tagButton(left, 'Pro').getAttribute('aria-pressed')).toBe('true');
    expect(await noteField(left).inputValue()).toBe('Left note');
    expect(await noteField(right).inputValue()).toBe('Right note');
    await screenshot(page, 'two-maps-canvases');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await screenshot(page, 'two-maps-canvases-dark');

    // Ctrl+Z with the focus in the right pane undoes the right map's note, then its tag; never the left's.
    await rightCard.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => noteField(right).inputValue()).toBe('');
    expect(await counter(right)).toContain('Tagged 1 of 31');
    await page.keyboard.press('Control+z');
    await expect.poll(() => counter(right)).toContain('Tagged 0 of 31');
    expect(await counter(left)).toContain('Tagged 1 of 10');
    expect(await noteField(left).inputValue()).toBe('Left note');
    expect(await left.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
