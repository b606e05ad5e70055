import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, harnessForThisFile, fixturePath } from './harness';

const harness = harnessForThisFile();

/** Where focus is: which card (its node id), or another element's tag and name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    const id = active.getAttribute('data-node-id');
    if (id) return `card ${id}`;
    if (active.closest('.react-flow')) return `map ${active.className}`;
    return `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? ''}`;
  });

const zoomPercent = async (page: Page) => Number((await page.getByTestId('zoom-level').textContent())!.replace('%', ''));

describe('the map from the keyboard', () => {
  it('is one Tab stop, moves with the arrows, toggles replies from the card, and shows focus at half size', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();

    // A whole round of Tab through the page stops on the map once.
    const stops: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      // Round once: until the first stop comes back.
      if (stops.length > 1 && stop === stops[0]) break;
      if (stop !== 'body') stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(10);
    const inMap = stops.filter((stop) => stop.startsWith('card ') || stop.startsWith('map '));
    expect(inMap).toEqual(['card t0']);
    expect(stops.some((stop) => stop.includes('replies') || stop.includes('1 reply'))).toBe(false);

    // Into the map again, then down the tree with the arrows: focus follows the selection.
    while ((await focused(page)) !== 'card t0') await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('card t1');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page)).not.toBe('card t1');
    const sibling = (await focused(page)).replace('card ', '');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => focused(page)).toBe('card t1');

    // Space folds the replies away and back, announced on the card.
    const card = page.locator('.card[data-node-id="t1"]');
    // Zoomed in until the card has room for its footer at 12 px, where the toggle is drawn.
    for (let step = 0; step < 8 && (await zoomPercent(page)) < 100; step++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(200);
    }
    await page.keyboard.press(' ');
    await expect.poll(() => card.getAttribute('aria-expanded')).toBe('false');
    // The toggle is named by what it shows, and says whose replies it hides.
    expect(await card.getByRole('button', { name: /^\d+ hidden (\d+ (pro|con|question) )*under this comment$/ }).count()).toBe(1);
    // The arrow towards the replies opens a collapsed card, as in any tree.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => card.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toBe('card t1');
    expect(sibling).not.toBe('t1');

    // At 50 % the focus ring is still at least 2 px wide on screen.
    for (let step = 0; step < 8 && (await zoomPercent(page)) > 55; step++) {
      await page.keyboard.press('-');
      await page.waitForTimeout(200);
    }
    await expect.poll(() => zoomPercent(page)).toBeLessThanOrEqual(55);
    const ring = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      const zoom = active.getBoundingClientRect().width / active.offsetWidth;
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) * zoom };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'keyboard-focus-half-zoom');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] finishes a move with Enter after a toolbar button was clicked: the keys take the focus to the map', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t3');
    await page.keyboard.press('m');
    await page.getByTestId('pick-hint').waitFor();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t0');
    await page.keyboard.press('Enter');
    await page.getByTestId('pick-hint').waitFor({ state: 'detached' });
    // The move was made (t3 now replies to the post), and the theme button was not pressed again.
    await expect.poll(() => page.locator('.react-flow__edge[aria-label="Edge from t0 to t3"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] gives the keys back to the map after Find → Enter: P tags the match', async () => {
    const { page, context } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('e1000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t5');
    // The other matches are marked in another colour than the selection, so it stands out among them.
    const outlines = await page.evaluate(() => ({
      selected: getComputedStyle(document.querySelector('.card.selected')!).outlineColor,
      match: getComputedStyle(document.querySelector('.card.find-match:not(.selected)')!).outlineColor,
    }));
    expect(outlines.match).not.toBe(outlines.selected);
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.card[data-node-id="t5"]').getAttribute('data-tag')).toBe('pro');
    expect(await page.getByRole('searchbox', { name: 'Find text or author' }).inputValue()).toBe('e1000');
    await expect.poll(() => focused(page)).toBe('card t5');
    // The match is marked in the panel's text.
    expect((await page.locator('.side-panel .rich-text mark').allTextContents()).map((text) => text.toLowerCase())).toContain('e1000');
    await context.close();
  });

  it('[regression] keeps the keys on the map through a note, Esc and the name dialog, and shows each comment from its start', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1024, height: 700, coder: 'ask' });
    await page.locator('.react-flow__node .card').first().waitFor();
    const panelScroll = () => page.locator('.side-panel .scroll').evaluate((element) => element.scrollTop);
    for (let i = 0; i < 4; i++) await page.keyboard.press('j');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t3');

    // The first tag asks who is coding; Esc cancels it: no tag, and the keys are the map's again.
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'Who is coding?' });
    await dialog.waitFor();
    await page.keyboard.type('jc');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.card[data-node-id="t3"]').getAttribute('data-tag')).toBe('');
    await expect.poll(() => focused(page)).toBe('card t3');

    // A note scrolls the panel down to its field; Esc hands the keys back to the map.
    await page.keyboard.press('n');
    await page.keyboard.type('Asks for evidence');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('card t3');
    expect(await panelScroll()).toBeGreaterThan(0);
    // The next comment is read from its start, not from where the panel was left.
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t4');
    expect(await panelScroll()).toBe(0);

    // Esc clears the selection and takes focus off the card, whose ring would look selected.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.card.selected').count()).toBe(0);
    expect(await focused(page)).toMatch(/^map /);
    // The shortcut sheet, opened from there and closed with Esc, leaves the keys with the map.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatch(/^(map|card) /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] keeps the name typed right after a first tag asks for it, while the dialog’s code is still loading', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1024, height: 700, coder: 'ask' });
    // The dialog's code is held back until the name has been typed: as on a slow connection, or
    // when the first tag comes before the page has loaded it ahead.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/CoderDialog-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('.react-flow__node .card').first().waitFor();
    // A reply (the post takes no tag).
    for (let i = 0; i < 2; i++) await page.keyboard.press('j');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t1');
    await page.keyboard.press('p');
    await page.locator('[data-dialog-loading]').waitFor({ state: 'attached' });
    await page.keyboard.type('Ana Li');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Lo');
    release();
    const dialog = page.getByRole('dialog', { name: 'Who is coding?' });
    await dialog.waitFor();
    // The rest, typed once the dialog is there, follows in the same field.
    await page.keyboard.type('pes');
    expect(await dialog.getByLabel('Your name or coder id').inputValue()).toBe('Ana Lopes');
    // None of those letters ran a command on the map (J would have moved on).
    expect(await page.locator('.card.selected').getAttribute('data-node-id')).toBe('t1');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('coder-line').textContent()).toContain('Coding as Ana Lopes');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] Enter on the empty name field of the first "Who is coding?" tags without a name, makes the waiting tag, and the next keys go to the map', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1400, height: 900, coder: 'ask' });
    await page.locator('.react-flow__node .card').first().waitFor();
    for (let i = 0; i < 2; i++) await page.keyboard.press('j');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t1');
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'Who is coding?' });
    await dialog.waitFor();
    // The dialog says what Enter does there.
    expect(await dialog.getByLabel('Your name or coder id').getAttribute('aria-describedby')).toBeTruthy();
    await expect.poll(() => dialog.getByText('Press Enter with the field empty to tag without a name.').isVisible()).toBe(true);
    await screenshot(page, 'coder-dialog-first-enter-hint');
    // Save was disabled, so Enter did nothing and J, C were typed into the field.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.card[data-node-id="t1"]').getAttribute('data-tag')).toBe('pro');
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-node-id')).toBe('t2');
    await expect.poll(() => page.locator('.card[data-node-id="t2"]').getAttribute('data-tag')).toBe('con');
    // Asked once: the next tag does not ask again.
    expect(await page.getByRole('dialog').count()).toBe(0);
    await screenshot(page, 'coder-dialog-first-enter-tagged');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] leaves no tooltip over the page when a dialog closes', async () => {
    const { page, context } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    const paste = page.getByRole('button', { name: 'Paste' });
    await paste.hover();
    await page.getByRole('tooltip').first().waitFor();
    await paste.click();
    await page.getByRole('dialog').waitFor();
    await page.mouse.move(5, 600);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // Radix hands focus back on the frame after the dialog leaves the page.
    await expect.poll(() => focused(page)).toMatch(/^button Paste/);
    await page.waitForTimeout(700);
    expect(await page.getByRole('tooltip').count()).toBe(0);
    await context.close();
  });

  it('[regression] zooms gently with the mouse wheel: six notches less than double', async () => {
    const { page, context } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    const before = await zoomPercent(page);
    await page.mouse.move(400, 450);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
    await expect.poll(() => zoomPercent(page)).toBeGreaterThan(before);
    await page.waitForTimeout(200);
    const after = await zoomPercent(page);
    expect(after / before).toBeLessThan(2.2);
    await context.close();
  });
});

describe('a 1400 × 900 window with the People view open', () => {
  it('[regression] keeps the toolbar in place while Tab walks the side panel, and shows every stop it reaches', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1400, height: 900 });
    await page.locator('.react-flow__node .card').first().waitFor();
    // The 2,565-item HN thread: 871 people (872 listed, the post's author too), more than the panel holds under the comment.
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toContain('Tagged 0 of 2,452');
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('list', { name: 'Participants, most comments first' }).waitFor();
    await page.getByRole('searchbox', { name: 'Find text or author' }).focus();

    const where = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const box = active.getBoundingClientRect();
        return {
          page: document.scrollingElement!.scrollTop,
          app: document.querySelector('.app')!.scrollTop,
          toolbar: document.querySelector('.toolbar')!.getBoundingClientRect().top,
          inPanel: active.closest('.side-panel') !== null,
          stop: `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? ''}`,
          // Seen: inside the window, not cut off by the app's edge.
          seen: box.top >= 0 && box.bottom <= innerHeight,
        };
      });
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const now = await where();
      if (!now.inPanel) break;
      stops.push(now.stop);
      expect({ stop: now.stop, page: now.page, app: now.app, toolbar: now.toolbar, seen: now.seen }).toEqual({ stop: now.stop, page: 0, app: 0, toolbar: 0, seen: true });
    }
    // The walk went through the people and on to the progress under them.
    expect(stops.length).toBeGreaterThan(20);
    expect(stops.some((stop) => stop.startsWith('button Codebook'))).toBe(true);
    await screenshot(page, 'people-open-tab-1400x900');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an 800 × 700 window', () => {
  it('[regression] keeps a readable title, a small minimap and the comment above the fold; the panel folds and resizes', async () => {
    const { page, context, errors } = await openApp(harness, { width: 800, height: 700 });
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.locator('.card[data-node-id="t1"]').click();
    await page.locator('.side-panel article .rich-text').waitFor();
    const shot = await screenshot(page, 'narrow-800x700');
    const sizes = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const title = document.querySelector('.toolbar .title') as HTMLElement;
      return {
        title: rect('.toolbar .title').width,
        titleText: title.textContent,
        titleTip: title.title,
        ellipsis: getComputedStyle(title).textOverflow,
        canvas: rect('.canvas'),
        minimap: rect('.minimap'),
        text: rect('.side-panel article .rich-text'),
        iconWidths: [...document.querySelectorAll('.toolbar .button.icon:not(.live-mode)')].map((button) => button.getBoundingClientRect().width),
        // Every control of the toolbar, by its right edge and name.
        controls: [...document.querySelectorAll('.toolbar .button')].map((button) => ({ name: button.getAttribute('aria-label') ?? button.textContent, right: button.getBoundingClientRect().right })),
      };
    });
    // Every icon button keeps its size; the title is what gives way.
    expect(sizes.iconWidths.length).toBeGreaterThan(3);
    for (const width of sizes.iconWidths) expect(width).toBeCloseTo(32, 0);
    // Nothing of the toolbar is pushed out of the window (Share live, the shortcuts and the theme were).
    expect(sizes.controls.length).toBeGreaterThan(10);
    expect(sizes.controls.filter((control) => control.right > 800)).toEqual([]);
    expect(shot).toMatch(/narrow-800x700\.png$/);
    expect(sizes.title).toBeGreaterThan(60);
    expect(sizes.ellipsis).toBe('ellipsis');
    expect(sizes.titleTip).toBe(sizes.titleText);
    const minimapShare = (sizes.minimap.width * sizes.minimap.height) / (sizes.canvas.width * sizes.canvas.height);
    expect(minimapShare).toBeLessThan(0.06);
    // The comment's first lines are in view without scrolling.
    expect(sizes.text.top).toBeLessThan(700 - 60);

    // The splitter widens the panel from the keyboard; the fold button hides it.
    const splitter = page.getByRole('separator', { name: 'Resize the side panel' });
    await splitter.focus();
    const width = Number(await splitter.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await splitter.getAttribute('aria-valuenow'))).toBe(width + 16);
    await page.getByRole('button', { name: 'Hide the side panel' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('.canvas')!.getBoundingClientRect().width)).toBeGreaterThan(700);
    await screenshot(page, 'narrow-800x700-panel-hidden');
    await page.getByRole('button', { name: 'Show the side panel' }).click();
    await page.locator('.side-panel article').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the sample thread the guessed-structure note leaves every layout button whole, and its sub-debates’ labels name no “0 people”', async () => {
    const { page, context, errors } = await openApp(harness, { width: 800, height: 700 });
    const hint = page.locator('.guessed-hint');
    await hint.waitFor();
    // Beside the switcher, the note covered the Outline button.
    const note = (await hint.boundingBox())!;
    for (const option of await page.locator('.layout-option').all()) {
      const box = (await option.boundingBox())!;
      const apart = box.x + box.width <= note.x || note.x + note.width <= box.x || box.y + box.height <= note.y || note.y + note.height <= box.y;
      expect(apart, (await option.textContent())!).toBe(true);
    }
    await page.getByRole('radio', { name: 'Outline layout' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Outline layout' }).getAttribute('aria-checked')).toBe('true');
    // Tree ↓ at fit view: the pasted text has no authors, so its sub-debates have no named author.
    await page.getByRole('radio', { name: 'Tree layout, top-down' }).click();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await expect.poll(() => page.locator('.region-label.full').count()).toBeGreaterThan(0);
    const details = await page.locator('.region-label.full .region-detail').allTextContents();
    expect(details.filter((text) => text.startsWith('0 people'))).toEqual([]);
    expect(details.every((text) => text.startsWith('no named author'))).toBe(true);
    await screenshot(page, 'narrow-800-sample-tree-down');
    expect(errors).toEqual([]);
    await context.close();
  });
});
