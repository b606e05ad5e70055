/**
 * Layout benchmark, side by side with the dagre baseline, in one Node process.
 *   npm run bench             full run (dagre on 20,000 nodes alone takes about half a minute)
 *   npm run bench -- --smoke  every case once on small inputs: CI runs it so the bench cannot rot;
 *                             it never fails on a timing, only when something throws
 *   --dagre-max-nodes=N       skip dagre on graphs larger than N nodes (it takes 30 s to minutes
 *                             on 20,000), saying so in the output
 * Prints one JSON line per measurement, then readable tables.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { openInput } from '../src/core/document/open-input';
import { exportJson } from '../src/core/export/json';
import { createSpatialIndex, fitZoom, layoutMap, LAYOUT_MODES, type LayoutMode } from '../src/core/layout';
import { buildMap, type MapGraph } from '../src/core/map/graph';
import { fitBoxZoom, shelfPackedBox, singleTreeBox } from './baselines';
import { layoutWithDagre } from './dagre-baseline';
import { syntheticDiscussion } from './synthetic';
import { formatTable, round, timeRuns, type Timing } from './timing';

const smoke = process.argv.includes('--smoke');
const dagreMaxNodes = Number(process.argv.find((arg) => arg.startsWith('--dagre-max-nodes='))?.split('=')[1] ?? Infinity);
const VIEWPORT = { width: 1400, height: 900 };
const ASPECT = VIEWPORT.width / VIEWPORT.height;
const NOW = '2026-01-01T00:00:00.000Z';

interface Input {
  name: string;
  graph: MapGraph;
  /** The recorded file, for the parse → export pipeline. */
  file?: string;
}

type Record = { [key: string]: string | number | boolean | null };
const records: Record[] = [];
function emit(record: Record) {
  records.push(record);
  console.log(JSON.stringify(record));
}

function fixtureText(name: string): string {
  return readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');
}

function openFixture(name: string): MapGraph {
  const opened = openInput(fixtureText(name), { retrievedAt: null, fileName: name, now: NOW });
  if (!opened.ok) throw new Error(`${name} did not open: ${opened.error.message}`);
  return buildMap(opened.value.nodes).graph;
}

function inputs(): Input[] {
  if (smoke) {
    const algolia = 'hn-algolia-derived_14952787_first-3-top-level.json';
    return [
      { name: 'hn-algolia-579', graph: openFixture(algolia), file: algolia },
      { name: 'synthetic-1000', graph: buildMap(syntheticDiscussion({ nodes: 1000, seed: 1 })).graph },
    ];
  }
  const thread = 'hn-firebase_14952787_flat-items_forum-explorer.json';
  return [
    { name: 'hn-thread-2565', graph: openFixture(thread), file: thread },
    { name: 'synthetic-5000', graph: buildMap(syntheticDiscussion({ nodes: 5000, seed: 5 })).graph },
    { name: 'synthetic-20000', graph: buildMap(syntheticDiscussion({ nodes: 20000, seed: 20 })).graph },
  ];
}

const runsFor = (nodes: number) => (smoke ? 1 : nodes > 10000 ? 9 : 15);
const warmupFor = () => (smoke ? 0 : 3);

function benchLayouts(input: Input): Map<LayoutMode, Timing> {
  const timings = new Map<LayoutMode, Timing>();
  const nodes = input.graph.nodes.length;
  for (const mode of LAYOUT_MODES) {
    // A new graph object each run: the tree modes cache their plan per graph.
    const fresh = () => ({ ...input.graph });
    const timing = timeRuns(() => layoutMap(fresh(), { mode, aspect: ASPECT }), runsFor(nodes), warmupFor());
    timings.set(mode, timing);
    emit({ kind: 'layout', input: input.name, nodes, mode, ...timing });
    const layout = layoutMap(input.graph, { mode, aspect: ASPECT });
    const index = timeRuns(() => createSpatialIndex(layout), runsFor(nodes), warmupFor());
    emit({ kind: 'spatial-index', input: input.name, nodes, mode, ...index });
    emit({ kind: 'fit-zoom', input: input.name, nodes, layout: mode, zoom: round(fitZoom(layout, VIEWPORT.width, VIEWPORT.height), 4), width: Math.round(layout.bounds.width), height: Math.round(layout.bounds.height) });
  }
  const collapsed = new Set(input.graph.children[input.graph.roots[0]!]!.slice(0, 1));
  const toggle = timeRuns(() => layoutMap(input.graph, { mode: 'tree-down', aspect: ASPECT, collapsed }), runsFor(nodes), warmupFor());
  emit({ kind: 'layout', input: input.name, nodes, mode: 'tree-down, one subtree collapsed (plan reused)', ...toggle });
  return timings;
}

function benchBaselines(input: Input, ours: Map<LayoutMode, Timing>) {
  const nodes = input.graph.nodes.length;
  const single = singleTreeBox(input.graph);
  const shelves = shelfPackedBox(input.graph, ASPECT);
  emit({ kind: 'fit-zoom', input: input.name, nodes, layout: 'baseline: one tidy tree', zoom: round(fitBoxZoom(single), 4), width: Math.round(single.width), height: Math.round(single.height) });
  emit({ kind: 'fit-zoom', input: input.name, nodes, layout: 'baseline: tidy subtrees shelf-packed', zoom: round(fitBoxZoom(shelves), 4), width: Math.round(shelves.width), height: Math.round(shelves.height) });

  if (nodes > dagreMaxNodes) {
    emit({ kind: 'dagre', input: input.name, nodes, rankdir: 'TB', medianMs: null, minMs: null, cpuMedianMs: null, runs: 0, note: `skipped: over --dagre-max-nodes=${dagreMaxNodes}` });
    return;
  }
  // dagre takes seconds per run: three runs up to 5,000 nodes, a single run above.
  const dagreRuns = smoke ? 1 : nodes > 10000 ? 1 : 3;
  let size = { width: 0, height: 0 };
  const dagre = timeRuns(() => (size = layoutWithDagre(input.graph)), dagreRuns, 0);
  const note = dagreRuns === 1 && !smoke ? 'single run: dagre is too slow to repeat at this size' : null;
  emit({ kind: 'dagre', input: input.name, nodes, rankdir: 'TB', ...dagre, note });
  emit({ kind: 'fit-zoom', input: input.name, nodes, layout: 'baseline: dagre TB', zoom: round(fitBoxZoom(size), 4), width: Math.round(size.width), height: Math.round(size.height) });
  for (const mode of LAYOUT_MODES) {
    const mine = ours.get(mode)!;
    emit({
      kind: 'ratio',
      input: input.name,
      nodes,
      mode,
      dagreOverOurs: round(dagre.medianMs / Math.max(mine.medianMs, 0.001), 1),
      dagreOverOursCpu: round(dagre.cpuMedianMs / Math.max(mine.cpuMedianMs, 0.001), 1),
    });
  }
}

function benchPipeline(input: Input) {
  if (!input.file) return;
  const text = fixtureText(input.file);
  const runs = smoke ? 1 : 9;
  const warmup = smoke ? 0 : 2;
  const open = () => {
    const opened = openInput(text, { retrievedAt: null, fileName: input.file, now: NOW });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  };
  const doc = open();
  const graph = buildMap(doc.nodes).graph;
  const stages: Array<[string, () => unknown]> = [
    ['parse (openInput)', open],
    ['buildMap', () => buildMap(doc.nodes)],
    ['layout overview', () => layoutMap({ ...graph }, { mode: 'overview', aspect: ASPECT })],
    ['layout tree-down', () => layoutMap({ ...graph }, { mode: 'tree-down', aspect: ASPECT })],
    ['exportJson', () => exportJson(doc, { now: NOW })],
  ];
  const total = { medianMs: 0, minMs: 0, cpuMedianMs: 0 };
  for (const [stage, work] of stages) {
    const timing = timeRuns(work, runs, warmup);
    if (stage !== 'layout tree-down') {
      total.medianMs += timing.medianMs;
      total.minMs += timing.minMs;
      total.cpuMedianMs += timing.cpuMedianMs;
    }
    emit({ kind: 'pipeline', input: input.name, nodes: graph.nodes.length, stage, ...timing });
  }
  emit({ kind: 'pipeline', input: input.name, nodes: graph.nodes.length, stage: 'total (parse + buildMap + overview + export)', medianMs: round(total.medianMs), minMs: round(total.minMs), cpuMedianMs: round(total.cpuMedianMs), runs });
}

function printTables() {
  const of = (kind: string) => records.filter((record) => record.kind === kind);
  const names = [...new Set(records.map((record) => record.input).filter((name) => typeof name === 'string'))] as string[];
  console.log('\nLayout time: median wall ms (fastest) [median CPU ms], and dagre TB on the same graph');
  const rows = names.map((name) => {
    const layout = (mode: string) => of('layout').find((r) => r.input === name && r.mode === mode);
    const dagre = of('dagre').find((r) => r.input === name);
    const cells = LAYOUT_MODES.map((mode) => `${layout(mode)?.medianMs} (${layout(mode)?.minMs}) [${layout(mode)?.cpuMedianMs}]`);
    const ratio = of('ratio').find((r) => r.input === name && r.mode === 'tree-down');
    const dagreCell = dagre?.medianMs === null ? 'skipped' : `${dagre?.medianMs} [${dagre?.cpuMedianMs}]${dagre?.note ? ' *' : ''}`;
    return [name, String(of('layout').find((r) => r.input === name)?.nodes ?? ''), ...cells, dagreCell, ratio === undefined ? '' : `${ratio.dagreOverOurs}x [${ratio.dagreOverOursCpu}x]`];
  });
  console.log(formatTable(['input', 'nodes', ...LAYOUT_MODES, 'dagre TB', 'dagre / tree-down'], rows));
  if (of('dagre').some((r) => r.note && r.runs === 1)) console.log('* dagre ran once at this size: one run takes from half a minute to minutes.');

  console.log('\nFit-view zoom at 1400×900 (padding 0.05): higher shows more of the map');
  const layouts = [...new Set(of('fit-zoom').map((r) => String(r.layout)))];
  console.log(formatTable(['layout', ...names], layouts.map((layout) => [layout, ...names.map((name) => String(of('fit-zoom').find((r) => r.input === name && r.layout === layout)?.zoom ?? ''))])));

  const pipeline = of('pipeline');
  if (pipeline.length > 0) {
    console.log(`\nFull pipeline on ${pipeline[0]!.input}: median wall ms (fastest) [median CPU ms]`);
    console.log(formatTable(['stage', 'ms'], pipeline.map((r) => [String(r.stage), `${r.medianMs} (${r.minMs}) [${r.cpuMedianMs}]`])));
  }
}

function main() {
  emit({ kind: 'environment', node: process.version, cores: availableParallelism(), loadAverage1m: round(loadavg()[0] ?? 0), smoke });
  for (const input of inputs()) {
    const ours = benchLayouts(input);
    benchBaselines(input, ours);
    benchPipeline(input);
  }
  printTables();
}

main();
