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
