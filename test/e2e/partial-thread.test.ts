import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';

const harness = harnessForThisFile();

describe('partial threads and pasted e-mail threads', () => {
  it('says above the map that a Discourse page holds 20 of 446 posts, in both themes', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1280, height: 760 });
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('discourse_t-2108_posts_criticalfallibilism.json'));
    const notice = page.getByRole('region', { name: 'Partial thread.' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("This page holds 20 of the topic's 446 posts; the others are not in the map.");
    // Above the map, right under the toolbar with the title: not folded away behind a count.
    const toolbar = (await page.locator('.toolbar').boundingBox())!;
    const box = (await notice.boundingBox())!;
    expect(Math.round(box.y)).toBe(Math.round(toolbar.y + toolbar.height));
    expect(await page.getByText(/repairs? (was|were) made/).count()).toBe(0);
    await screenshot(page, 'partial-thread-light');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await screenshot(page, 'partial-thread-dark');
    await notice.getByRole('button', { name: 'Hide the partial-thread notice' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a pasted e-mail thread with one card per message, named by its attribution', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1280, height: 760 });
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(path.resolve('src/core/sources/text/testdata/email-thread.txt'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 0 of 6');
    const authors = await page.locator('.react-flow__node .card .author').allTextContents();
    expect(authors).toEqual(expect.arrayContaining(['Alice Chen', 'Bob Okafor', 'Carol Diaz', 'Dan Ito']));
    expect(await page.locator('.react-flow__node .card', { hasText: 'wrote:' }).count()).toBe(0);
    await screenshot(page, 'pasted-email-thread');
    expect(errors).toEqual([]);
    await context.close();
  });
});
