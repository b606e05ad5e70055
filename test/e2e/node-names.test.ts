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
    // No name before its words: the card has no author line at all.
    expect(face.author).toBeUndefined();
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

describe('cards of pasted text, where no comment has an author', () => {
  it('lead with the comment\'s words, and give the empty name line to them: no "Comment" on every card', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1400, height: 900 });
    // The shipped sample: a thread pasted as text, opened in Tree ↓.
    const cards = page.locator('.react-flow__node .card.comment');
    await cards.first().waitFor();
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('of 31');
    const faces = await cards.evaluateAll((elements) =>
      elements.map((element) => {
        const excerpt = element.querySelector('.excerpt') as HTMLElement;
        return {
          author: element.querySelector('.author')?.textContent ?? null,
          text: excerpt.textContent ?? '',
          lines: Math.round(excerpt.getBoundingClientRect().height / parseFloat(getComputedStyle(excerpt).lineHeight)),
          clamp: Number(getComputedStyle(excerpt).webkitLineClamp),
        };
      }),
    );
    expect(faces.length).toBeGreaterThan(10);
    expect(faces.filter((face) => face.author !== null)).toEqual([]);
    const first = faces.find((face) => face.text.startsWith('Honest question'));
    expect(first).toBeDefined();
    // The opening zoom leaves room for one line under a name line; with no name, the words get two.
    expect(first!.clamp).toBe(2);
    expect(first!.lines).toBe(2);
    // The side panel still names the kind.
    await page.locator('.react-flow__node .card', { hasText: /^Honest question/ }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Selected comment' }).locator('.comment-head .author').textContent()).toBe('Comment');
    await screenshot(page, 'sample-cards-lead-with-words');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 36 %, where a compact card runs its name into the first line, keep the words inside the card', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1600, height: 960 });
    // The view set exactly, through the page's bench handle: compact cards of two lines.
    await page.goto(`${harness.url}?bench`);
    await page.locator('.react-flow__node .card.comment').first().waitFor();
    await page.evaluate(() => window.threadmapBench!.setViewport({ x: 80, y: 80, zoom: 0.36 }));
    await expect.poll(() => page.locator('.react-flow__node .card.compact').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    const overflowing = await page.locator('.react-flow__node .card.compact').evaluateAll((elements) =>
      elements.filter((element) => element.querySelector('.excerpt')!.getBoundingClientRect().bottom > element.closest('.react-flow__node')!.getBoundingClientRect().bottom + 1).map((element) => element.textContent),
    );
    expect(overflowing).toEqual([]);
    await screenshot(page, 'sample-compact-cards-36');
    expect(errors).toEqual([]);
    await context.close();
  });
});
