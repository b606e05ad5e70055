import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, harnessForThisFile, fixturePath } from './harness';
import { card, goTo, selectInPanel } from './map-page';


const harness = harnessForThisFile();

const replyEdge = (page: Page, id: string) => page.locator(`[data-testid="rf__edge-reply-${id}"]`);

describe('annotating beyond tags: claims, structure, find, suggestions', () => {
  it('splits a claim out of a comment and tags the claim with the keyboard', async () => {
    const { page, context, errors } = await openApp(harness);
    await card(page, 't0').waitFor();
    await goTo(page, 'differences between Unikernel', 't14');

    await selectInPanel(page, 'What are the differences between Unikernel and RTOS?');
    await expect.poll(() => page.getByTestId('claim-draft').textContent()).toContain('Selected: “What are the differences');
    await page.keyboard.press('s');
    const claim = card(page, 't14#c0-52');
    await claim.waitFor();
    await expect.poll(() => claim.getAttribute('class')).toContain('selected');
    expect(await claim.locator('.claim-label').textContent()).toBe('Claim');
    await expect.poll(() => page.locator('.claim-source mark').textContent()).toBe('What are the differences between Unikernel and RTOS?');

    await page.keyboard.press('q');
    await expect.poll(() => claim.getAttribute('data-tag')).toBe('question');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of 32');
    await screenshot(page, 'annotate-claim-split');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await screenshot(page, 'annotate-claim-split-dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves a card under another with the keyboard command, then undoes the move', async () => {
    const { page, context, errors } = await openApp(harness);
    await card(page, 't0').waitFor();
    await goTo(page, 'look promising', 't29');
    expect(await replyEdge(page, 't29').getAttribute('aria-label')).toBe('Edge from t0 to t29');

    await page.keyboard.press('m');
    const hint = page.getByTestId('pick-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('select its new parent');
    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(() => document.querySelector('.card.selected')?.getAttribute('data-node-id'))).toBe('t28');
    await expect.poll(() => card(page, 't29').getAttribute('class')).toContain('picking');
    await screenshot(page, 'annotate-move-hint');
    await page.keyboard.press('Enter');
    await hint.waitFor({ state: 'detached' });
    await expect.poll(() => replyEdge(page, 't29').getAttribute('aria-label')).toBe('Edge from t28 to t29');
    await expect.poll(() => page.evaluate(() => document.querySelector('.card.selected')?.getAttribute('data-node-id'))).toBe('t29');
    await screenshot(page, 'annotate-moved');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => replyEdge(page, 't29').getAttribute('aria-label')).toBe('Edge from t0 to t29');
    // Structure edits glide the cards and the view for a moment: measure once they are still.
    await expect.poll(() => page.evaluate(() => document.querySelector('main.canvas')?.classList.contains('animating'))).toBe(false);
    await expect.poll(async () => {
      const before = JSON.stringify(await card(page, 't25').boundingBox());
      await page.waitForTimeout(100);
      return before === JSON.stringify(await card(page, 't25').boundingBox());
    }).toBe(true);

    // Undo leaves t29 and t25 at the top edge of the view: pan down on the empty canvas beside
    // the map so both cards, and the end of the reply line, are in view.
    const pane = (await page.locator('main.canvas').boundingBox())!;
    await page.mouse.move(pane.x + pane.width - 60, pane.y + pane.height / 2);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width - 60, pane.y + pane.height / 2 + 250, { steps: 8 });
    await page.mouse.up();

    // The mouse path: drag the end of t29's reply line (at t29) onto the card of t25.
    const end = (await replyEdge(page, 't29').locator('.react-flow__edgeupdater-target').boundingBox())!;
    const target = (await card(page, 't25').boundingBox())!;
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await screenshot(page, 'annotate-drag-reply-line');
    await page.mouse.up();
    await expect.poll(() => replyEdge(page, 't29').getAttribute('aria-label')).toBe('Edge from t25 to t29');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches for an author and steps through the matches, near and far out', async () => {
    const { page, context, errors } = await openApp(harness);
    await card(page, 't0').waitFor();
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-algolia-derived_14952787_first-3-top-level.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 0 of 545');
    // Near: the whole 579-item overview fits below the zoom where cards carry text, so zoom in.
    for (let step = 0; step < 8 && (await page.locator('.react-flow__node').count()) === 0; step++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(250);
    }

    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Find text or author' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('ThomPete');
    const count = page.getByTestId('match-count');
    await expect.poll(() => count.textContent()).toBe('13 matches');
    const selectedCard = () =>
      page.evaluate(() => {
        const selected = document.querySelector<HTMLElement>('.card.selected');
        return selected ? { id: selected.dataset.nodeId!, author: selected.querySelector('.author')?.textContent ?? '' } : null;
      });
    await box.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 13');
    await expect.poll(async () => (await selectedCard())?.author, { timeout: 10_000 }).toBe('ThomPete');
    const first = (await selectedCard())!.id;
    await box.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 of 13');
    // The view glides to the match; its card is mounted once it is in view (the first match's
    // card, still mounted a moment, is not it).
    await expect.poll(async () => { const selected = await selectedCard(); return selected && selected.id !== first ? selected.author : null; }, { timeout: 10_000 }).toBe('ThomPete');
    await box.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 13');
    await box.press('Escape');
    await page.keyboard.press(']');
    await expect.poll(() => count.textContent()).toBe('2 of 13');
    await expect.poll(() => page.locator('.card.find-dimmed').count()).toBeGreaterThan(0);
    await screenshot(page, 'annotate-find-author');

    // Far out the cards are drawn on the canvas layer, matches outlined and the rest dimmed.
    await page.keyboard.press('f');
    for (let step = 0; step < 8 && (await page.locator('.react-flow__node').count()) > 0; step++) {
      await page.keyboard.press('-');
      await page.waitForTimeout(250);
    }
    expect(await page.locator('.react-flow__node').count()).toBe(0);
    await screenshot(page, 'annotate-find-far-out');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a suggested tag apart from real tags and accepts it with A', async () => {
    const { page, context, errors } = await openApp(harness);
    await card(page, 't0').waitFor();
    await goTo(page, 'differences between Unikernel', 't14');
    const suggested = card(page, 't14').locator('.suggested-tag');
    await expect.poll(() => suggested.textContent()).toBe('suggested: question');
    expect(await card(page, 't14').getAttribute('data-tag')).toBe('');
    await expect.poll(() => page.getByRole('note', { name: 'Suggested tag' }).textContent()).toContain('It opens with a question');
    await screenshot(page, 'annotate-suggestion');

    await page.keyboard.press('a');
    await expect.poll(() => card(page, 't14').getAttribute('data-tag')).toBe('question');
    expect(await suggested.count()).toBe(0);
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of 31');
    expect(errors).toEqual([]);
    await context.close();
  });
});
