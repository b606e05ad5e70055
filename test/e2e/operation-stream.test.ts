import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardsOf, codedBy, openFixture } from '../../src/core/agreement/testing/coder-files';
import { exportJson } from '../../src/core/export/json';
import type { Operation } from '../../src/core/operations';
import { openApp, screenshot, harnessForThisFile } from './harness';
import { card, selectedId, goTo, selectInPanel } from './map-page';

const harness = harnessForThisFile();

const streamOps = (page: Page) => page.evaluate(() => window.__threadmapStream?.ops ?? []) as Promise<Operation[]>;
const stillCanvas = (page: Page) => expect.poll(() => page.evaluate(() => document.querySelector('main.canvas')?.classList.contains('animating'))).toBe(false);

/**
 * Performs one command and checks what reached the stream: exactly the operations `kinds` (a
 * view glide after a command may add viewport operations, which `viewport: 'any'` lets through).
 */
async function expectOnStream(page: Page, command: () => Promise<void>, kinds: Operation['kind'][], viewport: 'exact' | 'any' = 'any') {
  await stillCanvas(page);
  const before = (await streamOps(page)).length;
  await command();
  const arrived = async () => {
    const ops = (await streamOps(page)).slice(before);
    return viewport === 'any' ? ops.filter((op) => op.kind !== 'viewport') : ops;
  };
  await expect.poll(async () => (await arrived()).length).toBeGreaterThanOrEqual(kinds.length);
  await stillCanvas(page);
  // Nothing arrives twice, late: the stream is read again once the canvas is still.
  await page.waitForTimeout(300);
  const ops = await arrived();
  expect(ops.map((op) => op.kind)).toEqual(kinds);
  return ops;
}

describe('the operation stream', () => {
  it('hears every command of the UI exactly once, undo and redo included', async () => {
    const { page, context, errors } = await openApp(harness, { coder: 'ana' });
    await page.goto(`${harness.url}?stream`);
    await card(page, 't0').waitFor();
    await expect.poll(() => page.evaluate(() => window.__threadmapStream !== undefined)).toBe(true);

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => selectedId(page)).toBe('t1');
    const [tag] = await expectOnStream(page, () => page.keyboard.press('p'), ['tag']);
    // The category of the map's codebook is recorded beside the tag it counts as.
    expect(tag!.payload).toEqual({ id: 't1', tag: 'pro', category: 'pro' });
    const [clear] = await expectOnStream(page, () => page.keyboard.press('x'), ['tag']);
    expect(clear!.payload).toEqual({ id: 't1', tag: null });
    const [note] = await expectOnStream(page, async () => {
      await page.keyboard.press('n');
      await page.keyboard.type('Why bare metal');
      await page.keyboard.press('Escape');
    }, ['note']);
    expect(note!.payload).toEqual({ id: 't1', note: 'Why bare metal' });

    await goTo(page, 'differences between Unikernel', 't14');
    // Accepting the suggested tag is a tag like any other, with the codebook's category.
    const [accepted] = await expectOnStream(page, () => page.keyboard.press('a'), ['tag']);
    expect(accepted!.payload).toEqual({ id: 't14', tag: 'question', category: 'question' });
    // Cleared again, so no tag waits for the codebook chosen below to recode it.
    await expectOnStream(page, () => page.keyboard.press('x'), ['tag']);
    await selectInPanel(page, 'What are the differences between Unikernel and RTOS?');
    await expect.poll(() => page.getByTestId('claim-draft').textContent()).toContain('Selected:');
    await expectOnStream(page, () => page.keyboard.press('s'), ['split']);

    await goTo(page, 'look promising', 't29');
    await expectOnStream(page, () => page.keyboard.press('p'), ['tag']);
    const [move] = await expectOnStream(page, async () => {
      await page.keyboard.press('m');
      await page.keyboard.press('k');
      await expect.poll(() => selectedId(page)).toBe('t28');
      await page.keyboard.press('Enter');
    }, ['move']);
    expect(move!.payload).toEqual({ id: 't29', parent: 't28' });
    // A tag is relative to the parent, so the moved card's tag waits for a re-check: the same key confirms it.
    await expect.poll(() => card(page, 't29').locator('.recheck-mark').count()).toBe(1);
    const [confirm] = await expectOnStream(page, () => page.keyboard.press('p'), ['confirm']);
    expect(confirm!.payload).toEqual({ id: 't29' });
    await expectOnStream(page, () => page.keyboard.press('x'), ['tag']);
    await expectOnStream(page, () => page.keyboard.press('Shift+M'), ['merge']);
    await expect.poll(() => selectedId(page)).toBe('t28');

    const [codebook] = await expectOnStream(page, async () => {
      await page.keyboard.press('Shift+C');
      await page.getByRole('dialog', { name: 'Codebook' }).getByRole('radio', { name: /RumourEval/ }).check();
      await page.getByRole('button', { name: 'Use this codebook' }).click();
      await expect.poll(() => page.getByRole('dialog', { name: 'Codebook' }).count()).toBe(0);
    }, ['codebook']);
    expect(codebook!.kind === 'codebook' && codebook!.payload.codebook?.scheme).toBe('rumoureval');

    // The coder renames herself: her own map's annotations go under the new name.
    const [renamed] = await expectOnStream(page, async () => {
      await page.getByTestId('coder-line').getByRole('button', { name: 'Change' }).click();
      await page.getByLabel('Your name or coder id').fill('Ana Lima');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
    }, ['mapCoder']);
    expect(renamed!.payload).toEqual({ coder: 'Ana Lima' });

    const [link] = await expectOnStream(page, async () => {
      await page.keyboard.press('l');
      await page.keyboard.press('k');
      await page.keyboard.press('Enter');
    }, ['link']);
    expect(link!.payload).toEqual({ from: 't28', to: 't27', kind: 'quote' });
    await expectOnStream(page, () => page.getByRole('button', { name: 'Remove this quote link' }).click(), ['unlink']);

    await page.keyboard.press('Home');
    await expect.poll(() => selectedId(page)).toBe('t0');
    await expectOnStream(page, () => page.keyboard.press('o'), ['collapse']);
    await expectOnStream(page, () => page.keyboard.press('o'), ['expand']);
    const [layout] = await expectOnStream(page, () => page.keyboard.press('4'), ['layout']);
    expect(layout!.payload).toEqual({ mode: 'outline' });

    const pane = (await page.locator('main.canvas').boundingBox())!;
    const [pan] = await expectOnStream(page, async () => {
      await page.mouse.move(pane.x + pane.width - 60, pane.y + pane.height / 2);
      await page.mouse.down();
      await page.mouse.move(pane.x + pane.width - 60, pane.y + pane.height / 2 + 200, { steps: 8 });
      await page.mouse.up();
    }, ['viewport'], 'exact');
    await expectOnStream(page, () => page.keyboard.press('f'), ['viewport'], 'exact');
    expect(pan!.payload).not.toEqual((await streamOps(page)).at(-1)!.payload);

    const [undone] = await expectOnStream(page, () => page.keyboard.press('Control+z'), ['restore']);
    // The undo puts the quote link back: its restore holds the one splice of the links list.
    expect(undone!.kind === 'restore' && undone!.payload.links).toMatchObject({ insert: [{ from: 't28', to: 't27', kind: 'quote' }] });
    const [redone] = await expectOnStream(page, () => page.keyboard.press('Control+Shift+z'), ['unlink']);
    expect(redone!.id).not.toBe(undone!.id);
    await screenshot(page, 'operation-stream');

    const ops = await streamOps(page);
    expect(new Set(ops.map((op) => op.id)).size).toBe(ops.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hears an adjudicator deciding gold, and taking it back, once each', async () => {
    const hn = openFixture('hn-algolia-derived_14952787_first-3-top-level.json');
    const [first, second] = cardsOf(hn);
    const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-stream-'));
    const files = [['Ana', 'pro'], ['Ben', 'con']].map(([coder, tag]) => {
      const file = path.join(dir, `${coder}.json`);
      writeFileSync(file, exportJson(codedBy(hn, coder!, { [first!]: tag as 'pro' | 'con', [second!]: 'question' }), { now: '2026-11-30T12:00:00.000Z' }));
      return file;
    });
    const { page, context, errors } = await openApp(harness, { coder: 'Cleo' });
    await page.goto(`${harness.url}?stream`);
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(files);
    await expect.poll(() => page.getByTestId('disagreement-count').textContent(), { timeout: 15_000 }).toMatch(/differ on 1 comment/);
    await page.getByRole('button', { name: 'Next disagreement' }).click();
    const panel = page.getByRole('region', { name: 'Coders\' tags and gold' });
    await expect.poll(() => panel.getAttribute('data-node-id')).toBe(first);

    await panel.getByRole('radio', { name: 'Con' }).check();
    await panel.getByLabel('Why (note)').fill('Con reads the parent right.');
    const [gold] = await expectOnStream(page, () => panel.getByRole('button', { name: 'Decide gold' }).click(), ['gold']);
    expect(gold!.payload).toEqual({ id: first, decision: { category: 'con' }, note: 'Con reads the parent right.' });
    expect(gold!.coder).toBe('Cleo');
    const [takenBack] = await expectOnStream(page, () => panel.getByRole('button', { name: 'Take the decision back' }).click(), ['gold']);
    expect(takenBack!.payload).toMatchObject({ id: first, decision: null });
    expect(errors).toEqual([]);
    await context.close();
  });
});
