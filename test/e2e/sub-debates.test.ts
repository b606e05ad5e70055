import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';
import { settle, zoomTo } from './map-page';

const harness = harnessForThisFile();

describe('the sub-debate panel in the browser', () => {
  it('lists the 2,565-item thread’s sub-debates, the biggest first; choosing it selects its top comment, in both themes', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
    const toggle = page.getByRole('button', { name: /Sub-debates/ });
    await expect.poll(() => toggle.textContent()).toContain('230');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.insight-summary').textContent()).toContain('2,564 comments by 871 people over 13 days');
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

  it('pointing at a sub-debate’s label, or focusing it, outlines where its cards are on the map and the minimap; leaving or opening it takes the outline away', async () => {
    const { page, context, errors } = await openApp(harness);
    // Tree ↓ at fit view: each big sub-debate is a scatter of subtree boxes, its label beside some of them.
    await openThreadAtFit(page, '2');
    await page.mouse.move(5, 5);
    await keepPixels(page);
    expect(await changedPixels(page)).toEqual({ map: null, minimap: 0 });

    await page.locator('.region-label', { hasText: 'marcoperaza' }).hover();
    const marco = await changedPixels(page);
    await page.locator('.region-label', { hasText: 'chrissnell' }).hover();
    const chris = await changedPixels(page);
    // Hundreds of pixels each (the 778-comment one more), in different places, on both canvases.
    expect(marco.map!.count).toBeGreaterThan(chris.map!.count);
    expect(chris.map!.count).toBeGreaterThan(500);
    expect(marco.map!.box).not.toEqual(chris.map!.box);
    expect(marco.minimap).toBeGreaterThan(0);
    expect(chris.minimap).toBeGreaterThan(0);
    await screenshot(page, 'sub-debate-pointed-tree-down');

    await page.mouse.move(5, 5);
    expect(await changedPixels(page)).toEqual({ map: null, minimap: 0 });
    await page.locator('.region-label', { hasText: 'marcoperaza' }).focus();
    expect((await changedPixels(page)).map).toEqual(marco.map);
    await page.keyboard.press('Tab');
    expect((await changedPixels(page)).map?.box).not.toEqual(marco.map!.box);

    // Opened from its label, the sub-debate is zoomed to (its first comment selected); back at fit
    // view, the selection let go, nothing stays outlined.
    await page.locator('.region-label', { hasText: 'marcoperaza' }).click();
    await settle(page);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await settle(page);
    expect(await changedPixels(page)).toEqual({ map: null, minimap: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at fit view in Tree ↓ and Tree →, in a 1,024×700 and a 1,400×900 window, every label is whole inside the map pane, off its controls, a shortened name whole in its tooltip', async () => {
    for (const [width, height] of [[1024, 700], [1400, 900]] as const) {
      const { page, context, errors } = await openApp(harness, { width, height });
      await openThread(page);
      for (const [key, name] of [['2', 'tree-down'], ['3', 'tree-right']] as const) {
        await layoutAtFit(page, key);
        await page.mouse.move(5, 5);
        const labels = await labelsOnThePane(page);
        // Every sub-debate of 3 % or more (six replies to the post, and branches of the biggest) is named.
        expect(labels.length).toBeGreaterThanOrEqual(8);
        // Placed as if the map were centred in the pane, the 1,024 px window's labels ran out past its left edge.
        expect(labels.filter((label) => label.cut)).toEqual([]);
        expect(labels.filter((label) => label.under.length > 0)).toEqual([]);
        for (const label of labels.filter((l) => l.shortened)) expect(label.title).toContain(label.name);
        await screenshot(page, `sub-debate-labels-${name}-${width}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('[regression] the notice of the thread just opened covers no sub-debate label (Tree ↓ and Tree → at fit view, 1,024×700), nor, after a label is clicked, a label or the selected card, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, context, errors } = await openApp(harness, { width: 1024, height: 700 });
      await openThread(page);
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
      for (const key of ['2', '3']) {
        await page.keyboard.press(key);
        await settle(page);
        // The notice is still up (it shows for six seconds), and the labels have been placed for this view.
        expect(await noticeText(page)).toContain('Opened “Google Fires Employee');
        await page.waitForTimeout(300);
        expect(await underTheNotice(page)).toEqual([]);
        await screenshot(page, `notice-off-labels-${key === '2' ? 'tree-down' : 'tree-right'}-1024-${theme}`);
      }
      await page.locator('.region-label').last().click();
      await settle(page);
      await expect.poll(() => page.locator('.react-flow__node .card.selected').count()).toBe(1);
      expect(await noticeText(page)).toContain('Opened');
      expect(await underTheNotice(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('a notice that comes over the selected card lies over the Colour by strip instead, clear of the card', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1024, height: 700 });
    await page.locator('.react-flow__node .card[data-node-id="t5"]').waitFor();
    await settle(page);
    await page.locator('.react-flow__node .card[data-node-id="t5"]').click();
    await settle(page);
    // The map dragged so that the selected card lies where notices come, just above the strip.
    const card = (await page.locator('.react-flow__node .card[data-node-id="t5"]').boundingBox())!;
    const strip = (await page.locator('.insight-bar').boundingBox())!;
    const start = { x: card.x + card.width + 30, y: card.y + 10 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + (strip.x + 180 - card.x - card.width / 2), start.y + (strip.y - 30 - card.y - card.height / 2), { steps: 8 });
    await page.mouse.up();
    await settle(page);
    // Finishing a move on the card itself is refused with a notice.
    await page.keyboard.press('m');
    await page.keyboard.press('Enter');
    await expect.poll(() => noticeText(page)).toContain('Select another card first');
    expect(await underTheNotice(page)).toEqual([]);
    const notice = (await page.locator('.notice-toast').boundingBox())!;
    expect(notice.y).toBeGreaterThanOrEqual(strip.y - 4);
    await screenshot(page, 'notice-over-the-strip');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a sub-debate opened from its label stays outlined while its cards are read, moves with the map without being redrawn, and loses its outline when the selection leaves it', async () => {
    for (const [key, theme] of [['2', 'light'], ['1', 'dark']] as const) {
      const { page, context, errors } = await openApp(harness);
      await openThreadAtFit(page, key);
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
      const label = page.locator('.region-label[data-count="253"]');
      const rootId = (await label.getAttribute('data-root'))!;
      await label.click();
      await settle(page);
      const author = () => page.getByRole('article', { name: 'Selected comment' }).locator('.author').textContent();
      await expect.poll(author).toBe('chrissnell');
      // Near enough to read the cards, the regions' tint and labels are gone: the outline shows where this one is.
      expect(await page.locator('.region-label').count()).toBe(0);
      const outline = page.locator(`svg.opened-region[data-root="${rootId}"]`);
      await expect.poll(() => outline.count()).toBe(1);
      if (key === '2') {
        // It goes round the selected card and the cards of the sub-debate in view, and no other card.
        const cards = await page.evaluate(() => {
          const pieces = [...document.querySelectorAll('svg.opened-region path')].map((path) => path.getBoundingClientRect());
          const inside = (box: DOMRect) => pieces.some((piece) => box.left >= piece.left && box.right <= piece.right && box.top >= piece.top && box.bottom <= piece.bottom);
          return [...document.querySelectorAll<HTMLElement>('.react-flow__node .card')].map((card) => ({ id: card.dataset.nodeId!, inside: inside(card.getBoundingClientRect()) }));
        });
        expect(cards.find((card) => card.id === rootId)?.inside).toBe(true);
        expect(cards.filter((card) => card.inside).length).toBeGreaterThan(5);
        expect(cards.filter((card) => !card.inside).length).toBeGreaterThan(0);
      }
      await screenshot(page, `opened-sub-debate-outlined-${key === '1' ? 'overview' : 'tree-down'}-${theme}`);

      // A pan moves it with the map and changes nothing in it: the view's transform carries it.
      await page.evaluate(() => {
        const counted = window as unknown as { outlineChanges: number };
        counted.outlineChanges = 0;
        new MutationObserver((records) => (counted.outlineChanges += records.length)).observe(document.querySelector('svg.opened-region')!, { attributes: true, childList: true, subtree: true, characterData: true });
      });
      const before = (await outline.boundingBox())!;
      const pane = (await page.locator('.canvas .react-flow__pane').boundingBox())!;
      await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
      await page.mouse.down();
      await page.mouse.move(pane.x + pane.width / 2 - 120, pane.y + pane.height / 2 - 90, { steps: 12 });
      await page.mouse.up();
      const after = (await outline.boundingBox())!;
      expect(Math.round(after.x - before.x)).toBe(-120);
      expect(Math.round(after.y - before.y)).toBe(-90);
      expect(await page.evaluate(() => (window as unknown as { outlineChanges: number }).outlineChanges)).toBe(0);

      // J reads on inside it; the next sub-debate (}) leaves it, and the outline goes.
      await page.keyboard.press('j');
      await expect.poll(author).not.toBe('chrissnell');
      expect(await outline.count()).toBe(1);
      await page.keyboard.press('}');
      await expect.poll(() => outline.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('names the sub-debates in view when zoomed in from fit view in the overview, their own labels being off screen', async () => {
    const { page, context, errors } = await openApp(harness);
    await openThreadAtFit(page, '1');
    // Just under the zoom where cards get their text: columns fill the window, most labels of the fit view are off it.
    await zoomTo(page, 0.34);
    await page.mouse.move(5, 5);
    const whole = () =>
      page.evaluate(() => {
        const pane = document.querySelector('.canvas .react-flow')!.getBoundingClientRect();
        return [...document.querySelectorAll('.region-label')].filter((label) => {
          const box = label.getBoundingClientRect();
          return box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom;
        }).length;
      });
    // Placed for the whole map alone, 3 labels were whole on screen here.
    await expect.poll(whole).toBeGreaterThanOrEqual(8);
    await screenshot(page, 'sub-debates-named-in-view-34');
    expect(errors).toEqual([]);
    await context.close();
  });
});

const noticeText = (page: Page) => page.locator('.notice-toast').textContent();

/** The sub-debate labels and the selected card the notice lies over, by their text. */
function underTheNotice(page: Page) {
  return page.evaluate(() => {
    const notice = document.querySelector('.notice-toast')!.getBoundingClientRect();
    return [...document.querySelectorAll('.region-label, .react-flow__node .card.selected')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < notice.right && notice.left < box.right && box.top < notice.bottom && notice.top < box.bottom;
      })
      .map((element) => element.textContent!.slice(0, 40));
  });
}

/** Opens the 2,565-item HN thread in a layout (its key) at fit view, the keys on the map. */
async function openThreadAtFit(page: Page, layoutKey: string) {
  await openThread(page);
  await layoutAtFit(page, layoutKey);
}

async function openThread(page: Page) {
  await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
  await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
}

/** Switches the open map to a layout (its key) and fits the view, the keys on the map. */
async function layoutAtFit(page: Page, layoutKey: string) {
  await page.locator('.canvas .react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(layoutKey);
  // The layout the key asks for is the one measured.
  const wanted = { '1': /^Overview layout/, '2': /^Tree layout, top-down/, '3': /^Tree layout, left to right/, '4': /^Outline layout/ }[layoutKey]!;
  await expect.poll(() => page.getByRole('radio', { name: wanted }).getAttribute('aria-checked')).toBe('true');
  await settle(page);
  await page.keyboard.press('f');
  await settle(page);
}

/**
 * The region labels on the map: each one's author, whether the map pane's edge cuts it, which of
 * the controls over the pane it lies under, and whether its name is shortened (with its tooltip).
 */
function labelsOnThePane(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.canvas .react-flow')!.getBoundingClientRect();
    const controls = ['.layout-switcher', '.view-controls', '.minimap', '.insight-bar'].map((selector) => ({ selector, box: document.querySelector(selector)!.getBoundingClientRect() }));
    return [...document.querySelectorAll<HTMLElement>('.region-label')].map((label) => {
      const box = label.getBoundingClientRect();
      const name = label.querySelector<HTMLElement>('.region-title strong')!;
      return {
        name: name.textContent!,
        cut: box.left < pane.left || box.right > pane.right || box.top < pane.top || box.bottom > pane.bottom,
        under: controls.filter(({ box: c }) => box.left < c.right && c.left < box.right && box.top < c.bottom && c.top < box.bottom).map(({ selector }) => selector),
        shortened: [...label.querySelectorAll<HTMLElement>('.region-title, .region-opening')].some((line) => line.scrollWidth > line.clientWidth),
        title: label.title,
      };
    });
  });
}

/** Keeps what the map's canvas layer and the minimap's canvases show now, to compare with later. */
async function keepPixels(page: Page) {
  await page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas.overview-layer, .minimap canvas')];
    (window as unknown as { kept: Uint8ClampedArray[] }).kept = canvases.map((canvas) => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data);
  });
}

/**
 * What changed since keepPixels, once the canvases are redrawn: on the map, how many pixels and
 * the box around them (null: none); on the minimap, how many.
 */
async function changedPixels(page: Page) {
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const kept = (window as unknown as { kept: Uint8ClampedArray[] }).kept;
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas.overview-layer, .minimap canvas')];
    const changes = canvases.map((canvas, which) => {
      const now = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      for (let at = 0; at < now.length; at += 4) {
        if (now[at] === kept[which]![at] && now[at + 1] === kept[which]![at + 1] && now[at + 2] === kept[which]![at + 2] && now[at + 3] === kept[which]![at + 3]) continue;
        count++;
        const x = (at / 4) % canvas.width;
        const y = Math.floor(at / 4 / canvas.width);
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x);
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y);
      }
      return count ? { count, box } : null;
    });
    const [map, ...minimap] = changes;
    return { map: map ?? null, minimap: minimap.reduce((sum, change) => sum + (change?.count ?? 0), 0) };
  });
}
