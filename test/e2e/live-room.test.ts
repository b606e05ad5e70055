import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './harness';
import { useAppWithSyncServer } from './live-harness';

const AXE_SOURCE = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** Serious and critical axe-core findings on the page as it is (axe served from the app's origin, as the page policy wants). */
async function seriousViolations(page: Page, appUrl: string): Promise<string[]> {
  const axeUrl = new URL('/__axe.min.js', appUrl).href;
  await page.route(axeUrl, (route) => route.fulfill({ body: AXE_SOURCE, contentType: 'text/javascript' }));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeUrl });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const card = (page: Page, id: string) => page.locator(`.react-flow__node .card[data-node-id="${id}"]`);

/** Selects a card with the mouse and tags it with its key (p, c or q). */
async function tag(page: Page, id: string, key: 'p' | 'c' | 'q') {
  await card(page, id).click();
  await expect.poll(() => card(page, id).getAttribute('class')).toContain('selected');
  await page.keyboard.press(key);
}

/** Opens the room's panel from the toolbar, unless it is open already (clicks on the map leave it open). */
async function showRoomPanel(page: Page) {
  if (await page.getByRole('list', { name: 'People in the room' }).isVisible()) return;
  await page.getByRole('button', { name: /^Live \d+ people in the room$/ }).click();
}

// Two people in two browsers on one room: Share live in the first, the Live link opened in the second.
describe('a live room in two browsers', () => {
  const app = useAppWithSyncServer();

  it('shares a map, joins it from the link, merges tags both ways and shows who is where', { timeout: 180_000 }, async () => {
    const ana = await openApp(app.harness(), { coder: 'Ana' });
    let ben: { page: Page; context: BrowserContext; errors: string[] } | null = null;
    try {
      await card(ana.page, 't0').waitFor({ timeout: 45_000 });
      // A tag made before sharing travels with the map.
      await tag(ana.page, 't3', 'p');
      await ana.page.getByRole('button', { name: 'Share live' }).click();
      const linkField = ana.page.getByLabel('Live link');
      await linkField.waitFor();
      const link = await linkField.inputValue();
      expect(await linkField.getAttribute('readonly')).not.toBeNull();
      // Room id and key: 16 random bytes each (22 base64url characters), in the fragment only.
      const match = /^http:\/\/127\.0\.0\.1:\d+\/#live=([\w-]{22,})\.([\w-]{22,})$/.exec(link);
      expect(match).not.toBeNull();
      await expect.poll(() => ana.page.locator('.live-status').textContent()).toContain('Connected');

      // The second person has never given a name here: the link asks for one, once.
      const context = await app.harness().browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(() => localStorage.setItem('threadmap.coder', JSON.stringify({ name: null })));
      const page = await context.newPage();
      ben = { page, context, errors: [] };
      page.on('pageerror', (error) => ben!.errors.push(error.message));
      await page.goto(link);
      const join = page.getByRole('dialog', { name: 'Join the live room' });
      await join.waitFor({ timeout: 45_000 });
      await join.getByLabel('Your name').fill('Ben');
      await join.getByRole('button', { name: 'Join' }).click();
      await expect.poll(() => card(page, 't3').getAttribute('data-tag'), { timeout: 30_000 }).toBe('pro');

      // A tag in each browser appears in the other.
      await tag(page, 't5', 'c');
      await expect.poll(() => card(ana.page, 't5').getAttribute('data-tag'), { timeout: 30_000 }).toBe('con');
      await tag(ana.page, 't7', 'q');
      await expect.poll(() => card(page, 't7').getAttribute('data-tag'), { timeout: 30_000 }).toBe('question');

      // Presence: each sees the other's card outlined with their name, and the other in the list.
      await expect.poll(() => card(page, 't7').getAttribute('data-presence'), { timeout: 30_000 }).toBe('Ana');
      await expect.poll(() => card(ana.page, 't5').getAttribute('data-presence'), { timeout: 30_000 }).toBe('Ben');
      expect(await card(ana.page, 't5').evaluate((element) => getComputedStyle(element).boxShadow)).toMatch(/rgb\(\d+, \d+, \d+\) 0px 0px 0px 4px/);
      const people = ana.page.getByRole('list', { name: 'People in the room' });
      await showRoomPanel(ana.page);
      await expect.poll(() => people.textContent()).toContain('Ben');
      expect(await people.textContent()).toContain('Ana (you)');
      await screenshot(ana.page, 'live-room-owner');

      // Follow: Ben's map goes where Ana goes.
      await showRoomPanel(page);
      await page.getByRole('button', { name: 'Follow Ana' }).click();
      await ana.page.keyboard.press('Escape');
      // Ana goes on to the next sub-debate (t9, the post's second reply), off her screen until she does.
      await card(ana.page, 't7').click();
      await ana.page.keyboard.press('}');
      await expect.poll(() => card(ana.page, 't9').getAttribute('class')).toContain('selected');
      await expect.poll(() => page.evaluate(() => document.querySelector('.card.selected')?.getAttribute('data-node-id')), { timeout: 30_000 }).toBe('t9');
      await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
      await showRoomPanel(page);
      await expect.poll(() => page.getByRole('button', { name: 'Stop following Ana' }).getAttribute('aria-pressed')).toBe('true');
      await screenshot(page, 'live-room-participant-dark');
      // Two people, two colours: the same on both screens.
      const colourOf = (on: Page, id: string) => card(on, id).evaluate((element) => getComputedStyle(element).getPropertyValue('--presence'));
      expect(await colourOf(page, 't9')).not.toBe(await colourOf(ana.page, 't5'));

      // The owner's tab reloaded comes back to the room, still its owner, and locks the structure.
      await ana.page.reload();
      await showRoomPanel(ana.page);
      await ana.page.getByRole('button', { name: 'Lock structure' }).click();
      await expect.poll(() => page.locator('.live-panel').textContent(), { timeout: 30_000 }).toContain('The structure is locked.');
      expect(await card(ana.page, 't5').getAttribute('data-tag')).toBe('con');

      expect(ana.errors).toEqual([]);
      expect(ben.errors).toEqual([]);
    } finally {
      await ben?.context.close();
      await ana.context.close();
    }
  });

  it('keeps each coder blind to the others in a coders room until the owner reveals the layers', { timeout: 120_000 }, async () => {
    const ana = await openApp(app.harness(), { coder: 'Ana' });
    // Ben's browser knows his name: the link joins at once.
    const context = await app.harness().browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      await card(ana.page, 't0').waitFor({ timeout: 45_000 });
      await ana.page.getByRole('button', { name: 'Room mode' }).click();
      await screenshot(ana.page, 'live-room-mode-menu');
      await ana.page.getByRole('menuitemradio', { name: /Coders/ }).click();
      await ana.page.getByRole('button', { name: 'Share live' }).click();
      const link = await ana.page.getByLabel('Live link').inputValue();
      await context.addInitScript(() => localStorage.setItem('threadmap.coder', JSON.stringify({ name: 'Ben' })));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(link);
      await page.getByRole('button', { name: 'Live 2 people in the room' }).waitFor({ timeout: 45_000 });

      await tag(ana.page, 't3', 'p');
      await tag(page, 't3', 'c');
      await showRoomPanel(page);
      const layers = page.getByRole('region', { name: "Coders' layers" });
      await expect.poll(() => layers.textContent(), { timeout: 30_000 }).toContain('Ana: 1 tag');
      expect(await layers.textContent()).toContain('Ben: 1 tag');
      expect(await layers.textContent()).toContain('until the owner reveals');
      // Blind: each map shows its own coder's tag.
      expect(await card(page, 't3').getAttribute('data-tag')).toBe('con');
      expect(await card(ana.page, 't3').getAttribute('data-tag')).toBe('pro');
      expect(await page.getByRole('button', { name: 'Reveal layers' }).count()).toBe(0);

      await showRoomPanel(ana.page);
      await ana.page.getByRole('button', { name: 'Reveal layers' }).click();
      await expect.poll(() => layers.textContent(), { timeout: 30_000 }).toContain('Agreement: 0 %');
      await screenshot(page, 'live-room-coders-revealed');
      expect(await seriousViolations(page, app.harness().url)).toEqual([]);
      await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
      await showRoomPanel(page);
      await screenshot(page, 'live-room-coders-revealed-dark');
      expect(await seriousViolations(page, app.harness().url)).toEqual([]);
      expect(ana.errors).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await ana.context.close();
    }
  });
});
