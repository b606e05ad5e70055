import { describe, expect, it } from 'vitest';
import { openApp, screenshot, harnessForThisFile, fixturePath } from './harness';

const harness = harnessForThisFile();

/*
 * A node without an author has one name wherever it is shown (authorName): a comment Reddit
 * deleted is "[deleted]" in the side panel, its chain of replies, the sub-debate list and chip,
 * and its card says "[deleted]" once, with no name before it; a stub is "More replies".
 */
describe('names of items without an author, on the recorded Reddit thread', () => {
  it('[regression] calls a deleted comment [deleted] everywhere, once on its card, never Anonymous or Comment', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1400, height: 900 });
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('reddit_r-redditdev_2ujhkr_comments_reddift.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toContain('Tagged 0 of 49');

    // t1_cogquu1: a top-level comment whose author and words Reddit replaced with "[deleted]".
    const card = page.locator('.card[data-node-id="t1_cogquu1"]');
    await card.waitFor();
    const face = await card.evaluate((element) => ({ author: element.querySelector('.author')?.textContent, text: element.textContent ?? '' }));
    expect(face.author).toBe('');
    expect(face.text.split('[deleted]').length - 1).toBe(1);
    expect(face.text).not.toMatch(/Comment|Anonymous/);
    const stub = page.locator('.card.more').first();
    expect(await stub.locator('.author').textContent()).toBe('More replies');

    await card.click();
    const article = page.getByRole('article', { name: 'Selected comment' });
    await expect.poll(() => article.locator('.comment-head .author').textContent()).toBe('[deleted]');
    expect(await page.getByRole('navigation', { name: 'Chain of replies' }).getByRole('listitem').last().textContent()).toBe('[deleted]');

    await page.getByRole('button', { name: /^Sub-debates/ }).click();
    const titles = page.locator('.insight-sections .insight-title');
    await titles.first().waitFor();
    const shown = await titles.allTextContents();
    expect(shown).toContain('[deleted]');
    expect(shown.filter((title) => /Anonymous|^Comment\b/.test(title))).toEqual([]);
    await page.locator('.insight-sections .insight-row', { hasText: /^\[deleted\]/ }).click();
    await expect.poll(() => page.locator('.insight-chip').first().textContent()).toMatch(/^Sub-debate: \[deleted\]×?$/);
    await screenshot(page, 'node-names-reddit-deleted');
    expect(errors).toEqual([]);
    await context.close();
  });
});
