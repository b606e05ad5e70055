import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, harnessForThisFile, fixturePath } from './harness';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

const harness = harnessForThisFile();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page. The built app's Content-Security-Policy refuses inline script, so
 * axe is served from the app's own origin (a routed URL) rather than added as inline content.
 */
async function runAxe(page: Page, scene: string): Promise<Violation[]> {
  const axeUrl = new URL('/__axe.min.js', harness.url).href;
  await page.route(axeUrl, (route) => route.fulfill({ body: AXE_SOURCE, contentType: 'text/javascript' }));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeUrl });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) console.log(`[axe] ${scene}: ${minor.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`).join(', ')}`);
  await screenshot(page, `a11y-${scene}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const toDark = page.getByRole('button', { name: 'Switch to the dark theme' });
  const toLight = page.getByRole('button', { name: 'Switch to the light theme' });
  if (theme === 'dark' && (await toDark.count())) await toDark.click();
  if (theme === 'light' && (await toLight.count())) await toLight.click();
  await page.getByRole('button', { name: theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme' }).waitFor();
}

describe('axe-core on the main screens', () => {
  it.each(['light', 'dark'] as const)('finds no serious or critical violation in the %s theme: map, selected card, paste dialog, shortcut help, codebook dialog', async (theme) => {
    const { page, context } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    await switchTheme(page, theme);
    // Let the theme's colours settle (cards fade between themes).
    await page.waitForTimeout(400);
    expect(await runAxe(page, `${theme}-map`)).toEqual([]);

    await page.locator('.react-flow__node .card.comment').first().click();
    await page.keyboard.press('p');
    await page.locator('.side-panel article').waitFor();
    expect(await runAxe(page, `${theme}-selected`)).toEqual([]);

    await page.getByRole('button', { name: 'Paste' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await runAxe(page, `${theme}-paste`)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    expect(await runAxe(page, `${theme}-help`)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.keyboard.press('Shift+C');
    await page.getByRole('dialog', { name: 'Codebook' }).waitFor();
    await page.getByRole('radio', { name: 'Write my own' }).check();
    expect(await runAxe(page, `${theme}-codebook`)).toEqual([]);
    await context.close();
  });
});

/** The focused element (or, for the hidden file input, its visible label) shows a focus ring. */
async function focusIsVisible(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { element: 'body', visible: false };
    // A file input is drawn by its label; the ring has to be on what the eye sees.
    const shown = active instanceof HTMLInputElement && active.type === 'file' ? (active.closest('label') ?? active) : active;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = shown.getBoundingClientRect();
    const name = `${shown.tagName.toLowerCase()} "${shown.getAttribute('aria-label') ?? shown.textContent?.trim().slice(0, 30)}"`;
    return { element: name, visible: (outline || ring) && box.width > 4 && box.height > 4 };
  });
}

async function tabTo(page: Page, matches: (label: string) => boolean, limit = 60): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await focusIsVisible(page);
    // Past the last control, Tab leaves the page for the browser's own controls.
    if (focus.element === 'body') continue;
    seen.push(`${focus.element}${focus.visible ? '' : ' (NO VISIBLE FOCUS)'}`);
    if (matches(focus.element)) return seen;
  }
  throw new Error(`Tab never reached the control; focus went: ${seen.join(' → ')}`);
}

describe('the whole job with the keyboard alone', () => {
  it('opens a file, moves through cards, tags, writes a note and exports, with visible focus throughout', async () => {
    const { page, context, errors } = await openApp(harness);
    // Listening early: Playwright turns on file chooser interception asynchronously, and a chooser
    // opened before that is lost.
    const chooser = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));
    await page.locator('.react-flow__node .card').first().waitFor();

    // Open a file: Tab to the file control and press Enter.
    const toFile = await tabTo(page, (label) => label.includes('Open thread file'));
    expect(toFile.filter((step) => step.includes('NO VISIBLE FOCUS'))).toEqual([]);
    await screenshot(page, 'a11y-keyboard-file-focus');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(fixturePath('lobsters_s-tdfoqh_compose-lobsters.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toMatch(/Tagged 0 of 10$/);
    // The story's card is drawn once the new map is laid out.
    await page.locator('.card[data-node-id="tdfoqh"]').waitFor();

    // Move through the cards in reading order and tag three of them.
    const selected = () => page.locator('.card.selected').getAttribute('data-node-id');
    await page.keyboard.press('j');
    const first = await selected();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = await selected();
    expect(second).not.toBe(first);
    await page.keyboard.press('p');
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    await page.keyboard.press('j');
    await page.keyboard.press('q');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toMatch(/Tagged 3 of/);

    // Tags are shown in words, not by colour alone.
    const badges = page.locator('.react-flow__node .card[data-tag]:not([data-tag=""]) .tag-badge');
    await expect.poll(async () => (await badges.allTextContents()).map((text) => text.replace(/[^A-Za-z]/g, '')).sort()).toEqual(['Con', 'Pro', 'Question']);

    // A note: N focuses the field, Escape leaves it and keeps the text.
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('note');
    expect((await focusIsVisible(page)).visible).toBe(true);
    await page.keyboard.type('Asks for the source of the benchmark.');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? '')).not.toBe('note');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('[data-field="note"]').inputValue()).toBe('Asks for the source of the benchmark.');
    await screenshot(page, 'a11y-keyboard-tagged');

    // Export: Tab to Export JSON and press Enter.
    const toExport = await tabTo(page, (label) => label.includes('Export JSON'));
    expect(toExport.filter((step) => step.includes('NO VISIBLE FOCUS'))).toEqual([]);
    await screenshot(page, 'a11y-keyboard-export-focus');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { annotations: Record<string, { tag?: string; note?: string }> };
    const tags = Object.values(exported.annotations).map((annotation) => annotation.tag).sort();
    expect(tags).toEqual(['con', 'pro', 'question']);
    expect(Object.values(exported.annotations).some((annotation) => annotation.note === 'Asks for the source of the benchmark.')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
