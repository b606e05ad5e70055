/**
 * Browser benchmark: Threadmap against a plain React Flow page that renders every node, on the
 * same inputs, in the same headless Chromium, in one run.
 *
 *   npm run bench:browser              the real 2,565-item HN thread, synthetic 5,000 and 20,000
 *   npm run bench:browser -- --smoke   the sample only, short pans: proves the bench still runs
 *
 * Measures: time from choosing the file to the map being interactive; frames per second while
 * dragging the map for 2 s at the first view's zoom and at fit-view zoom (requestAnimationFrame
 * count, with a check that the view really moved); time from pressing a tag key to the card
 * showing the tag, painted; JS heap after load. Prints one JSON line per measurement, then a table.
 * Run `vite build` first (the npm script does).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { createDocument } from '../src/core/document/create-document';
import { openInput } from '../src/core/document/open-input';
import type { ThreadmapDocument } from '../src/core/document/types';
import { exportJson } from '../src/core/export/json';
import { buildMap } from '../src/core/map/graph';
import { layoutMap } from '../src/core/layout';
import { syntheticDiscussion } from './synthetic';
import { formatTable, round } from './timing';

const smoke = process.argv.includes('--smoke');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PAN_MS = smoke ? 300 : 2000;
const WORK = path.resolve('bench/results');
const records: Record<string, unknown>[] = [];

function emit(record: Record<string, unknown>) {
  records.push(record);
  console.log(JSON.stringify(record));
}

interface Input {
  name: string;
  file: string;
  document: ThreadmapDocument;
}

function prepareInputs(): Input[] {
  mkdirSync(WORK, { recursive: true });
  const inputs: Input[] = [];
  const add = (name: string, document: ThreadmapDocument) => {
    const file = path.join(WORK, `${name}.threadmap.json`);
    writeFileSync(file, exportJson(document));
    inputs.push({ name, file, document });
  };
  const open = (fixture: string) => {
    const result = openInput(readFileSync(`test/fixtures/${fixture}`, 'utf8'), { retrievedAt: null, fileName: fixture });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  if (smoke) {
    add('sample', open('hn-text_eggos-unikernel-thread.txt'));
    return inputs;
  }
  // The real thread is opened from its original file, so parsing is part of the measurement.
  const hnFile = path.resolve('test/fixtures/hn-firebase_14952787_flat-items_forum-explorer.json');
  inputs.push({ name: 'hn-2565', file: hnFile, document: open('hn-firebase_14952787_flat-items_forum-explorer.json') });
  for (const size of [5000, 20000]) {
    const nodes = syntheticDiscussion({ nodes: size, seed: 7 });
    add(`synthetic-${size}`, createDocument({ source: { kind: 'synthetic', url: null, title: `Synthetic ${size}`, retrievedAt: null }, nodes, links: [] }));
  }
  return inputs;
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


/** Drags the pane for `ms` while counting animation frames in the page; checks the view moved. */
async function panFps(page: Page, ms: number): Promise<{ fps: number; moved: boolean }> {
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const box = (await page.locator('.react-flow__pane, .react-flow__renderer').first().boundingBox())!;
  const counting = page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let count = 0;
        const start = performance.now();
        const tick = (now: number) => {
          count++;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve((count * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < ms) {
    step++;
    const angle = step / 10;
    await page.mouse.move(cx + Math.cos(angle) * 200, cy + Math.sin(angle) * 150);
  }
  await page.mouse.up();
  const fps = await counting;
  const after = await viewport.getAttribute('style');
  return { fps: round(fps, 1), moved: before !== after };
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return round(usedSize / 1024 / 1024, 1);
}

/** tsx compiles named functions with a `__name` helper that page.evaluate'd code must find. */
async function newContext(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript('window.__name = (fn) => fn');
  return context;
}

async function measureThreadmap(browser: Browser, url: string, input: Input): Promise<void> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.react-flow').waitFor();
  // A person chooses a file some time after the page has loaded, by when the page has started
  // (and warmed) its file-reading worker; without this pause the measurement races that start.
  await page.waitForTimeout(1500);
  // Open-to-interactive: from the file input's change event to the new map painted and idle.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#open-thread-file')!;
    input.addEventListener('change', () => ((window as unknown as { benchStart: number }).benchStart = performance.now()), { capture: true });
  });
  const title = input.document.source.title ?? '';
  await page.getByLabel('Open thread file').setInputFiles(input.file);
  const openMs = await page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const ready = () =>
          document.querySelector('main.canvas')?.getAttribute('aria-busy') === 'false' &&
          (document.querySelector('.toolbar .title')?.textContent ?? '').includes(expected.slice(0, 20));
        const finish = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - (window as unknown as { benchStart: number }).benchStart)));
        if (ready()) return finish();
        const observer = new MutationObserver(() => {
          if (ready()) {
            observer.disconnect();
            finish();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    title,
  );
  emit({ app: 'threadmap', input: input.name, nodes: input.document.nodes.length, metric: 'open-to-interactive-ms', value: round(openMs, 0) });
  await page.waitForTimeout(300);
  emit({ app: 'threadmap', input: input.name, metric: 'heap-mb', value: await heapMb(page) });

  const first = await panFps(page, PAN_MS);
  emit({ app: 'threadmap', input: input.name, metric: 'fps-first-view', value: first.fps, moved: first.moved, zoom: await page.getByTestId('zoom-level').textContent() });
  await page.keyboard.press('f');
  await page.waitForTimeout(400);
  const fitted = await panFps(page, PAN_MS);
  emit({ app: 'threadmap', input: input.name, metric: 'fps-fit-view', value: fitted.fps, moved: fitted.moved, zoom: await page.getByTestId('zoom-level').textContent() });

  // Tag latency: keydown to the selected card showing the tag, painted (next frame).
  await page.keyboard.press('Home');
  await page.keyboard.press('2');
  await page.waitForTimeout(600);
  await page.keyboard.press('j');
  await page.waitForTimeout(400);
  if ((await page.locator('.card.selected').count()) === 0) throw new Error(`${input.name}: no selected card is mounted for the tag latency measurement`);
  const latencies: number[] = [];
  for (const key of ['p', 'c', 'q', 'x', 'p']) {
    const waiting = page.evaluate(
      (expected) =>
        new Promise<number>((resolve) => {
          let start = 0;
          window.addEventListener('keydown', (event) => (start = event.timeStamp || performance.now()), { capture: true, once: true });
          const card = () => document.querySelector('.card.selected');
          const matches = () => (card()?.getAttribute('data-tag') ?? '') === expected;
          const observer = new MutationObserver(() => {
            if (start && matches()) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-tag'] });
          setTimeout(() => resolve(Number.NaN), 5000);
        }),
      { p: 'pro', c: 'con', q: 'question', x: '' }[key]!,
    );
    await page.waitForTimeout(50);
    await page.keyboard.press(key);
    latencies.push(await waiting);
  }
  latencies.sort((a, b) => a - b);
  emit({ app: 'threadmap', input: input.name, metric: 'tag-to-paint-ms', value: round(latencies[2]!, 1), samples: latencies.map((v) => round(v, 1)) });
  await context.close();
}

async function measureBaseline(browser: Browser, url: string, input: Input): Promise<void> {
  const { graph } = buildMap(input.document.nodes);
  const layout = layoutMap(graph, { mode: 'tree-down', aspect: 1400 / 900 });
  const nodes = Array.from(layout.visible, (at) => {
    const node = graph.nodes[at]!;
    return {
      id: node.id,
      position: { x: layout.x[at]!, y: layout.y[at]! },
      data: { label: `${node.author ?? ''}: ${node.text.slice(0, 80)}` },
      width: layout.width[at]!,
      height: layout.height[at]!,
    };
  });
  const edges = nodes.filter((node) => graph.nodes[graph.index.get(node.id)!]!.parent !== null).map((node) => ({
    id: `e${node.id}`,
    source: graph.nodes[graph.index.get(node.id)!]!.parent!,
    target: node.id,
  }));
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${url}__baseline/`);
  await page.waitForFunction(() => typeof window.renderBaseline === 'function');
  const renderMs = await page.evaluate(async ({ nodes, edges }) => {
    const start = performance.now();
    await window.renderBaseline(nodes, edges);
    return performance.now() - start;
  }, { nodes, edges });
  emit({ app: 'baseline', input: input.name, nodes: nodes.length, metric: 'open-to-interactive-ms', value: round(renderMs, 0), note: 'render only: parse and layout done beforehand' });
  emit({ app: 'baseline', input: input.name, metric: 'heap-mb', value: await heapMb(page) });
  const first = await panFps(page, PAN_MS);
  emit({ app: 'baseline', input: input.name, metric: 'fps-first-view', value: first.fps, moved: first.moved, zoom: '75%' });
  await page.evaluate(() => window.fitBaseline());
  await page.waitForTimeout(400);
  const fitted = await panFps(page, PAN_MS);
  emit({ app: 'baseline', input: input.name, metric: 'fps-fit-view', value: fitted.fps, moved: fitted.moved });
  await context.close();
}

function summarize() {
  const inputs = [...new Set(records.filter((r) => r.input).map((r) => String(r.input)))];
  const metrics = ['open-to-interactive-ms', 'fps-first-view', 'fps-fit-view', 'tag-to-paint-ms', 'heap-mb'];
  const value = (app: string, input: string, metric: string) => records.find((r) => r.app === app && r.input === input && r.metric === metric)?.value as number | undefined;
  const rows = inputs.flatMap((input) =>
    metrics.map((metric) => {
      const ours = value('threadmap', input, metric);
      const base = value('baseline', input, metric);
      // Above 1 means Threadmap does better: more frames per second, fewer milliseconds or megabytes.
      const advantage = ours === undefined || base === undefined || ours === 0 || base === 0 ? '' : round(metric.startsWith('fps') ? ours / base : base / ours, 2);
      return [input, metric, ours ?? '', base ?? '—', advantage];
    }),
  );
  console.log('\nThreadmap vs a plain React Flow page rendering every node (same Chromium, same run)');
  console.log(formatTable(['input', 'metric', 'threadmap', 'baseline', 'advantage ×'], rows));
  console.log('advantage: baseline/threadmap for ms and MB, threadmap/baseline for fps; above 1 = Threadmap better.');
  console.log('The baseline is given laid-out nodes, so its open time is rendering only; Threadmap\'s includes reading, parsing and layout.');
}

async function main() {
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
  emit({ kind: 'environment', chromium: browser.version(), cores: availableParallelism(), loadAverage1m: round(loadavg()[0] ?? 0), smoke });
  try {
    for (const input of inputs) {
      await measureThreadmap(browser, url, input);
      await measureBaseline(browser, url, input);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  summarize();
}

await main();
