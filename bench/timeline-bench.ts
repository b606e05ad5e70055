/**
 * Insight views in the browser on the 2,565-item HN thread (overview at fit view, 1400×900):
 * frames per second while the timeline plays and while its slider is dragged (with how many
 * different moments the map showed), and while panning with the map coloured by tag and by size.
 *   npx vite build && npx tsx bench/timeline-bench.ts
 * Prints one JSON line per measurement. Never a pass/fail threshold: the figures go in the README.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { panFps } from './browser/page-measures';
import { round } from './timing';

const MS = 4000;
const FIXTURE = path.resolve('test/fixtures/hn-firebase_14952787_flat-items_forum-explorer.json');

/** Frames drawn and distinct slider values seen in the page over `ms`, while `act` runs. */
async function framesWhile(page: Page, ms: number, act: () => Promise<void>): Promise<{ fps: number; momentsPerSecond: number; moments: number }> {
  const counting = page.evaluate(
    (duration) =>
      new Promise<{ frames: number; elapsed: number; values: number }>((resolve) => {
        const thumb = document.querySelector('[role="slider"]')!;
        const seen = new Set<string | null>();
        const observer = new MutationObserver(() => seen.add(thumb.getAttribute('aria-valuenow')));
        observer.observe(thumb, { attributes: true, attributeFilter: ['aria-valuenow'] });
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames++;
          if (now - start < duration) requestAnimationFrame(tick);
          else {
            observer.disconnect();
            resolve({ frames, elapsed: now - start, values: seen.size });
          }
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  await act();
  const { frames, elapsed, values } = await counting;
  return { fps: round((frames * 1000) / elapsed, 1), momentsPerSecond: round((values * 1000) / elapsed, 1), moments: values };
}

async function main() {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript('window.__name = (fn) => fn');
  await context.addInitScript(`localStorage.setItem('threadmap.coder', JSON.stringify({ name: 'bench' }))`);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.getByLabel('Open thread file').setInputFiles(FIXTURE);
  await page.getByTestId('tag-counter').filter({ hasText: 'of 2,452' }).waitFor();
  await page.waitForTimeout(1500);
  const emit = (record: object) => console.log(JSON.stringify({ ...record, load: round(loadavg()[0]!, 2) }));

  emit({ kind: 'pan', coloring: 'tags', ...(await panFps(page, MS)) });
  await page.getByLabel('Colour by').selectOption('size');
  await page.waitForTimeout(500);
  emit({ kind: 'pan', coloring: 'size', ...(await panFps(page, MS)) });
  await page.getByLabel('Colour by').selectOption('');

  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.getByRole('button', { name: /Timeline/ }).click();
  await page.getByRole('slider').waitFor();
  await page.waitForTimeout(500);
  const play = page.getByRole('button', { name: 'Play' });
  emit({ kind: 'timeline-play', ...(await framesWhile(page, MS, () => play.click())) });
  await page.getByRole('button', { name: 'Pause' }).click();

  const track = (await page.locator('.timeline-slider').boundingBox())!;
  emit({
    kind: 'timeline-drag',
    ...(await framesWhile(page, MS, async () => {
      await page.mouse.move(track.x + 2, track.y + track.height / 2);
      await page.mouse.down();
      const started = Date.now();
      let step = 0;
      while (Date.now() - started < MS) {
        step++;
        const share = (Math.sin(step / 15) + 1) / 2;
        await page.mouse.move(track.x + 2 + share * (track.width - 4), track.y + track.height / 2);
      }
      await page.mouse.up();
    })),
  });
  await browser.close();
  await server.close();
}

await main();
