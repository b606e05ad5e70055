import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';
import { settle } from './map-page';

const harness = harnessForThisFile();
const HN = 'hn-firebase_14952787_flat-items_forum-explorer.json';

/** Where focus is: a card (its node id), the map itself, the page body, or another element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    const id = active.getAttribute('data-node-id');
    if (id) return `card ${id}`;
    if (active.hasAttribute('data-map-tree')) return 'map';
    return `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? ''}`;
  });

/** Whether the frame that marks the focused map is drawn around the canvas. */
const mapFrameShown = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.canvas')!).outlineStyle !== 'none');

const selectedInPanel = (page: Page) => page.getByRole('article', { name: 'Selected comment' }).locator('.author').textContent();

describe('coding the 2,565-item thread from the keyboard', () => {
  it('[regression] keeps the focus on the map, drawn, when the focused card leaves the screen (fit view, a find far away) and gives it back to the card', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toContain('of 2,452');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    await expect.poll(() => focused(page)).toMatch(/^card /);
    const card = await focused(page);

    // Fit view zooms out to the canvas layer: the focused card is no longer drawn as an element.
    await page.keyboard.press('f');
    await settle(page);
    await expect.poll(() => page.locator(`.react-flow__node .card[data-node-id="${card.slice(5)}"]`).count()).toBe(0);
    expect(await focused(page)).toBe('map');
    expect(await mapFrameShown(page)).toBe(true);
    await screenshot(page, 'keyboard-fit-keeps-map-focus-dark');
    // Zoomed in again, the selected card is drawn and takes the focus back.
    for (let i = 0; i < 12 && !(await focused(page)).startsWith('card '); i++) {
      await page.keyboard.press('+');
      await settle(page);
    }
    expect(await focused(page)).toBe(card);

    // Find → Enter jumps far from the focused card: the keys stay with the map, and P tags the match.
    await page.keyboard.press('/');
    await page.keyboard.type('kernel');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedInPanel(page)).toBe('bayonetz');
    await settle(page);
    // There the cards are too many to mount at this zoom (the canvas layer draws them): the map
    // itself has the focus, and shows it.
    await expect.poll(() => page.locator('.react-flow__node .card').count()).toBe(0);
    expect(await focused(page)).toBe('map');
    expect(await mapFrameShown(page)).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of 2,452');
    await screenshot(page, 'keyboard-find-far-keeps-map-focus-dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] never leaves the card J selects under the Colour by strip, the minimap or the zoom buttons (overview)', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toContain('of 2,452');
    await page.keyboard.press('1');
    await page.keyboard.press('Home');
    await settle(page);
    // Down the first sub-debate in reading order: its column runs past the foot of the pane.
    const covered: string[] = [];
    for (let step = 0; step < 22; step++) {
      await page.keyboard.press('j');
      await settle(page);
      const under = await page.evaluate(() => {
        const card = document.querySelector('.card.selected')!.getBoundingClientRect();
        return [...document.querySelectorAll('.insight-bar, .minimap, .view-controls, .layout-switcher')]
          .filter((control) => {
            const box = control.getBoundingClientRect();
            return card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom;
          })
          .map((control) => control.className);
      });
      if (under.length > 0) covered.push(`step ${step}: ${under.join(', ')}`);
    }
    await screenshot(page, 'keyboard-j-clear-of-controls-overview');
    expect(covered).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] gives the keys back to the map when the merge question, asked by Shift+M, is answered from the keyboard', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toContain('of 2,452');
    // Tab to the file control, then J takes the keys to the map.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    await expect.poll(() => focused(page)).toMatch(/^card /);
    const card = await focused(page);
    const question = page.getByTestId('merge-confirm');
    // Esc keeps the cards apart, and the card keeps the keys.
    await page.keyboard.press('Shift+M');
    await question.waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe(card);
    // Merged: the card is gone, and the map has the keys (the card merged into is selected).
    await page.keyboard.press('Shift+M');
    await question.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('of 2,451');
    await expect.poll(() => focused(page)).toMatch(/^(card|map)/);
    await screenshot(page, 'keyboard-merge-answered');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('coding the sample thread from the keyboard', () => {
  it('[regression] takes the keys from the Open thread file control to the map: J focuses the card, and Enter finishes a move rather than asking for a file', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    let fileChoosers = 0;
    page.on('filechooser', () => fileChoosers++);
    // The first Tab stop of the page is the file control (a file input behind its label).
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input Open thread file');
    // As from any control outside the map: the first J takes the focus to the map, which
    // selects the post, and moves on from it.
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t3');
    await expect.poll(() => focused(page)).toBe('card t3');
    await page.keyboard.press('m');
    await page.getByTestId('pick-hint').waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByTestId('pick-hint').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.react-flow__edge[aria-label="Edge from t0 to t3"]').count()).toBe(1);
    expect(fileChoosers).toBe(0);
    await screenshot(page, 'keyboard-from-open-file-control');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] J and K from a fresh page, nothing clicked, take the focus to the card they select, and it moves on with them', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    expect(await focused(page)).toBe('body');
    const selected = () => page.locator('.react-flow__node .card.selected').getAttribute('data-node-id');
    // The focus ring is on the card the keys act on: its outline is drawn.
    const ringOnFocused = () => page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return active.matches(':focus-visible') && getComputedStyle(active).outlineStyle !== 'none';
    });
    await page.keyboard.press('j');
    await expect.poll(selected).toBe('t0');
    await expect.poll(() => focused(page)).toBe('card t0');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(selected).not.toBe('t0');
    const third = (await selected())!;
    await expect.poll(() => focused(page)).toBe(`card ${third}`);
    expect(await ringOnFocused()).toBe(true);
    await page.keyboard.press('k');
    await expect.poll(selected).not.toBe(third);
    await expect.poll(() => focused(page)).toBe(`card ${await selected()}`);
    await screenshot(page, 'keyboard-j-from-fresh-page');
    // The map is one Tab stop: Tab from the card goes on to the controls after the map, not to
    // the first control of the page as it would from the body.
    await page.keyboard.press('Tab');
    const afterTab = await focused(page);
    expect(afterTab).not.toBe('body');
    expect(afterTab).not.toBe('input Open thread file');
    expect(await page.evaluate(() => document.querySelector('[data-map-tree]')!.compareDocumentPosition(document.activeElement!))).toBe(4 /* following, not inside */);

    // A click on the empty canvas leaves the focus on the page too: the arrows take it to the card.
    await settle(page);
    // (An empty spot under the tree's first row: the pane itself is what is clicked.)
    const pane = (await page.locator('.canvas .react-flow__pane').boundingBox())!;
    const spot = { x: pane.x + pane.width * 0.6, y: pane.y + pane.height * 0.7 };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), spot)).toBe(true);
    await page.mouse.click(spot.x, spot.y);
    expect(await focused(page)).not.toMatch(/^card /);
    // The click cleared the selection: the first arrow selects the post.
    expect(await page.locator('.react-flow__node .card.selected').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe('t0');
    await expect.poll(() => focused(page)).toBe('card t0');
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).not.toBe('t0');
    await expect.poll(() => focused(page)).toBe(`card ${await selected()}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] gives the keys back to the selected card when the codebook dialog, opened with Shift+C, is closed with Esc', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    // Tab reaches the file control first; J takes the keys from it to the map and the first reply.
    await page.keyboard.press('Tab');
    await page.keyboard.press('j');
    await expect.poll(() => focused(page)).toBe('card t1');
    await page.keyboard.press('Shift+C');
    const dialog = page.getByRole('dialog', { name: 'Codebook' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('card t1');
    // And the keys act there at once: P tags the card.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.card[data-node-id="t1"]').getAttribute('data-tag')).toBe('pro');
    await screenshot(page, 'keyboard-codebook-esc-back-to-card');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] N on a card with a note puts the caret after it, so what is typed next adds to the note', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('j');
    await expect.poll(() => focused(page)).toBe('card t1');
    await page.keyboard.press('n');
    await page.keyboard.type('Asks for a source');
    await page.keyboard.press('Escape');
    // On to the next card and back, then on with the note.
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => focused(page)).toBe('card t1');
    await page.keyboard.press('n');
    await page.keyboard.type(', and gets none.');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('textarea[data-field="note"]').inputValue()).toBe('Asks for a source, and gets none.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('} and { go from sub-debate to sub-debate: the top comments of the replies to the story, in order, the view on each', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toContain('of 2,452');
    // The replies to the story in the story's own order, from the recorded file itself.
    const items = JSON.parse(readFileSync(fixturePath(HN), 'utf8')) as { id: number; parent?: number; kids?: number[] }[];
    const tops = items.find((item) => item.parent === undefined)!.kids!.map(String);
    const selected = () => page.locator('.react-flow__node .card.selected').getAttribute('data-node-id', { timeout: 10_000 }).catch(() => null);
    // Once the map's first view has come to rest: a key pressed during its fit glides to the
    // card, and the fit, still under way on a loaded machine, can carry the view back out.
    await settle(page);
    await page.locator('.canvas .react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('}');
    await expect.poll(selected).toBe(tops[0]);
    await page.keyboard.press('}');
    await page.keyboard.press('}');
    await expect.poll(selected).toBe(tops[2]);
    // Down into it with J, then { back to its top, then { to the sub-debate before.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(selected).not.toBe(tops[2]);
    await page.keyboard.press('{');
    await expect.poll(selected).toBe(tops[2]);
    await page.keyboard.press('{');
    await expect.poll(selected).toBe(tops[1]);
    const second = { id: tops[1] };
    await settle(page);
    // The view has come to it: its card is on screen.
    const box = await page.locator(`.react-flow__node .card[data-node-id="${second.id}"]`).boundingBox();
    const pane = (await page.locator('.canvas .react-flow').boundingBox())!;
    expect(box).not.toBeNull();
    expect(box!.x >= pane.x && box!.x + box!.width <= pane.x + pane.width && box!.y >= pane.y && box!.y + box!.height <= pane.y + pane.height).toBe(true);
    // The shortcut sheet lists them.
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Next / previous sub-debate');
    await screenshot(page, 'keyboard-sub-debate-jumps-sheet');
    expect(errors).toEqual([]);
    await context.close();
  });
});
