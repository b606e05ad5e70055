/**
 * Browser benchmark: four ways to show the same map, like for like. Every contestant is handed the
 * same file, parses it with Threadmap's parser, places the cards with Threadmap's own layout, and
 * is measured at the same views in the same headless Chromium:
 *   (A) React Flow mounting every node (default nodes), the documented way
 *   (B) React Flow tuned: onlyRenderVisibleElements, a memoised custom node, sizes given, no dragging
 *   (C) Threadmap without its canvas level of detail: cards at every zoom (`?bench=cards`)
 *   (D) Threadmap as shipped
 *
 *   npm run bench:browser              the 2,565-item HN thread and a 20,000-comment synthetic thread,
 *                                      in every layout mode, 5 runs per contestant: median and min–max
 *   npm run bench:browser -- --smoke   the small sample, one run, short pans: proves the bench runs;
 *                                      nothing about timing is asserted
 *   --runs=N --inputs=hn-2565,synthetic-20000 --contestants=A,B,C,D --modes=overview,tree-down,…
 *                                      narrow a run
 *   --pan=line                         drag straight across the map instead of to and fro on a circle
 *   --contestants=…,W                  W: Threadmap mounting a jump's cards at once, not a slice per frame
 *   --only=region                      Threadmap's sub-debate clicks alone (no pans, no tag keys): each
 *                                      run clicks each of the three largest labels, from fit view
 *   --from=FILE                        print the tables again from the JSON lines of a run
 *
 * Measures: open, from the file input's change event to the map shown and painted (in the mode the
 * map opens in); then in each layout mode, at fit view, 100 % and 35 % zoom (the same viewports
 * for all, from the same layout): cards mounted, cards on screen whose text is drawn ≥ 12 px high
 * (in the DOM, and by Threadmap's canvas layer), frames per second while dragging the map
 * (checking the view moved); for Threadmap, a sub-debate label click → its cards painted, and tag
 * key → painted. One JSON line per measurement, then a table. A and C take over a minute to open
 * 20,000 comments: there they run once, in the overview only (`--unbounded` lifts that).
 * Run `vite build` first (the npm script does).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import type { Viewport } from '@xyflow/react';
import { createDocument } from '../src/core/document/create-document';
import { openInput } from '../src/core/document/open-input';
import { exportJson } from '../src/core/export/json';
import { layoutMap } from '../src/core/layout';
import type { LayoutMode } from '../src/core/layout/types';
import { buildMap } from '../src/core/map/graph';
import { viewportFitting } from '../src/features/canvas/viewport';
import { countCards, msUntilReady, panFps, setView, startClockOnFileChoice, waitForSettledDom } from './browser/page-measures';
import { regionOpenMs, switchMode } from './browser/threadmap-page';
import { summarise } from './browser/summary';
import { syntheticDiscussion } from './synthetic';
import { round } from './timing';

const smoke = process.argv.includes('--smoke');
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Number(option('runs') ?? (smoke ? 1 : 5));
const PAN_MS = smoke ? 300 : 2000;
/** `--pan=line` drags straight across instead of round a circle (see panFps). */
const PAN_PATH = option('pan') === 'line' ? 'line' : 'circle';
/** `--only=region`: only the sub-debate label clicks, the three largest each run. */
const REGION_ONLY = option('only') === 'region';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WORK = path.resolve('bench/results');
const WINDOW = { width: 1400, height: 900 };
const ALL_MODES: LayoutMode[] = ['overview', 'tree-down', 'tree-right', 'outline'];
const MODES = smoke ? ALL_MODES.slice(0, 2) : (option('modes')?.split(',') as LayoutMode[] | undefined) ?? ALL_MODES;
/** Contestants that take over a minute to open this many comments run once, in one mode. */
const SLOW_FROM_NODES = 10000;
const bounded = (contestant: Contestant, input: Input) => !process.argv.includes('--unbounded') && (contestant.key === 'A' || contestant.key === 'C') && input.nodes >= SLOW_FROM_NODES;

export type Row = Record<string, unknown>;
const records: Row[] = [];
function emit(record: Row) {
  records.push(record);
  console.log(JSON.stringify(record));
}

interface Contestant {
  key: 'A' | 'B' | 'C' | 'D' | 'W';
  name: string;
  app: 'threadmap' | 'baseline';
  query: string;
}

const CONTESTANTS: Contestant[] = [
  { key: 'A', name: 'React Flow, every node mounted', app: 'baseline', query: 'variant=all' },
  { key: 'B', name: 'React Flow, visible only, memo node, sizes given', app: 'baseline', query: 'variant=visible' },
  { key: 'C', name: 'Threadmap, cards only (no canvas level of detail)', app: 'threadmap', query: 'bench=cards' },
  { key: 'D', name: 'Threadmap', app: 'threadmap', query: 'bench' },
  // Not in the default run: Threadmap with a jump's cards mounted at once, for the region clicks.
  { key: 'W', name: 'Threadmap, the cards of a jump mounted at once (no slices)', app: 'threadmap', query: 'bench=whole' },
];
const DEFAULT_CONTESTANTS = ['A', 'B', 'C', 'D'];

interface Input {
  name: string;
  file: string;
  title: string;
  nodes: number;
}

/** Threadmap opens maps up to 400 cards in tree ↓ and larger ones in the overview. */
const modeFor = (nodes: number): LayoutMode => (nodes <= 400 ? 'tree-down' : 'overview');

function prepareInputs(): Input[] {
  mkdirSync(WORK, { recursive: true });
  const fromFile = (name: string, file: string): Input => {
    const opened = openInput(readFileSync(file, 'utf8'), { retrievedAt: null, fileName: path.basename(file) });
    if (!opened.ok) throw new Error(opened.error.message);
    return { name, file, title: opened.value.source.title ?? '', nodes: opened.value.nodes.length };
  };
  if (smoke) return [fromFile('sample', path.resolve('test/fixtures/hn-text_eggos-unikernel-thread.txt'))];
  const nodes = syntheticDiscussion({ nodes: 20000, seed: 7 });
  const synthetic = path.join(WORK, 'synthetic-20000.threadmap.json');
  writeFileSync(synthetic, exportJson(createDocument({ source: { kind: 'synthetic', url: null, title: 'Synthetic 20000', retrievedAt: null }, nodes, links: [] })));
  const all = [fromFile('hn-2565', path.resolve('test/fixtures/hn-firebase_14952787_flat-items_forum-explorer.json')), fromFile('synthetic-20000', synthetic)];
  const wanted = option('inputs')?.split(',');
  return wanted ? all.filter((input) => wanted.includes(input.name)) : all;
}

/**
 * The views every contestant is measured at, from the layout they all share: fit view, and 100 %
 * and 35 % centred on the card nearest the map's centre (a tree's centre can be empty space).
 */
function viewsFor(input: Input, pane: { width: number; height: number }, mode: LayoutMode): Array<{ label: string; viewport: Viewport }> {
  const opened = openInput(readFileSync(input.file, 'utf8'), { retrievedAt: null, fileName: path.basename(input.file) });
  if (!opened.ok) throw new Error(opened.error.message);
  const { graph } = buildMap(opened.value.nodes);
  const layout = layoutMap(graph, { mode, aspect: paneAspect(pane) });
  const mx = layout.bounds.x + layout.bounds.width / 2;
  const my = layout.bounds.y + layout.bounds.height / 2;
  let nearest = layout.visible[0] ?? 0;
  let best = Infinity;
  for (const at of layout.visible) {
    const d = Math.hypot(layout.x[at]! + layout.width[at]! / 2 - mx, layout.y[at]! + layout.height[at]! / 2 - my);
    if (d < best) [best, nearest] = [d, at];
  }
  const cx = layout.x[nearest]! + layout.width[nearest]! / 2;
  const cy = layout.y[nearest]! + layout.height[nearest]! / 2;
  const centred = (zoom: number): Viewport => ({ zoom, x: pane.width / 2 - cx * zoom, y: pane.height / 2 - cy * zoom });
  const fit = viewportFitting(layout.bounds, pane.width, pane.height);
  return [
    { label: `fit (${Math.round(fit.zoom * 1000) / 10} %)`, viewport: fit },
    { label: '100 %', viewport: centred(1) },
    { label: '35 %', viewport: centred(0.35) },
  ];
}

/** The window shape Threadmap lays out for, rounded as the app rounds it. */
function paneAspect(pane: { width: number; height: number }): number {
  return Math.round((pane.width / pane.height) * 4) / 4 || 0.25;
}

async function buildBaseline(): Promise<void> {
  await build({
    root: path.resolve('bench/baseline'),
    base: '/__baseline/',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: path.resolve('dist/__baseline'), emptyOutDir: true },
  });
}

async function newPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW });
  // tsx compiles named functions with a `__name` helper that page.evaluate'd code must find.
  await context.addInitScript('window.__name = (fn) => fn');
  // A coder name already given, as after a first session: otherwise the first tag asks for one.
  await context.addInitScript(`localStorage.setItem('threadmap.coder', JSON.stringify({ name: 'bench' }))`);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  await page.goto(url);
  return page;
}

/** The size of Threadmap's map pane in this window; the baselines get a pane of the same size. */
async function threadmapPane(browser: Browser, url: string): Promise<{ width: number; height: number }> {
  const page = await newPage(browser, url);
  const box = (await page.locator('main.canvas').boundingBox())!;
  await page.context().close();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

async function tagLatencies(page: Page): Promise<number[]> {
  // The post carries no tag (it replies to nothing): the first reply below it is tagged.
  await page.keyboard.press('Home');
  await page.keyboard.press('j');
  // The view follows the selection to that reply, then its card mounts.
  await page.locator('.card.selected').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const latencies: number[] = [];
  for (const key of ['p', 'c', 'q', 'x', 'p']) {
    // The listener is in place before the key is pressed: on a loaded machine an evaluate can take
    // longer than any fixed pause.
    await page.evaluate((expected) => {
      (window as unknown as { benchTag: Promise<number> }).benchTag = new Promise<number>((resolve) => {
        let start = 0;
        window.addEventListener('keydown', (event) => (start = event.timeStamp || performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (start && (document.querySelector('.card.selected')?.getAttribute('data-tag') ?? '') === expected) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-tag'] });
        setTimeout(() => resolve(Number.NaN), 5000);
      });
    }, { p: 'pro', c: 'con', q: 'question', x: '' }[key]!);
    await page.keyboard.press(key);
    latencies.push(round(await page.evaluate(() => (window as unknown as { benchTag: Promise<number> }).benchTag), 1));
  }
  return latencies;
}

/** Opens the input in a fresh page of the contestant (in `mode`, for the baselines); returns the page and ms. */
async function openIn(browser: Browser, url: string, pane: { width: number; height: number }, contestant: Contestant, input: Input, mode: LayoutMode) {
  const base = contestant.app === 'baseline' ? `${url}__baseline/?${contestant.query}&w=${pane.width}&h=${pane.height}&aspect=${paneAspect(pane)}&mode=${mode}` : `${url}?${contestant.query}`;
  const page = await newPage(browser, base);
  const fileInput = contestant.app === 'baseline' ? '#bench-file' : '#open-thread-file';
  await page.locator(fileInput).waitFor({ state: 'attached' });
  // A person chooses a file some time after the page has loaded (by when Threadmap has started
  // its file-reading worker); every contestant gets the same pause.
  await page.waitForTimeout(1500);
  await startClockOnFileChoice(page, fileInput);
  await page.locator(fileInput).setInputFiles(input.file);
  const ms = await msUntilReady(
    page,
    contestant.app === 'baseline' ? { app: 'baseline', fileName: path.basename(input.file) } : { app: 'threadmap', title: input.title, minMounted: contestant.key === 'C' ? 1 : 0 },
  );
  await waitForSettledDom(page);
  return { page, ms };
}

async function measure(browser: Browser, url: string, pane: { width: number; height: number }, contestant: Contestant, input: Input, run: number) {
  const row = { input: input.name, nodes: input.nodes, contestant: contestant.key, run };
  const first = modeFor(input.nodes);
  // Threadmap opens once and switches mode as a user does; a baseline opens the file in each mode.
  const modes = bounded(contestant, input) ? [first] : [first, ...MODES.filter((mode) => mode !== first)];
  let page: Page | null = null;
  for (const mode of modes) {
    if (!page || contestant.app === 'baseline') {
      await page?.context().close();
      const opened = await openIn(browser, url, pane, contestant, input, mode);
      page = opened.page;
      if (mode === first) emit({ kind: 'open', ...row, ms: round(opened.ms, 0) });
    } else {
      await switchMode(page, mode);
    }
    const views = viewsFor(input, pane, mode);
    for (const { label, viewport } of REGION_ONLY ? [] : views) {
      await setView(page, viewport);
      const cards = await countCards(page);
      const pan = await panFps(page, PAN_MS, PAN_PATH);
      emit({ kind: 'view', ...row, mode, zoom: label, zoomSeen: round(cards.zoom, 4), mounted: cards.mounted, readable: cards.readable, canvasText: cards.canvasText, fps: pan.fps, moved: pan.moved, mainMsPerS: pan.mainMsPerS, longTasksPerS: pan.longTasksPerS });
    }
    if ((contestant.key === 'D' || contestant.key === 'W') && views[0]!.viewport.zoom < 0.35) {
      // A click on a sub-debate's label until its cards are painted: a different label each run,
      // or each of the three largest with --only=region.
      for (const index of REGION_ONLY ? [0, 1, 2] : [(run - 1) % 3]) {
        await setView(page, views[0]!.viewport);
        const opened = await regionOpenMs(page, index);
        if (opened) emit({ kind: 'region', ...row, mode, ms: round(opened.ms, 1), msAll: round(opened.msAll, 1), comments: opened.comments, cards: opened.cards });
      }
    }
  }
  if (page && contestant.app === 'threadmap' && !REGION_ONLY) {
    await switchMode(page, first);
    await setView(page, viewsFor(input, pane, first)[1]!.viewport);
    const samples = await tagLatencies(page);
    emit({ kind: 'tag', ...row, samples, ms: [...samples].sort((a, b) => a - b)[2] });
  }
  await page?.context().close();
}

async function main() {
  // `--from=FILE`: print the tables again from the JSON lines of an earlier (or unfinished) run.
  const from = option('from');
  if (from) {
    const lines = readFileSync(from, 'utf8').split('\n').filter((line) => line.startsWith('{'));
    return console.log(summarise(lines.map((line) => JSON.parse(line) as Row), CONTESTANTS));
  }
  const inputs = prepareInputs();
  await buildBaseline();
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const wanted = option('contestants')?.split(',');
  const contestants = CONTESTANTS.filter((c) => (wanted ?? DEFAULT_CONTESTANTS).includes(c.key));
  try {
    const pane = await threadmapPane(browser, url);
    emit({ kind: 'environment', chromium: browser.version(), cores: availableParallelism(), loadAverage1m: round(loadavg()[0] ?? 0), window: `${WINDOW.width}×${WINDOW.height}`, pane: `${pane.width}×${pane.height}`, runs: RUNS, smoke });
    for (const input of inputs) {
      // Runs interleave the contestants, so that a change in the machine's load falls on all alike.
      for (let run = 1; run <= RUNS; run++) {
        for (const contestant of contestants) {
          if (run > 1 && bounded(contestant, input)) continue;
          try {
            await measure(browser, url, pane, contestant, input, run);
          } catch (error) {
            // One failed measurement is reported and the rest still run; smoke runs fail on it.
            emit({ kind: 'error', input: input.name, contestant: contestant.key, run, message: (error as Error).message.split('\n')[0] });
            if (smoke) throw error;
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  emit({ kind: 'environment-end', loadAverage1m: round(loadavg()[0] ?? 0) });
  console.log(summarise(records, contestants));
}

await main();
