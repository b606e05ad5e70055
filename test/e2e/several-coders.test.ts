import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardsOf, codedBy, openFixture } from '../../src/core/agreement/testing/coder-files';
import { exportJson } from '../../src/core/export/json';
import type { Tag } from '../../src/core/map/types';
import { createRequire } from 'node:module';
import { harnessForThisFile, openApp, screenshot } from './harness';

const AXE_SOURCE = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** The serious and critical axe-core findings on the page (axe served from the app's origin, as its CSP asks). */
async function seriousAxeFindings(page: Page): Promise<string[]> {
  const axeUrl = new URL('/__axe.min.js', harness.url).href;
  await page.route(axeUrl, (route) => route.fulfill({ body: AXE_SOURCE, contentType: 'text/javascript' }));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeUrl });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const harness = harnessForThisFile();
const HN = 'hn-algolia-derived_14952787_first-3-top-level.json';
const TAGS: Tag[] = ['pro', 'con', 'question'];

/** Two coders of the HN thread: Ana tags the first 60 comments, Ben the 10th to the 70th, differing on every 7th. */
function writeCoderFiles(): { dir: string; ana: string; ben: string } {
  const hn = openFixture(HN);
  const cards = cardsOf(hn);
  const tagsOf = (from: number, to: number, differ: boolean) =>
    Object.fromEntries(cards.slice(from, to).map((id, i) => [id, TAGS[((from + i) % 3 + (differ && (from + i) % 7 === 0 ? 1 : 0)) % 3]!]));
  const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-coders-'));
  const ana = path.join(dir, 'ana.json');
  const ben = path.join(dir, 'ben.json');
  writeFileSync(ana, exportJson(codedBy(hn, 'Ana', tagsOf(0, 60, false)), { now: '2026-11-30T12:00:00.000Z' }));
  writeFileSync(ben, exportJson(codedBy(hn, 'Ben', tagsOf(10, 70, true)), { now: '2026-11-30T12:00:00.000Z' }));
  return { dir, ana, ben };
}

interface CliReport {
  krippendorffAlpha: number;
  percentAgreement: number;
  pairs: { coders: [string, string]; cohenKappa: number }[];
}

const selectedId = (page: Page) => page.evaluate(() => document.querySelector('.card.selected')?.getAttribute('data-node-id') ?? null);

describe('several coders in the browser', () => {
  it('combines two coders\' files, shows the CLI\'s agreement, walks and adjudicates a disagreement, and exports gold that reopens with both layers', async () => {
    const { dir, ana, ben } = writeCoderFiles();
    const cli = JSON.parse(execFileSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/main.ts', 'agreement', ana, ben], { encoding: 'utf8' })) as CliReport;

    const { page, context, errors } = await openApp(harness, { coder: 'Cleo' });
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles([ana, ben]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Combined 2 coders' }).first().textContent()).toContain('Ana coded 60 comments, Ben 60; 50 by both.');
    const coders = page.getByRole('region', { name: 'Coders', exact: true });
    await coders.waitFor();

    // The agreement panel shows the CLI's numbers, exactly.
    await coders.getByRole('button', { name: 'Agreement…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Agreement between coders' });
    const alpha = dialog.locator('[data-measure="alpha"]').first();
    await expect.poll(() => alpha.getAttribute('data-value'), { timeout: 20_000 }).not.toBeNull();
    expect(Number(await alpha.getAttribute('data-value'))).toBe(cli.krippendorffAlpha);
    expect(await alpha.textContent()).toBe(cli.krippendorffAlpha.toFixed(3));
    const kappa = dialog.locator('[data-pair="Ana & Ben"] [data-measure="kappa"]');
    expect(Number(await kappa.getAttribute('data-value'))).toBe(cli.pairs[0]!.cohenKappa);
    expect(Number(await dialog.locator('[data-measure="percent"]').first().getAttribute('data-value'))).toBe(cli.percentAgreement);
    await screenshot(page, 'several-coders-agreement-light');
    // Each sub-debate is named by its top comment's author and words, and counted in comments
    // (the comment and every comment below it in the file; stubs are not comments).
    const hn = openFixture(HN);
    const parentOf = new Map(hn.nodes.map((node) => [node.id, node.parent]));
    const commentsUnder = (top: string) => hn.nodes.filter((node) => {
      if (node.kind !== 'comment') return false;
      for (let id: string | null | undefined = node.id; id; id = parentOf.get(id)) if (id === top) return true;
      return false;
    }).length;
    const rows = await dialog.getByRole('table', { name: 'Sub-debates' }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ id: tr.getAttribute('data-debate-id')!, name: tr.querySelector('button')!.textContent!, comments: tr.querySelectorAll('td')[1]!.textContent! })));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const top = hn.nodes.find((node) => node.id === row.id)!;
      if (top.author) expect(row.name.startsWith(`${top.author}: `)).toBe(true);
      expect(Number(row.comments.replace(/,/g, ''))).toBe(commentsUnder(row.id));
    }
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();

    // Blind coding is on, but Cleo has not coded this map: she adjudicates, and sees every coder's tag.
    expect(await coders.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    expect(await coders.textContent()).toContain('you have not coded this map, so every coder’s tag is shown');
    // The outline, zoomed in until cards are drawn as cards (further out they are painted on one canvas).
    await page.keyboard.press('4');
    await expect
      .poll(async () => {
        const cards = await page.locator('.react-flow__node .card').count();
        if (cards === 0) await page.keyboard.press('+');
        return cards;
      }, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await coders.getByRole('button', { name: 'Next disagreement' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Selected comment' }).count()).toBe(1);
    const first = (await page.getByRole('region', { name: 'Coders\' tags and gold' }).getAttribute('data-node-id'))!;
    // The view follows the selection.
    await expect.poll(() => selectedId(page)).toBe(first);
    await screenshot(page, 'several-coders-walk-dark');
    const badges = page.locator(`.card[data-node-id="${first}"] [data-testid="coder-badges"] .coder-badge`);
    await expect.poll(() => badges.count()).toBe(2);
    const [anaTag, benTag] = await badges.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-category')));
    expect(anaTag).not.toBe(benTag);

    // The adjudicator decides Ben's tag, with a note.
    const panel = page.getByRole('region', { name: 'Coders\' tags and gold' });
    await panel.getByRole('radio', { name: benTag === 'pro' ? 'Pro' : benTag === 'con' ? 'Con' : 'Question' }).check();
    await panel.getByLabel('Why (note)').fill('Ben read the parent right.');
    await screenshot(page, 'several-coders-adjudicate-dark');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Decide gold' }).click();
    await expect.poll(() => page.getByTestId('gold-decided').getAttribute('data-category')).toBe(benTag);
    await expect.poll(() => page.getByTestId('disagreement-count').textContent()).toMatch(/; 1 decided\./);
    await screenshot(page, 'several-coders-gold-dark');

    // Exported: the gold is the main annotation, both layers kept; reopened, it is all still there.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const file = (await (await download).path())!;
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.annotations[first]).toMatchObject({ tag: benTag, coder: 'Cleo' });
    expect(exported.gold[first]).toMatchObject({ category: benTag, decidedBy: 'Cleo', note: 'Ben read the parent right.', coderTags: { Ana: anaTag, Ben: benTag } });
    expect(exported.layers.map((layer: { coder: string }) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(Object.keys(exported.layers[0].annotations)).toHaveLength(60);

    const again = path.join(dir, 'gold.threadmap.json');
    writeFileSync(again, readFileSync(file));
    await page.getByLabel('Open thread file').setInputFiles(again);
    await expect.poll(() => page.getByRole('region', { name: 'Coders', exact: true }).locator('li').allTextContents()).toEqual(['AN Ana', 'BE Ben']);
    // The file keeps the selection: the adjudicated comment is selected again.
    await expect.poll(() => page.getByRole('article', { name: 'Selected comment' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: 'Coders\' tags and gold' }).getAttribute('data-node-id')).toBe(first);
    await expect.poll(() => page.getByTestId('gold-decided').getAttribute('data-category')).toBe(benTag);
    await screenshot(page, 'several-coders-reopened-dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a set of coders\' files dropped on the page, and refuses a file of another thread with a message that names it', async () => {
    const { ana, ben } = writeCoderFiles();
    const other = exportJson(codedBy(openFixture('lobsters_s-tdfoqh_compose-lobsters.json'), 'Dan', {}), { now: '2026-11-30T12:00:00.000Z' });
    const { page, context, errors } = await openApp(harness, { coder: 'Cleo' });
    await page.locator('.react-flow__node .card').first().waitFor();
    const drop = (files: { name: string; text: string }[]) =>
      page.evaluate((list) => {
        const data = new DataTransfer();
        for (const file of list) data.items.add(new File([file.text], file.name, { type: 'application/json' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, files);
    await drop([{ name: 'ana.json', text: readFileSync(ana, 'utf8') }, { name: 'dan.json', text: other }]);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/dan\.json is a map of a different thread/);
    await screenshot(page, 'several-coders-other-thread-refused-light');
    expect(await page.getByRole('region', { name: 'Coders', exact: true }).count()).toBe(0);
    await drop([{ name: 'ana.json', text: readFileSync(ana, 'utf8') }, { name: 'ben.json', text: readFileSync(ben, 'utf8') }]);
    await expect.poll(() => page.getByRole('region', { name: 'Coders', exact: true }).locator('li').allTextContents()).toEqual(['AN Ana', 'BE Ben']);
    await page.getByRole('region', { name: 'Coders', exact: true }).screenshot({ path: 'test-results/screenshots/several-coders-panel-light.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('measures a big map\'s agreement in a worker, with the same numbers as the CLI', async () => {
    const big = openFixture('hn-firebase_14952787_flat-items_forum-explorer.json');
    const cards = cardsOf(big);
    const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-coders-big-'));
    const write = (coder: string, shift: number) => {
      const tags = Object.fromEntries(cards.map((id, i) => [id, TAGS[(i % 3 + (i % (5 + shift) === 0 ? 1 : 0)) % 3]!]));
      const file = path.join(dir, `${coder.toLowerCase()}.json`);
      writeFileSync(file, exportJson(codedBy(big, coder, tags), { now: '2026-11-30T12:00:00.000Z' }));
      return file;
    };
    const files = [write('Ana', 0), write('Ben', 2)];
    const cli = JSON.parse(execFileSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/main.ts', 'agreement', ...files], { encoding: 'utf8' })) as CliReport;
    const { page, context, errors } = await openApp(harness, { coder: 'Cleo' });
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(files);
    const coders = page.getByRole('region', { name: 'Coders', exact: true });
    await coders.waitFor({ timeout: 30_000 });
    const worker = page.waitForEvent('worker', { predicate: (started) => started.url().includes('agreement') });
    await coders.getByRole('button', { name: 'Agreement…' }).click();
    await worker;
    const alpha = page.getByRole('dialog', { name: 'Agreement between coders' }).locator('[data-measure="alpha"]').first();
    await expect.poll(() => alpha.getAttribute('data-value').catch(() => null), { timeout: 60_000 }).not.toBeNull();
    expect(Number(await alpha.getAttribute('data-value'))).toBe(cli.krippendorffAlpha);
    expect(errors).toEqual([]);
    await context.close();
  });
});
