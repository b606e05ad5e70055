import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardsOf, codedBy, openFixture } from '../../src/core/agreement/testing/coder-files';
import { exportJson } from '../../src/core/export/json';
import type { Tag } from '../../src/core/map/types';
import { harnessForThisFile, openApp, screenshot } from './harness';

const harness = harnessForThisFile();
const HN = 'hn-algolia-derived_14952787_first-3-top-level.json';
const TAGS: Tag[] = ['pro', 'con', 'question'];

const card = (page: Page, id: string) => page.locator(`.react-flow__node .card[data-node-id="${id}"]`);
const selectedId = (page: Page) => page.evaluate(() => document.querySelector('.card.selected')?.getAttribute('data-node-id') ?? null);

/** Finds a card by the first words of its comment and leaves the find box, so keys go to the map again. */
async function goTo(page: Page, words: string, id: string) {
  const box = page.getByRole('searchbox', { name: 'Find text or author' });
  await box.fill(words);
  await box.press('Enter');
  await expect.poll(() => selectedId(page)).toBe(id);
  await box.press('Escape');
  await page.getByRole('button', { name: 'Clear the search and filters' }).click();
}

/** Draws the map as cards (the outline, zoomed in until cards are drawn as cards rather than painted). */
async function showCards(page: Page) {
  await page.keyboard.press('4');
  await expect
    .poll(async () => {
      const cards = await page.locator('.react-flow__node .card').count();
      if (cards === 0) await page.keyboard.press('+');
      return cards;
    }, { timeout: 15_000 })
    .toBeGreaterThan(0);
}

/** Zooms in until the card is no longer compact (time and full text; in the outline the footer still has no room), then photographs it. */
async function photographZoomedIn(page: Page, id: string, name: string) {
  await expect
    .poll(async () => {
      const compact = (await card(page, id).getAttribute('class'))!.includes('compact');
      if (compact) await page.keyboard.press('+');
      return compact;
    }, { timeout: 15_000 })
    .toBe(false);
  await card(page, id).screenshot({ path: `test-results/screenshots/${name}.png` });
}

async function exportedJson(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
}

describe('a coder\'s file opened by another coder, then adjudicated', () => {
  it('gives Ben a layer of his own, coded blind beside Ana\'s; Cleo, who coded nothing, walks the disagreements with both coders\' tags shown, decides gold and exports it', async () => {
    const hn = openFixture(HN);
    const cards = cardsOf(hn);
    const textOf = (id: string) => hn.nodes.find((node) => node.id === id)!.text.split(/\s+/).slice(0, 6).join(' ');
    const anas = Object.fromEntries(cards.slice(0, 12).map((id, i) => [id, TAGS[i % 3]!]));
    const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-another-coder-'));
    const anaFile = path.join(dir, 'ana.json');
    writeFileSync(anaFile, exportJson(codedBy(hn, 'Ana', anas), { now: '2026-11-30T12:00:00.000Z' }));
    const [first, second, third] = [cards[0]!, cards[1]!, cards[2]!];
    expect([anas[first], anas[second], anas[third]]).toEqual(['pro', 'con', 'question']);

    // Ben opens Ana's file: blind from the start, her tags on no card.
    const ben = await openApp(harness, { coder: 'Ben' });
    await ben.page.locator('.react-flow__node .card').first().waitFor();
    await ben.page.getByLabel('Open thread file').setInputFiles(anaFile);
    const coders = ben.page.getByRole('region', { name: 'Coders', exact: true });
    await expect.poll(() => coders.locator('li').allTextContents()).toEqual(['AN Ana', 'BE Ben (you)']);
    expect(await coders.textContent()).toContain('Blind coding: on, Ana’s tags hidden');
    await showCards(ben.page);
    await expect.poll(() => ben.page.getByTestId('tag-counter').textContent()).toContain('Tagged 0 of');
    await goTo(ben.page, textOf(second), second);
    expect(await card(ben.page, second).getAttribute('data-tag')).toBe('');
    expect(await ben.page.getByRole('button', { name: 'Con', exact: true }).getAttribute('aria-pressed')).toBe('false');

    // His first tag opens his layer; Ana's tags stay hidden on every card.
    await ben.page.getByRole('button', { name: 'Pro', exact: true }).click();
    await expect.poll(() => card(ben.page, second).getAttribute('data-tag')).toBe('pro');
    await expect.poll(() => ben.page.getByRole('status').filter({ hasText: 'your own layer beside Ana’s' }).count()).toBeGreaterThan(0);
    await goTo(ben.page, textOf(third), third);
    await ben.page.keyboard.press('q');
    await expect.poll(() => card(ben.page, third).getAttribute('data-tag')).toBe('question');
    expect(await ben.page.getByTestId('tag-counter').textContent()).toContain('Tagged 2 of');
    expect(await ben.page.getByTestId('coder-badges').count()).toBe(0);
    if (await card(ben.page, first).count()) expect(await card(ben.page, first).getAttribute('data-tag')).toBe('');
    expect(await coders.textContent()).toContain('Blind coding: on, only your tags shown');
    expect(await ben.page.getByTestId('disagreement-count').textContent()).toContain('stays hidden while you code blind');
    await screenshot(ben.page, 'another-coders-file-blind-coder-light');
    await card(ben.page, second).screenshot({ path: 'test-results/screenshots/another-coders-file-blind-coder-card-light.png' });
    await photographZoomedIn(ben.page, second, 'another-coders-file-blind-coder-card-zoomed-in-light');
    expect(await card(ben.page, second).getByTestId('coder-badges').count()).toBe(0);

    // The agreement panel counts two coders.
    await coders.getByRole('button', { name: 'Agreement…' }).click();
    const dialog = ben.page.getByRole('dialog', { name: 'Agreement between coders' });
    await expect.poll(() => dialog.locator('[data-pair="Ana & Ben"]').count(), { timeout: 20_000 }).toBe(1);
    await ben.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const bens = await exportedJson(ben.page);
    expect(bens.layers.map((layer: { coder: string }) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(Object.keys(bens.layers[0].annotations)).toHaveLength(12);
    expect(bens.layers[0].annotations[second].tag).toBe('con');
    expect(Object.fromEntries(Object.entries(bens.layers[1].annotations).map(([id, a]) => [id, (a as { tag: string }).tag]))).toEqual({ [second]: 'pro', [third]: 'question' });
    expect(bens.annotations).toEqual({});
    expect(ben.errors).toEqual([]);
    await ben.context.close();

    // Cleo opens Ben's file to adjudicate: blind coding stays on, yet she sees both coders' tags.
    const bothFile = path.join(dir, 'ana-and-ben.json');
    writeFileSync(bothFile, JSON.stringify(bens));
    const cleo = await openApp(harness, { coder: 'Cleo' });
    await cleo.page.locator('.react-flow__node .card').first().waitFor();
    await cleo.page.getByLabel('Open thread file').setInputFiles(bothFile);
    const panel = cleo.page.getByRole('region', { name: 'Coders', exact: true });
    await expect.poll(() => panel.locator('li').allTextContents()).toEqual(['AN Ana', 'BE Ben']);
    expect(await panel.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => cleo.page.getByTestId('disagreement-count').textContent()).toBe('They differ on 1 comment; 0 decided.');
    await cleo.page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await showCards(cleo.page);
    await panel.getByRole('button', { name: 'Next disagreement' }).click();
    await expect.poll(() => selectedId(cleo.page)).toBe(second);
    const tags = cleo.page.getByRole('region', { name: 'Coders\' tags and gold' });
    expect(await tags.locator('li').allTextContents()).toEqual(['AN Ana: Con', 'BE Ben: Pro']);
    const badges = card(cleo.page, second).locator('[data-testid="coder-badges"] .coder-badge');
    expect(await badges.evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-coder')}:${node.getAttribute('data-category')}`))).toEqual(['Ana:con', 'Ben:pro']);
    await card(cleo.page, second).screenshot({ path: 'test-results/screenshots/another-coders-file-adjudicator-card-dark.png' });
    await photographZoomedIn(cleo.page, second, 'another-coders-file-adjudicator-card-zoomed-in-dark');
    await tags.getByRole('radio', { name: 'Con' }).check();
    await tags.getByLabel('Why (note)').fill('It answers the parent’s claim, not the post.');
    await screenshot(cleo.page, 'another-coders-file-adjudicator-dark');
    await tags.getByRole('button', { name: 'Decide gold' }).click();
    await expect.poll(() => cleo.page.getByTestId('gold-decided').getAttribute('data-category')).toBe('con');
    await expect.poll(() => card(cleo.page, second).getAttribute('data-tag')).toBe('con');

    const gold = await exportedJson(cleo.page);
    expect(gold.gold[second]).toMatchObject({ category: 'con', decidedBy: 'Cleo', coderTags: { Ana: 'con', Ben: 'pro' } });
    expect(gold.annotations[second]).toMatchObject({ tag: 'con', coder: 'Cleo' });
    expect(gold.layers.map((layer: { coder: string }) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(cleo.errors).toEqual([]);
    await cleo.context.close();
  });
});
