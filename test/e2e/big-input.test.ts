import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInput } from '../../src/core/document/open-input';
import { isJudgeable } from '../../src/core/annotations/taggable';
import { openApp, screenshot, startHarness, type Harness } from './harness';

/*
 * Big and odd threads, generated here rather than committed: each opens, and the page stays
 * responsive. The longest main-thread block while opening is measured with a 'longtask'
 * PerformanceObserver and printed, not asserted: a timing threshold would fail on a busy machine
 * and pass on a fast one, whatever the code does.
 */

let harness: Harness;
let scratch: string;
beforeAll(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(path.join(tmpdir(), 'threadmap-big-'));
});
afterAll(async () => {
  await harness?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const WORDS = 'the argument claim memory kernel thread reply evidence because however source paper result model compile unikernel latency point question agree disagree'.split(' ');

/** Deterministic pseudo-random numbers, so that every run opens the same threads. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

interface Shape {
  comments: number;
  /** Parent index (-1 = the story) of comment i, given the random source. */
  parentOf: (i: number, next: () => number) => number;
  text?: (i: number, next: () => number) => string;
}

/** A thread as HN's Firebase API items in one flat JSON array: the story, then every comment. */
function firebaseThread({ comments, parentOf, text }: Shape): string {
  const next = random(comments);
  const parents = Array.from({ length: comments }, (_, i) => parentOf(i, next));
  const kids = new Map<number, number[]>();
  parents.forEach((parent, i) => kids.set(parent, [...(kids.get(parent) ?? []), i]));
  const id = (i: number) => 1_000_001 + i;
  const story = { id: 1_000_000, type: 'story', by: 'poster', time: 1_600_000_000, title: `A thread of ${comments} comments`, url: 'https://example.invalid/', kids: (kids.get(-1) ?? []).map(id), descendants: comments, score: 1 };
  const items = parents.map((parent, i) => ({
    id: id(i),
    type: 'comment',
    by: `user${i % 997}`,
    time: 1_600_000_000 + i,
    parent: parent === -1 ? story.id : id(parent),
    text: text ? text(i, next) : `<p>${sentence(next, 12 + Math.floor(next() * 30))}.<p>${sentence(next, 8)}.`,
    ...(kids.has(i) ? { kids: kids.get(i)!.map(id) } : {}),
  }));
  return JSON.stringify([story, ...items]);
}

const CASES: { name: string; text: () => string }[] = [
  // Replies mostly go to recent comments, as in real threads: wide at the top, some long chains.
  { name: '20,000 comments', text: () => firebaseThread({ comments: 20_000, parentOf: (i, next) => (i < 200 || next() < 0.05 ? -1 : i - 1 - Math.floor(next() * Math.min(i, 50))) }) },
  { name: 'one comment', text: () => firebaseThread({ comments: 1, parentOf: () => -1 }) },
  { name: '5,000 top-level comments', text: () => firebaseThread({ comments: 5_000, parentOf: () => -1 }) },
  { name: 'a reply chain 500 deep', text: () => firebaseThread({ comments: 500, parentOf: (i) => i - 1 }) },
  { name: 'a 1 MB comment', text: () => firebaseThread({ comments: 3, parentOf: (i) => i - 1, text: (i, next) => (i === 1 ? `<p>${sentence(next, 140_000)}` : `<p>${sentence(next, 20)}`) }) },
];

/**
 * Records every long task (main-thread block of 50 ms or more) from the start of the page, and
 * every text the toolbar's title line shows (where opening reports its progress).
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    const titles: string[] = [];
    Object.assign(window, { __longTasks: tasks, __titles: titles });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      const title = document.querySelector('.toolbar .title')?.textContent ?? '';
      if (title !== titles[titles.length - 1]) titles.push(title);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.reload();
}

const longestTaskSince = (page: Page, since: number) =>
  page.evaluate((from) => Math.max(0, ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((task) => task.start >= from).map((task) => task.duration)), since);

describe('big and odd threads in the browser', () => {
  it.each(CASES.map((entry) => [entry.name, entry] as const))('opens %s and the page stays responsive', async (name, entry) => {
    const text = entry.text();
    const expected = openInput(text, { retrievedAt: null, fileName: 'big.json' });
    if (!expected.ok) throw new Error(expected.error.message);
    const count = expected.value.nodes.length;
    // "Tagged N of M" counts the cards that can carry a tag: every one but the story.
    const taggable = expected.value.nodes.filter(isJudgeable).length.toLocaleString('en-US');

    const { page, context, errors } = await openApp(harness);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await watchLongTasks(page);
    await page.locator('.react-flow__node .card').first().waitFor();
    const start = await page.evaluate(() => performance.now());
    // From a file on disk: a buffer would be rebuilt as a File by script in the page, on the main
    // thread that is being measured.
    const file = path.join(scratch, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
    writeFileSync(file, text);
    await page.getByLabel('Open thread file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('tag-counter').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`of ${taggable}$`));
    // Zoomed out over a big map the overview layer draws the cards; either way the map is shown.
    await page.locator('.react-flow__node .card, canvas').first().waitFor();
    const opened = await page.evaluate(() => performance.now());

    // Still answering: the keyboard moves through the map and tags a card.
    await page.keyboard.press('Home');
    await page.keyboard.press('j');
    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toMatch(new RegExp(`Tagged 1 of ${taggable}$`));
    const longest = await longestTaskSince(page, start);
    // The thread was read in the open worker, and the page said what it was doing meanwhile.
    expect(workers.some((url) => /open-worker/.test(url))).toBe(true);
    const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
    expect(titles).toContain(`Opening ${path.basename(file)}: drawing ${count.toLocaleString('en-US')} ${count === 1 ? 'card' : 'cards'}…`);
    console.log(`[big input] ${name}: ${count} nodes, opened in ${Math.round(opened - start)} ms, longest main-thread block ${Math.round(longest)} ms`);
    await screenshot(page, `big-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
