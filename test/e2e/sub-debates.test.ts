import { describe, expect, it } from 'vitest';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';

const harness = harnessForThisFile();

describe('the sub-debate panel in the browser', () => {
  it('lists the 2,565-item thread’s sub-debates, the biggest first; choosing it selects its top comment, in both themes', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2564');
    const toggle = page.getByRole('button', { name: /Sub-debates/ });
    await expect.poll(() => toggle.textContent()).toContain('230');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.insight-summary').textContent()).toContain('2,564 comments by 872 people over 13 days');
    const first = page.locator('.insight-row').first();
    expect(await first.locator('.insight-value').textContent()).toBe('778');
    await first.click();
    await expect.poll(() => page.getByRole('article', { name: 'Selected comment' }).locator('.author').textContent()).toBe('marcoperaza');
    expect(await first.getAttribute('aria-current')).toBe('true');
    await screenshot(page, 'sub-debates-2565-light');

    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await page.getByLabel('Sort by').selectOption('backAndForth');
    // The list is reached from the sort menu with Tab, and shows where the focus is.
    await page.getByLabel('Sort by').focus();
    await page.keyboard.press('Tab');
    expect(await first.evaluate((row) => row === document.activeElement && row.matches(':focus-visible'))).toBe(true);
    await screenshot(page, 'sub-debates-2565-dark-back-and-forth');
    await page.locator('.insight-panel').first().screenshot({ path: 'test-results/screenshots/sub-debates-panel-dark.png' });
    expect(await first.locator('.insight-value').textContent()).toBe('18 turns');
    expect(errors).toEqual([]);
    await context.close();
  });
});
