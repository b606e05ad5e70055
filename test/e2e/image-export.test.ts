import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MIN_IMAGE_WIDTH } from '../../src/features/export/image/map-image-plan';
import { openApp, screenshot, SCREENSHOTS, harnessForThisFile, fixturePath } from './harness';

const BIG_THREAD = 'hn-firebase_14952787_flat-items_forum-explorer.json';

const harness = harnessForThisFile();

/** Picks an image entry of the Export menu and returns the downloaded file's bytes and name. */
async function exportImage(page: Page, entry: string): Promise<{ bytes: Buffer; name: string; file: string }> {
  const download = page.waitForEvent('download', { timeout: 45_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: entry }).click();
  const done = await download;
  const file = (await done.path())!;
  return { bytes: readFileSync(file), name: done.suggestedFilename(), file };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  expect(open).not.toBeNull();
  return { width: Number(open![1]), height: Number(open![2]) };
}

const cardCount = (svg: string) => svg.match(/<g transform="translate\([^)]*\)" data-id="/g)?.length ?? 0;
const notice = (page: Page) => page.locator('.notice-toast').textContent();

/** React Flow's transform and the pane's size, as the app sees them. */
async function viewOf(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const pane = document.querySelector<HTMLElement>('.canvas .react-flow')!;
    const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(viewport.style.transform)!;
    return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]), width: pane.clientWidth, height: pane.clientHeight };
  });
}

const keep = (file: string, name: string) => copyFileSync(file, path.join(SCREENSHOTS, name));

describe('image export', () => {
  it('exports the sample as SVG and PNG of the whole map and PNG of the view, with the tag shown', async () => {
    const { page, context, errors } = await openApp(harness);
    const cards = page.locator('.react-flow__node .card');
    await cards.first().waitFor();
    // The counter leaves out the root, which takes no tag; the image draws it as a card.
    const nodes = Number(/of ([\d,]+)/.exec((await page.getByTestId('tag-counter').textContent())!)![1]!.replaceAll(',', '')) + 1;
    const reply = page.locator('.react-flow__node .card.comment').first();
    const replyId = (await reply.getAttribute('data-node-id'))!;
    await reply.click();
    await page.getByRole('button', { name: 'Pro', exact: true }).click();
    await expect.poll(() => reply.getAttribute('data-tag')).toBe('pro');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    for (const entry of ['Export PNG (whole map)', 'Export SVG (whole map)', 'Export PNG (current view)', 'Export PNG (sub-debates at a glance)']) {
      await page.getByRole('menuitem', { name: entry }).waitFor();
    }
    await screenshot(page, 'export-image-menu');
    await page.keyboard.press('Escape');

    const svgFile = await exportImage(page, 'Export SVG (whole map)');
    const svg = svgFile.bytes.toString('utf8');
    expect(svgFile.name).toBe('a-go-unikernel-running-on-x86-bare-metal.svg');
    expect(cardCount(svg)).toBe(nodes);
    expect(svg).toContain(`data-id="${replyId}" data-tag="pro"`);
    expect(svg).toContain('>Whole map:</text>');
    expect(svg).toContain('+ Pro (1)');
    expect(svg).toContain('? Question (0)');
    expect(svg).not.toMatch(/<script|<foreignObject/i);
    const whole = svgSize(svg);
    await expect.poll(() => notice(page)).toContain(`Exported the whole map as SVG (${whole.width.toLocaleString('en-US')} × ${whole.height.toLocaleString('en-US')} px, ${nodes} cards)`);

    const pngFile = await exportImage(page, 'Export PNG (whole map)');
    expect(pngFile.name).toBe('a-go-unikernel-running-on-x86-bare-metal.png');
    expect(pngSize(pngFile.bytes)).toEqual(whole);
    expect(pngFile.bytes.length).toBeGreaterThan(20_000);
    keep(pngFile.file, 'export-sample-whole.png');

    const view = await viewOf(page);
    const viewFile = await exportImage(page, 'Export PNG (current view)');
    const scale = Math.max(1, view.zoom);
    const mapWidth = Math.ceil((view.width / view.zoom) * scale);
    expect(pngSize(viewFile.bytes)).toEqual({ width: Math.max(MIN_IMAGE_WIDTH, mapWidth), height: 64 + Math.ceil((view.height / view.zoom) * scale) });
    keep(viewFile.file, 'export-sample-view.png');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the 2,565-item thread whole, and scales a PNG too tall for a canvas down with a notice', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__node .card').first().waitFor();
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(BIG_THREAD));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 30_000 }).toContain('of 2,452');

    const svgFile = await exportImage(page, 'Export SVG (whole map)');
    const svg = svgFile.bytes.toString('utf8');
    expect(cardCount(svg)).toBe(2565);
    expect(svg).toContain('Google Fires Employee Behind Controversial Diversity Memo');
    const whole = svgSize(svg);

    const pngFile = await exportImage(page, 'Export PNG (whole map)');
    expect(pngSize(pngFile.bytes)).toEqual(whole);
    keep(pngFile.file, 'export-big-whole.png');

    const viewFile = await exportImage(page, 'Export PNG (current view)');
    const viewSize = pngSize(viewFile.bytes);
    expect(viewSize.width).toBeGreaterThanOrEqual(MIN_IMAGE_WIDTH);
    expect(viewSize.height).toBeGreaterThan(64);
    keep(viewFile.file, 'export-big-view.png');

    // The sub-debates at a glance: the map fitted to about 2,400 px, its big sub-debates named.
    const debatesFile = await exportImage(page, 'Export PNG (sub-debates at a glance)');
    expect(debatesFile.name).toBe('google-fires-employee-behind-controversial-diversity-memo.sub-debates.png');
    const debates = pngSize(debatesFile.bytes);
    expect(Math.max(debates.width, debates.height)).toBeLessThanOrEqual(2_500);
    expect(Math.max(debates.width, debates.height)).toBeGreaterThan(2_000);
    await expect.poll(() => notice(page)).toMatch(/^Exported the sub-debates as PNG \([\d,]+ × [\d,]+ px, (\d+) named, 2,565 cards as blocks\)/);
    expect(Number(/, (\d+) named/.exec((await notice(page))!)![1])).toBeGreaterThanOrEqual(8);
    keep(debatesFile.file, 'export-big-sub-debates.png');

    // The outline is one column of 2,565 rows, far taller than any canvas.
    await page.getByRole('radio', { name: 'Outline layout' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Outline layout' }).getAttribute('aria-checked')).toBe('true');
    const tallFile = await exportImage(page, 'Export PNG (whole map)');
    const tall = pngSize(tallFile.bytes);
    expect(tall.height).toBeLessThanOrEqual(16_000);
    expect(tall.height).toBeGreaterThan(15_000);
    await expect.poll(() => notice(page)).toMatch(/^Exported the whole map as PNG scaled to \d+(\.\d)?% \(/);
    expect(await page.locator('[role="status"]').filter({ hasText: 'scaled to' }).textContent()).toMatch(/at full size \([\d,]+ × [\d,]+ px\) it is more than a browser canvas holds/);
    keep(tallFile.file, 'export-big-outline-scaled.png');
    expect(errors).toEqual([]);
    await context.close();
  });
});
