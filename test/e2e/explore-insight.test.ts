import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath, harnessForThisFile, openApp, screenshot } from './harness';

const harness = harnessForThisFile();
const HN = 'hn-firebase_14952787_flat-items_forum-explorer.json';

interface Item { id: number; parent?: number; by?: string; time?: number; type: string }
const items = JSON.parse(readFileSync(fixturePath(HN), 'utf8')) as Item[];
const byId = new Map(items.map((item) => [String(item.id), item]));
/** Comment times in ms, earliest first, read straight from the recorded items. */
const commentTimes = items.filter((item) => item.type === 'comment' && item.time !== undefined).map((item) => item.time! * 1000).sort((a, b) => a - b);

async function viewport(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(element.style.transform)!;
    return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
  });
}

const mountedIds = (page: Page) => page.locator('.react-flow__node .card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-node-id')!));

describe('exploring the 2,565-item thread: sub-debates, time, people and colour', () => {
  it('zooms to the largest sub-debate, replays the map at a middle time, highlights a person, colours by size', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
    // The notice counts comments as the summary does (the post and the 112 deleted ones' count apart).
    await expect.poll(() => page.locator('.notice-toast').textContent()).toMatch(/: 2,564 comments\.$/);
    // The overview, coloured by size at fit view, with a legend.
    await page.getByLabel('Colour by').selectOption('size');
    const legend = page.getByRole('group', { name: 'Colour scale: comments' });
    expect(await legend.locator('li').count()).toBeGreaterThanOrEqual(4);
    await page.waitForTimeout(300);
    await screenshot(page, 'explore-colour-by-size-light');
    await page.getByLabel('Colour by').selectOption('');
    // In the top-down tree, where a sub-debate is a subtree of its own.
    await page.getByRole('radio', { name: 'Tree layout, top-down' }).click();
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(600);
    const before = await viewport(page);

    // The largest sub-debate: chosen from the keyboard, the view glides to fit it.
    await page.getByRole('button', { name: /Sub-debates/ }).click();
    const largest = page.locator('.insight-row').first();
    expect(await largest.locator('.insight-value').textContent()).toBe('778');
    await largest.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(before.zoom * 2);
    const topId = items.find((item) => item.by === 'marcoperaza' && byId.get(String(item.parent))?.type === 'story')!.id;
    await page.waitForTimeout(400);
    // Its first comment is in the window and the chip says what is highlighted.
    const pane = (await page.locator('.canvas').boundingBox())!;
    const card = page.locator(`.react-flow__node [data-node-id="${topId}"]`);
    await screenshot(page, 'explore-largest-sub-debate-light');
    await card.waitFor({ timeout: 5000 });
    const box = (await card.boundingBox())!;
    expect(box.x + box.width > pane.x && box.x < pane.x + pane.width && box.y + box.height > pane.y && box.y < pane.y + pane.height).toBe(true);
    await expect.poll(() => page.locator('.insight-chip').first().textContent()).toContain('marcoperaza');
    // The summary copied as Markdown, and the sub-debate table as CSV, the largest first.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('## Summary\n\n2,564 comments by 871 people over 13 days')).toBe(true);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sub-debates CSV' }).click()]);
    const rows = readFileSync((await csvDownload.path())!, 'utf8').split('\r\n');
    expect(rows[1]!.startsWith(`${topId},top-level,778,`)).toBe(true);

    // Nearer, so cards are mounted; then the timeline at its middle.
    await page.getByRole('button', { name: /Timeline/ }).click();
    const thumb = page.getByRole('slider', { name: 'Comments written by' });
    await thumb.waitFor();
    const track = (await page.locator('.timeline-slider').boundingBox())!;
    await page.mouse.click(track.x + track.width / 2, track.y + track.height / 2);
    const written = Number((await thumb.getAttribute('aria-valuenow'))!);
    expect(written).toBeGreaterThan(commentTimes.length * 0.4);
    expect(written).toBeLessThan(commentTimes.length * 0.6);
    const until = commentTimes[written - 1]!;
    expect(await page.locator('.timeline-status').textContent()).toContain(`${written.toLocaleString('en')} of 2,564 comments`);
    // Every card on the map was written by then (the post has its own time, earlier still).
    await expect.poll(async () => (await mountedIds(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
    const shown = await mountedIds(page);
    const late = shown.filter((id) => (byId.get(id)?.time ?? 0) * 1000 > until);
    expect(late).toEqual([]);
    // Back to the whole thread, some of the same region's cards were written later.
    await page.getByRole('button', { name: 'Whole thread' }).click();
    const all = await mountedIds(page);
    expect(all.filter((id) => (byId.get(id)?.time ?? 0) * 1000 > until).length).toBeGreaterThan(0);
    // The first hour after the post: as many comments as the recorded times say.
    await page.getByRole('button', { name: 'First hour' }).click();
    const story = items.find((item) => item.type === 'story')!;
    const inFirstHour = commentTimes.filter((time) => time < story.time! * 1000 + 3_600_000).length;
    expect(await thumb.getAttribute('aria-valuenow')).toBe(String(inFirstHour));
    expect(await page.locator('.timeline-note').textContent()).toContain(`In the first hour: ${inFirstHour.toLocaleString('en')} comments`);
    // The chart as a file of its own.
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect /g)!.length).toBeGreaterThan(20);
    // Again at the middle, in the dark theme, for the screenshot.
    await page.mouse.click(track.x + track.width / 2, track.y + track.height / 2);
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await screenshot(page, 'explore-timeline-middle-dark');
    await page.getByRole('button', { name: 'Whole thread' }).click();

    // A person: their cards stand out, the others are dimmed.
    await page.getByRole('button', { name: /^People/ }).click();
    const first = page.getByRole('list', { name: 'Participants, most comments first' }).getByRole('button').first();
    const name = (await first.locator('.insight-title').textContent())!;
    // What the count is a count of, in words: "answered 51×" left it to be guessed.
    expect(await first.locator('.insight-details').textContent()).toMatch(/ · [\d,]+ repl(y|ies) to them/);
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.card.find-dimmed').count()).toBeGreaterThan(0);
    const bright = await page.locator('.react-flow__node .card:not(.find-dimmed)').evaluateAll((cards) => cards.map((card) => ({ author: card.querySelector('.author')?.textContent, selected: card.classList.contains('selected') })));
    expect(bright.filter((entry) => !entry.selected).every((entry) => entry.author === name)).toBe(true);
    await screenshot(page, 'explore-person-dark');
    await page.getByRole('button', { name: `Stop highlighting ${name}` }).click();
    await page.getByRole('button', { name: 'Stop highlighting the sub-debate' }).click();

    // The overview coloured by activity in the dark theme.
    await page.getByRole('radio', { name: 'Overview layout' }).click();
    await page.getByLabel('Colour by').selectOption('activity');
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(600);
    expect(await page.getByRole('group', { name: 'Colour scale: activity' }).locator('li').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'explore-colour-by-activity-dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the open timeline fits a 1,024×700, an 800×600 and a 1,400×900 window: every control on screen without scrolling, over less than half the map', async () => {
    // The share of the map's height the strip may cover, by window.
    for (const [width, height, share] of [[1024, 700, 0.4], [800, 600, 0.55], [1400, 900, 0.32]] as const) {
      const { page, context, errors } = await openApp(harness, { width, height });
      await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN));
      await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
      await page.getByRole('button', { name: /Timeline/ }).click();
      await page.getByRole('slider', { name: 'Comments written by' }).waitFor();
      await page.locator('.timeline-svg').waitFor();
      const controls = [
        page.getByRole('button', { name: 'Play' }),
        page.getByRole('button', { name: 'First hour' }),
        page.getByRole('button', { name: 'Whole thread' }),
        page.getByRole('slider', { name: 'Comments written by' }),
        page.getByRole('button', { name: 'SVG' }),
        page.getByRole('button', { name: 'PNG' }),
        page.getByRole('button', { name: /Timeline/ }),
      ];
      // At 1,024 px the strip was 350 px high over a 648 px map, the slider and buttons below its foot.
      for (const control of controls) {
        const seen = await control.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return box.width > 0 && box.bottom <= window.innerHeight && (hit === element || element.contains(hit));
        });
        expect(seen, `${width}×${height}: ${await control.evaluate((element) => element.getAttribute('aria-label') ?? element.textContent)}`).toBe(true);
      }
      expect(await page.locator('.insight-bar').evaluate((bar) => bar.scrollHeight - bar.clientHeight)).toBeLessThanOrEqual(0);
      const covered = await page.evaluate(() => document.querySelector('.insight-bar')!.getBoundingClientRect().height / document.querySelector('.canvas')!.getBoundingClientRect().height);
      expect(covered, `${width}×${height}`).toBeLessThanOrEqual(share);
      await screenshot(page, `timeline-fits-${width}x${height}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('the timeline in an 800×700 window: its time axis, legend, first-hour note and controls all inside its strip, reached by scrolling in it, with no sub-debate label under it, in both themes', async () => {
    const { page, context, errors } = await openApp(harness, { width: 800, height: 700 });
    await page.getByLabel('Open thread file').setInputFiles(fixturePath(HN));
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 20_000 }).toContain('of 2,452');
    await page.getByRole('button', { name: /Timeline/ }).click();
    await page.getByRole('slider', { name: 'Comments written by' }).waitFor();
    await page.getByRole('button', { name: 'First hour' }).click();
    await expect.poll(() => page.locator('.timeline-note').textContent()).toContain('In the first hour:');
    // Between the zoom buttons and the minimap the strip had 217 px: a chart of 190 px with one date under it.
    const chart = (await page.locator('.timeline-svg').boundingBox())!;
    expect(chart.width).toBeGreaterThanOrEqual(400);
    expect(await page.locator('.timeline-svg text[text-anchor="middle"]').count()).toBeGreaterThanOrEqual(3);
    // Nothing runs past the strip's side (its status line did); what is below its foot is scrolled to in it.
    expect(await page.locator('.insight-bar').evaluate((bar) => bar.scrollWidth - bar.clientWidth)).toBeLessThanOrEqual(0);
    const parts = [
      page.getByRole('button', { name: 'Play' }),
      page.getByRole('button', { name: 'First hour' }),
      page.getByRole('button', { name: 'Whole thread' }),
      page.getByRole('slider', { name: 'Comments written by' }),
      page.locator('.timeline-status'),
      page.getByRole('button', { name: 'SVG' }),
      page.getByRole('button', { name: 'PNG' }),
      page.locator('.timeline-note'),
      ...(await page.locator('.timeline-legend li').all()),
    ];
    for (const part of parts) {
      await part.scrollIntoViewIfNeeded();
      const inside = await part.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const bar = element.closest('.insight-bar')!.getBoundingClientRect();
        return box.width > 0 && box.left >= bar.left && box.right <= bar.right && box.top >= bar.top && box.bottom <= bar.bottom && box.bottom <= window.innerHeight;
      });
      expect(inside, await part.evaluate((element) => element.textContent)).toBe(true);
    }
    // The legend names who opened each sub-debate; its tooltip has the name and the words.
    for (const entry of await page.locator('.timeline-legend li').all()) {
      const { text, title } = await entry.evaluate((li) => ({ text: li.textContent!, title: li.getAttribute('title')! }));
      expect(title.startsWith(text)).toBe(true);
    }
    // The labels on the map are placed again when the strip opens: none lies under it.
    await page.mouse.move(5, 5);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const bar = document.querySelector('.insight-bar')!.getBoundingClientRect();
          return [...document.querySelectorAll('.region-label')].filter((label) => {
            const box = label.getBoundingClientRect();
            return box.left < bar.right && bar.left < box.right && box.top < bar.bottom && bar.top < box.bottom;
          }).length;
        }),
      )
      .toBe(0);
    await page.locator('.insight-bar').evaluate((bar) => bar.scrollTo(0, 0));
    await screenshot(page, 'timeline-800-light');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await screenshot(page, 'timeline-800-dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
