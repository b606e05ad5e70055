import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, harnessForThisFile } from './harness';
import { card, selectedId } from './map-page';

const harness = harnessForThisFile();

const counts = (page: Page) => page.getByTestId('category-counts').textContent();
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Codebook' });

/** What has the focus, and whether it shows a focus ring. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const style = getComputedStyle(active);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || (style.boxShadow !== 'none' && style.boxShadow !== '');
    return { text: `${active.tagName.toLowerCase()}[${active.getAttribute('type') ?? ''}] ${active.textContent?.trim() ?? ''}`.trim(), ring };
  });

/** Tabs until the focused element's description contains `text`, checking that each stop shows its focus. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.ring, `focus ring on ${now.text}`).toBe(true);
    if (now.text.includes(text)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

/** Opens the codebook dialog with its key and chooses a scheme with the arrow keys, from the one checked. */
async function chooseScheme(page: Page, arrows: string[]): Promise<void> {
  await page.keyboard.press('Shift+C');
  await dialog(page).waitFor();
  // The dialog puts the focus on its first control, the checked scheme.
  await expect.poll(() => focused(page)).toEqual({ text: 'input[radio]', ring: true });
  for (const arrow of arrows) await page.keyboard.press(arrow);
}

describe('codebooks chosen in the app', () => {
  it('switches the sample to RumourEval with the keyboard, codes with S, D and C, refuses to switch back while coded, undoes, and keeps the categories through export and reopening', async () => {
    const { page, context, errors } = await openApp(harness);
    await card(page, 't0').waitFor();
    await expect.poll(() => counts(page)).toBe('Pro 0Con 0Question 0');

    // RumourEval is the second scheme offered: one arrow down from pro/con/question.
    await chooseScheme(page, ['ArrowDown']);
    await expect.poll(() => page.getByRole('radio', { name: /RumourEval/ }).isChecked()).toBe(true);
    await expect.poll(() => dialog(page).locator('.codebook-preview dt').allTextContents()).toEqual([
      'S Supportcounts as pro', 'D Denycounts as con', 'Q Querycounts as question', 'C Commentcounts as no tag',
    ]);
    await screenshot(page, 'codebook-dialog-rumoureval-light');
    await tabTo(page, 'Use this codebook');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => counts(page)).toBe('Support 0Deny 0Query 0Comment 0');

    // J walks the thread in reading order: the post, then each comment.
    await page.keyboard.press('j');
    const coded: string[] = [];
    for (const key of ['s', 'd', 'c']) {
      await page.keyboard.press('j');
      coded.push((await selectedId(page))!);
      await page.keyboard.press(key);
    }
    await expect.poll(() => counts(page)).toBe('Support 1Deny 1Query 0Comment 1');
    expect(await page.locator('.tag-buttons button').allTextContents()).toEqual(['SupportS', 'DenyD', 'QueryQ', 'CommentC', 'Clear']);
    expect(await page.locator('.tag-buttons button[aria-pressed="true"]').textContent()).toBe('CommentC');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 3 of');
    const badges = await Promise.all(coded.map((id) => card(page, id).locator('.tag-badge').textContent()));
    expect(badges).toEqual(['+Support', '−Deny', '•Comment']);
    expect(await Promise.all(coded.map((id) => card(page, id).getAttribute('data-category')))).toEqual(['support', 'deny', 'comment']);
    expect(await card(page, coded[2]!).getAttribute('data-tag')).toBe('');
    await screenshot(page, 'codebook-rumoureval-coded');
    // Close enough for full cards, the coded ones show their category's label on the badge.
    const box = (await card(page, coded[1]!).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
    // Zoomed in at the left edge: drag the background beside the card to bring the column into view.
    const zoomed = (await card(page, coded[1]!).boundingBox())!;
    await page.mouse.move(zoomed.x + zoomed.width + 20, zoomed.y + zoomed.height + 20);
    await page.mouse.down();
    await page.mouse.move(zoomed.x + zoomed.width + 420, zoomed.y + zoomed.height + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => card(page, coded[1]!).locator('.tag-badge').isVisible()).toBe(true);
    await screenshot(page, 'codebook-rumoureval-cards');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await screenshot(page, 'codebook-rumoureval-cards-dark');
    await page.getByRole('button', { name: 'Switch to the light theme' }).click();

    // Back to pro/con/question is refused while comments are coded support, deny and comment.
    await chooseScheme(page, ['ArrowUp']);
    await tabTo(page, 'Use this codebook');
    await page.keyboard.press('Enter');
    const refusal = dialog(page).getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('which the new codebook lacks');
    expect(await refusal.textContent()).toMatch(/coded “support”.*coded “deny”.*coded “comment”.*: recode or clear them first\.$/);
    await screenshot(page, 'codebook-dialog-refused-light');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => counts(page)).toBe('Support 1Deny 1Query 0Comment 1');

    // Undo takes back the three codes, then the switch itself; redo brings all four back.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => counts(page)).toBe('Support 0Deny 0Query 0Comment 0');
    await page.keyboard.press('Control+z');
    await expect.poll(() => counts(page)).toBe('Pro 0Con 0Question 0');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => counts(page)).toBe('Support 1Deny 1Query 0Comment 1');

    // Export JSON, open another thread, reopen the export: the codebook and categories come back.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const file = await (await downloadPromise).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.codebook.scheme).toBe('rumoureval');
    expect(coded.map((id) => [exported.annotations[id].tag ?? null, exported.annotations[id].category])).toEqual([['pro', 'support'], ['con', 'deny'], [null, 'comment']]);
    await page.getByLabel('Open thread file').setInputFiles({ name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('Alice wrote:\nA first comment.\n\nBob wrote:\nA reply.') });
    await expect.poll(() => counts(page)).toBe('Pro 0Con 0Question 0');
    await page.getByLabel('Open thread file').setInputFiles(file);
    await expect.poll(() => counts(page)).toBe('Support 1Deny 1Query 0Comment 1');
    await expect.poll(() => card(page, coded[2]!).locator('.tag-badge').textContent()).toBe('•Comment');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes a codebook of its own with keys shown, adds "none of these", and shows the dialog in both themes', async () => {
    const { page, context, errors } = await openApp(harness);
    await card(page, 't0').waitFor();
    await page.getByRole('button', { name: 'Codebook…' }).click();
    await dialog(page).waitFor();
    await page.getByRole('radio', { name: 'Write my own' }).check();
    const labels = dialog(page).getByRole('textbox', { name: 'Label' });
    await labels.nth(0).fill('Sarcasm');
    await dialog(page).getByRole('textbox', { name: 'Definition' }).nth(0).fill('Says the opposite of what it means.');
    await labels.nth(1).fill('Joke');
    await dialog(page).getByRole('combobox', { name: 'Counts as' }).nth(1).selectOption('pro');
    await dialog(page).getByRole('switch').check();
    // J, O and K belong to other commands: Joke takes the next free letter of its name.
    await expect.poll(() => dialog(page).locator('.codebook-preview dt').allTextContents()).toEqual([
      'S Sarcasmcounts as no tag', 'E Jokecounts as pro', '0 None of thesecounts as no tag',
    ]);
    await screenshot(page, 'codebook-dialog-written-light');
    // The dialog hides the page from the pointer and assistive technology: press the theme button directly.
    await page.locator('button[aria-label="Switch to the dark theme"]').evaluate((button: HTMLElement) => button.click());
    await page.waitForTimeout(300);
    await screenshot(page, 'codebook-dialog-written-dark');
    await dialog(page).getByRole('button', { name: 'Use this codebook' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => counts(page)).toBe('Sarcasm 0Joke 0None of these 0');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const id = (await selectedId(page))!;
    await page.keyboard.press('e');
    await expect.poll(() => card(page, id).locator('.tag-badge').textContent()).toBe('+Joke');
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.locator('tr[data-commands="category.sarcasm"]').textContent()).toBe('SSarcasm: Says the opposite of what it means.');
    await screenshot(page, 'codebook-shortcut-sheet-dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
