import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, harnessForThisFile, fixturePath } from './harness';


const harness = harnessForThisFile();

describe('open, tag, export and reopen', () => {
  it('shows the shipped sample as a map, tags a card, exports JSON with the tag and restores it on reopening', async () => {
    const { page, context, errors } = await openApp(harness);
    // The sample is laid out without any network: its root card and several reply cards appear.
    const cards = page.locator('.react-flow__node .card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('.toolbar .title').textContent()).toContain('Go unikernel');
    await screenshot(page, 'sample-map');

    // Select a reply card and tag it with the Pro button.
    const reply = page.locator('.react-flow__node .card.comment').first();
    const replyId = await reply.getAttribute('data-node-id');
    await reply.click();
    await page.getByRole('button', { name: 'Pro', exact: true }).click();
    await expect.poll(() => reply.getAttribute('data-tag')).toBe('pro');
    await expect.poll(() => reply.locator('.tag-badge').textContent()).toContain('Pro');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of');

    // The keyboard shortcut tags the next card.
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 2 of');
    await screenshot(page, 'sample-tagged');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const download = await downloadPromise;
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('threadmap');
    expect(exported.version).toBe(3);
    expect(exported.annotations[replyId!].tag).toBe('pro');
    expect(Object.values(exported.annotations).map((a) => (a as { tag: string }).tag).sort()).toEqual(['con', 'pro']);

    // Open another thread, then the exported file: the tags come back.
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-algolia_items-17_2014_node-hacker-news-api.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 0 of 2');
    await page.getByLabel('Open thread file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 2 of');
    await expect.poll(() => page.locator(`.card[data-node-id="${replyId}"]`).getAttribute('data-tag')).toBe('pro');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses bad files with an alert and keeps the open map unchanged', async () => {
    const { page, context } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    const counter = await page.getByTestId('tag-counter').textContent();
    const input = page.getByLabel('Open thread file');
    const cases: { name: string; body: string; says: RegExp }[] = [
      { name: 'empty.json', body: '', says: /empty/i },
      { name: 'broken.json', body: '{"nodes": [', says: /JSON/ },
      { name: 'package.json', body: '{"name":"x","version":"1.0.0"}', says: /format|recogni/i },
      { name: 'newer.json', body: JSON.stringify({ format: 'threadmap', version: 99, nodes: [], source: {} }), says: /newer version/i },
    ];
    for (const bad of cases) {
      await input.setInputFiles({ name: bad.name, mimeType: 'application/json', buffer: Buffer.from(bad.body) });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(bad.says);
      expect(await page.getByTestId('tag-counter').textContent()).toBe(counter);
      await expect.poll(() => page.locator('.toolbar .title').textContent()).toContain('Go unikernel');
      await page.getByRole('button', { name: 'Dismiss the error' }).click();
    }
    await input.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(cases[3]!.body) });
    await page.getByRole('alert').waitFor();
    await screenshot(page, 'error-newer-version');
    await context.close();
  });
});
