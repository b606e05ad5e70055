import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/core/document/open-input';
import { layoutMap } from '../../src/core/layout';
import { findSubDebates } from '../../src/core/layout/regions';
import { buildMap } from '../../src/core/map/graph';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';
import { card, goTo, settle, viewOf, zoomTo as zoomOn } from './map-page';

/*
 * What each zoom shows, looked at on the screen: far out the sub-debates are labelled regions,
 * from 35 % the cards carry text at 12 px or more. Screenshots of every mode at fit view and at
 * 35 % go to test-results/screenshots/semzoom-*.png.
 */

const HN_THREAD = 'hn-firebase_14952787_flat-items_forum-explorer.json';
const REDDIT_THREAD = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';
const MODES = [
  ['overview', '1'],
  ['tree-down', '2'],
  ['tree-right', '3'],
  ['outline', '4'],
] as const;

const harness = harnessForThisFile();
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

/** Serious or critical axe-core findings inside the sub-debate labels (axe served from the app's origin, as the CSP wants). */
async function axeOnLabels(page: Page): Promise<string[]> {
  const axeUrl = new URL('/__axe.min.js', harness.url).href;
  await page.route(axeUrl, (route) => route.fulfill({ body: AXE_SOURCE, contentType: 'text/javascript' }));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeUrl });
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null }> };
    const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<Result> } }).axe;
    const result = await axe.run('.region-labels', { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

async function openFixture(page: Page, name: string, count: number) {
  await page.locator('.react-flow__node .card').first().waitFor();
  await page.getByLabel('Open thread file').setInputFiles(fixturePath(name));
  await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toMatch(new RegExp(`of ${count.toLocaleString('en')}$|of ${count}$`));
}

/**
 * Zooms to `target` about a point low in the pane, where the opening view has cards (fit view
 * keeps them above the Colour by strip and the minimap).
 */
const zoomTo = (page: Page, target: number) => zoomOn(page, target, { x: 0.35, y: 0.75 });

/** The smallest on-screen size of card text among the mounted cards (glyph em size in px). */
async function smallestCardText(page: Page): Promise<{ cards: number; smallest: number }> {
  return page.evaluate(() => {
    let smallest = Infinity;
    for (const card of document.querySelectorAll<HTMLElement>('.react-flow__node .card')) {
      // On-screen size over laid-out size: the zoom times the card's own enlargement.
      const factor = card.getBoundingClientRect().height / parseFloat(getComputedStyle(card).height);
      for (const element of card.querySelectorAll<HTMLElement>('.author, .excerpt, .excerpt-inline, .time, .footer, .tag-badge')) {
        if (element.getClientRects().length === 0) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * factor);
      }
    }
    // To a hundredth of a pixel: the ratio of two laid-out sizes carries float noise (11.999998).
    return { cards: document.querySelectorAll('.react-flow__node .card').length, smallest: Math.round(smallest * 100) / 100 };
  });
}

/** The most lines of comment text a compact card shows (its excerpt's height over its line height). */
async function mostCompactLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    let most = 0;
    for (const excerpt of document.querySelectorAll<HTMLElement>('.react-flow__node .card.compact .excerpt')) {
      most = Math.max(most, Math.round(excerpt.offsetHeight / parseFloat(getComputedStyle(excerpt).lineHeight)));
    }
    return most;
  });
}

const labels = (page: Page) => page.getByRole('navigation', { name: 'Sub-debates, largest first' }).getByRole('button');

describe('semantic zoom', () => {
  it('labels every big sub-debate of the 2,565-item thread at fit view in every mode, and shows text from 35 %', async () => {
    const { page, context, errors } = await openApp(harness);
    await openFixture(page, HN_THREAD, 2452);
    for (const [mode, key] of MODES) {
      await page.keyboard.press(key);
      await page.keyboard.press('f');
      await settle(page);
      await screenshot(page, `semzoom-hn-${mode}-fit`);
      if ((await viewOf(page)).zoom >= 0.35) {
        // Fit view near enough for cards to carry text (a mode that fits only part of the map).
        expect((await smallestCardText(page)).smallest, mode).toBeGreaterThanOrEqual(12);
      } else {
        // The six replies to the post holding 3 % or more, and the two big branches of the largest.
        const names = await labels(page).evaluateAll((buttons) => buttons.map((button) => button.textContent ?? ''));
        for (const count of [778, 458, 278, 253, 203, 119, 81, 77]) expect(names.some((name) => name.includes(`${count} comments`)), `${mode}: ${count}`).toBe(true);
        expect(names[0]).toContain('marcoperaza · 778 comments');
        // In the accessibility tree, named by what it shows: who started it, its size, how it opens.
        const name = /^marcoperaza · 778 comments Sub-debate starting: The author.s arguments .+ 304 people · 23 levels deep ?\. Zoom to it\.$/;
        expect(await page.getByRole('button', { name }).count()).toBe(1);
        // Drawn where they can be read: no two labels overlap, none leaves the window.
        const boxes = await labels(page).evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect));
        const pane = (await page.locator('.canvas').boundingBox())!;
        // Nor under the controls drawn over the map, the Colour by strip at its foot included.
        const controls = await page.locator('.layout-switcher, .view-controls, .minimap, .insight-bar').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
        expect(controls.length).toBe(4);
        const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        for (const [i, a] of boxes.entries()) {
          expect(a.left >= pane.x - 1 && a.right <= pane.x + pane.width + 1 && a.top >= pane.y - 1 && a.bottom <= pane.y + pane.height + 1, `${mode}: label ${i} in the window`).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(apart(a, b), `${mode}: labels overlap`).toBe(true);
          for (const control of controls) expect(apart(a, control), `${mode}: label ${i} under a control`).toBe(true);
        }
      }

      await zoomTo(page, 0.35);
      expect((await viewOf(page)).zoom).toBeGreaterThanOrEqual(0.35);
      expect((await viewOf(page)).zoom).toBeLessThan(0.36);
      await screenshot(page, `semzoom-hn-${mode}-35`);
      // From 35 % the regions give way to cards, whose text is 12 px or more on screen.
      expect(await labels(page).count()).toBe(0);
      const text = await smallestCardText(page);
      if (text.cards > 0) expect(text.smallest).toBeGreaterThanOrEqual(12);
      // A tree or outline card shows its author and two lines of the comment (overview rows: one).
      if (mode !== 'overview') expect(await mostCompactLines(page), mode).toBe(2);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('zooms to a sub-debate when its label is chosen by keyboard, with the comment that started it in view', async () => {
    const { page, context, errors } = await openApp(harness);
    await openFixture(page, HN_THREAD, 2452);
    await page.keyboard.press('1');
    await page.keyboard.press('f');
    await settle(page);
    // Reached with Tab like any control, with a visible focus ring.
    await page.getByRole('radio', { name: /Overview layout/ }).focus();
    let focused = '';
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.classList.contains('region-label') ? document.activeElement.textContent : '') ?? '');
    }
    expect(focused).toContain('778 comments');
    const rootId = await page.evaluate(() => document.activeElement!.getAttribute('data-root'));
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await screenshot(page, 'semzoom-hn-label-focus');
    expect(await axeOnLabels(page)).toEqual([]);
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    expect(await axeOnLabels(page)).toEqual([]);
    await screenshot(page, 'semzoom-hn-label-focus-dark');
    await page.getByRole('button', { name: 'Switch to the light theme' }).click();
    await page.locator('.region-label[data-count="778"]').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    const after = await viewOf(page);
    // It opens into cards with text, starting with the comment that started it, in view.
    expect(after.zoom).toBeGreaterThanOrEqual(0.35);
    await screenshot(page, 'semzoom-hn-region-opened');
    expect(await labels(page).count()).toBe(0);
    // That comment is selected and shown in the panel, and the keys go to the map: its cards are
    // many, drawn by the canvas layer, so the map's tree holds the focus for the card.
    await expect.poll(() => page.evaluate(() => document.querySelector('[aria-label="Selected comment"]')?.textContent ?? '')).toContain('The author');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-map-tree]') !== null)).toBe(true);
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.querySelector('[aria-label="Selected comment"]')?.textContent ?? '')).not.toContain('The author');
    // Where that comment's card is, from the same layout computed here for the pane's shape.
    const pane = (await page.locator('.canvas').boundingBox())!;
    const opened = openInput(readFileSync(fixturePath(HN_THREAD), 'utf8'), { retrievedAt: null, fileName: HN_THREAD });
    if (!opened.ok) throw new Error(opened.error.message);
    const graph = buildMap(opened.value.nodes).graph;
    const layout = layoutMap(graph, { mode: 'overview', aspect: Math.round((pane.width / pane.height) * 4) / 4 });
    const at = graph.index.get(rootId!)!;
    const left = layout.x[at]! * after.zoom + after.x;
    const top = layout.y[at]! * after.zoom + after.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left + layout.width[at]! * after.zoom).toBeLessThanOrEqual(pane.width);
    expect(top + layout.height[at]! * after.zoom).toBeLessThanOrEqual(pane.height);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('zooms to the largest sub-debate when it is clicked in the minimap', async () => {
    const { page, context, errors } = await openApp(harness);
    await openFixture(page, HN_THREAD, 2452);
    await page.keyboard.press('2');
    await page.keyboard.press('f');
    await settle(page);
    const pane = (await page.locator('.canvas').boundingBox())!;
    const opened = openInput(readFileSync(fixturePath(HN_THREAD), 'utf8'), { retrievedAt: null, fileName: HN_THREAD });
    if (!opened.ok) throw new Error(opened.error.message);
    const graph = buildMap(opened.value.nodes).graph;
    const layout = layoutMap(graph, { mode: 'tree-down', aspect: Math.round((pane.width / pane.height) * 4) / 4 });
    const largest = findSubDebates(graph, layout).filter((region) => region.level === 1).sort((a, b) => b.count - a.count)[0]!;
    expect(largest.count).toBe(778);
    // The middle of its biggest piece, where the minimap draws it (its scale: fit with 6 px of padding).
    const minimap = (await page.locator('.minimap').boundingBox())!;
    const { bounds } = layout;
    const scale = Math.min((minimap.width - 12) / bounds.width, (minimap.height - 12) / bounds.height);
    const piece = [...largest.pieces].sort((a, b) => b.width * b.height - a.width * a.height)[0]!;
    const at = (x: number, y: number) => ({
      x: minimap.x + 6 - bounds.x * scale + (minimap.width - 12 - bounds.width * scale) / 2 + x * scale,
      y: minimap.y + 6 - bounds.y * scale + (minimap.height - 12 - bounds.height * scale) / 2 + y * scale,
    });
    const point = at(piece.x + piece.width / 2, piece.y + piece.height / 2);
    await page.mouse.click(point.x, point.y);
    await settle(page);
    await screenshot(page, 'semzoom-hn-minimap-opened');
    // Cards with text, and the comment that started it in view.
    const view = await viewOf(page);
    expect(view.zoom).toBeGreaterThanOrEqual(0.35);
    const root = largest.root;
    const left = layout.x[root]! * view.zoom + view.x;
    const top = layout.y[root]! * view.zoom + view.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left + layout.width[root]! * view.zoom).toBeLessThanOrEqual(pane.width);
    expect(top + layout.height[root]! * view.zoom).toBeLessThanOrEqual(pane.height);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows each tag by its symbol where the card has no room for the tag badge', async () => {
    const { page, context, errors } = await openApp(harness);
    await card(page, 't0').waitFor();
    await goTo(page, 'look promising', 't29');
    // Pro, con and question on three cards in reading order, from the keyboard.
    for (const [key, tag] of [['p', 'pro'], ['c', 'con'], ['q', 'question']] as const) {
      const id = await page.locator('.card.selected').getAttribute('data-node-id');
      await page.keyboard.press(key);
      await expect.poll(() => card(page, id!).getAttribute('data-tag')).toBe(tag);
      await page.keyboard.press('j');
    }
    /** Each mounted tagged card: its tag, the symbol shown before the author (if any), its on-screen size, and whether the badge shows. */
    const marks = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.react-flow__node .card[data-tag]:not([data-tag=""])')].map((card) => {
          const mark = card.querySelector<HTMLElement>('.tag-mark');
          const badge = card.querySelector<HTMLElement>('.tag-badge');
          const shown = (element: HTMLElement | null) => element !== null && element.getClientRects().length > 0 && element.getBoundingClientRect().width > 0;
          const factor = card.getBoundingClientRect().height / parseFloat(getComputedStyle(card).height);
          return {
            tag: card.dataset.tag,
            symbol: shown(mark) ? mark!.querySelector('[aria-hidden]')!.textContent : null,
            px: shown(mark) ? parseFloat(getComputedStyle(mark!).fontSize) * factor : 0,
            badge: shown(badge),
          };
        }),
      );
    const SYMBOL = { pro: '+', con: '−', question: '?' } as Record<string, string>;
    // Full cards at 100 %: the badge in the footer says it; no second symbol.
    for (let press = 0; press < 8 && (await viewOf(page)).zoom < 1; press++) {
      await page.keyboard.press('+');
      await settle(page);
    }
    expect(await marks()).toEqual(expect.arrayContaining([expect.objectContaining({ tag: 'pro', symbol: null, badge: true })]));
    // Compact cards (under 50 %) drop the footer: the symbol, at 12 px or more, stands before the author.
    for (let press = 0; press < 8 && (await viewOf(page)).zoom >= 0.5; press++) {
      await page.keyboard.press('-');
      await settle(page);
    }
    expect((await viewOf(page)).zoom).toBeLessThan(0.5);
    // The cards restyle a frame after the view stops.
    await expect.poll(async () => (await marks()).filter((mark) => mark.symbol !== null).length).toBe(3);
    await screenshot(page, 'semzoom-tag-marks-compact');
    const compact = await marks();
    expect(compact.map((mark) => mark.tag).sort()).toEqual(['con', 'pro', 'question']);
    for (const mark of compact) {
      expect(mark.badge, mark.tag).toBe(false);
      expect(mark.symbol, mark.tag).toBe(SYMBOL[mark.tag!]);
      expect(mark.px, mark.tag).toBeGreaterThanOrEqual(12);
    }
    // The next press out stops at 35 %, the last zoom with text, not at 34.7 % where it would be gone.
    await page.keyboard.press('-');
    await settle(page);
    expect((await viewOf(page)).zoom).toBeCloseTo(0.35, 4);
    const text = await smallestCardText(page);
    expect(text.cards).toBeGreaterThan(0);
    expect(text.smallest).toBeGreaterThanOrEqual(12);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets no text of the page under 12 px on screen: suggested tags, key hints in the tag buttons and tooltips, the zoom level', async () => {
    const { page, context, errors } = await openApp(harness, { width: 1400, height: 900 });
    await page.locator('.react-flow__node .card').first().waitFor();
    // The sample in the outline, whose cards at fit view carry their suggested tags; a reply
    // selected, so the tag buttons show their keys; a button pointed at, so its tooltip shows its key.
    await page.keyboard.press('4');
    await page.keyboard.press('f');
    await settle(page);
    for (let i = 0; i < 2; i++) await page.keyboard.press('j');
    await page.getByRole('button', { name: 'Fit view' }).hover();
    await page.locator('.tooltip .kbd').waitFor();
    for (const shown of ['.react-flow__node .suggested-tag', '.tag-buttons .kbd-hint', '.tooltip .kbd', '.zoom-level']) {
      expect(await page.locator(shown).count(), shown).toBeGreaterThan(0);
    }
    const small = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        if (element.getClientRects().length === 0 || ![...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim())) continue;
        // A card's text shows at its size times the zoom and the card's own enlargement.
        const card = element.closest('.react-flow__node')?.firstElementChild as HTMLElement | null | undefined;
        const factor = card ? card.getBoundingClientRect().height / parseFloat(getComputedStyle(card).height) : 1;
        const px = Math.round(parseFloat(getComputedStyle(element).fontSize) * factor * 100) / 100;
        if (px < 12) found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${px} px`);
      }
      return [...new Set(found)];
    });
    expect(small).toEqual([]);
    await screenshot(page, 'semzoom-smallest-text');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the Reddit thread readably at fit view and at 35 % in every mode', async () => {
    const { page, context, errors } = await openApp(harness);
    await openFixture(page, REDDIT_THREAD, 49);
    for (const [mode, key] of MODES) {
      await page.keyboard.press(key);
      await page.keyboard.press('f');
      await settle(page);
      await screenshot(page, `semzoom-reddit-${mode}-fit`);
      const { zoom } = await viewOf(page);
      if (zoom < 0.35) {
        expect(await labels(page).count(), mode).toBeGreaterThan(0);
      } else {
        expect((await smallestCardText(page)).smallest, mode).toBeGreaterThanOrEqual(12);
      }
      await zoomTo(page, 0.35);
      await screenshot(page, `semzoom-reddit-${mode}-35`);
      const text = await smallestCardText(page);
      expect(text.cards, mode).toBeGreaterThan(0);
      expect(text.smallest, mode).toBeGreaterThanOrEqual(12);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('rows of the 2,565-item thread in the overview at 50 %', () => {
  it('[regression] give their words all but a few pixels of each row, so more rows show words after the author, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, context, errors } = await openApp(harness);
      await openFixture(page, HN_THREAD, 2452);
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
      await page.keyboard.press('1');
      await page.keyboard.press('Home');
      await settle(page);
      await zoomOn(page, 0.5);
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.react-flow__node .card.row')].map((row) => {
          const box = row.getBoundingClientRect();
          const meta = row.querySelector('.meta')!.getBoundingClientRect();
          return { width: box.width, left: meta.left - box.left, right: box.right - meta.right, words: row.querySelector('.excerpt-inline')!.getBoundingClientRect().width };
        }),
      );
      // The post's banner, and the rows of its first columns, mounted as cards.
      expect(rows.length).toBeGreaterThan(100);
      // The card's padding took 16 px on the left and 11 on the right of rows 86–150 px wide.
      expect(Math.max(...rows.map((row) => row.left))).toBeLessThanOrEqual(10);
      expect(Math.max(...rows.map((row) => row.right))).toBeLessThanOrEqual(6);
      // Half the rows had no room for a word (20 px) after the author; now most have.
      expect(rows.filter((row) => row.words >= 20).length / rows.length).toBeGreaterThan(0.6);
      await screenshot(page, `overview-rows-50-${theme}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('rows of the sample thread in the overview at fit view', () => {
  it('cut a suggested tag short with an ellipsis, not mid-word', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.canvas .react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('1');
    await page.keyboard.press('f');
    await settle(page);
    const tags = await page.locator('.react-flow__node .card.row .suggested-tag').evaluateAll((chips) =>
      chips.map((chip) => ({ cut: chip.scrollWidth > chip.clientWidth, display: getComputedStyle(chip).display, ellipsis: getComputedStyle(chip).textOverflow })),
    );
    // The deeper rows are narrower: there "suggested: question" does not fit.
    const cut = tags.filter((tag) => tag.cut);
    expect(cut.length).toBeGreaterThan(0);
    // An ellipsis is drawn by a block's text only: inside a flex box the text was cut mid-word.
    for (const tag of cut) expect(tag).toEqual({ cut: true, display: 'block', ellipsis: 'ellipsis' });
    await screenshot(page, 'overview-sample-suggested-tags-cut');
    expect(errors).toEqual([]);
    await context.close();
  });
});
