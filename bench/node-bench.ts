/**
 * Layout benchmark: Threadmap's four layout modes against d3-hierarchy's tidy tree (the primary
 * baseline: the standard linear-time tree layout), and against ELK mrtree and dagre (what React
 * Flow's docs suggest), on the same inputs in one Node process.
 *   npm run bench             the real 2,565-item HN thread; chains of 1k–100k; a star, a
 *                             caterpillar, random deep trees and realistic synthetic threads of 1k–20k
 *   npm run bench -- --smoke  every family once on small inputs: CI runs it so the bench cannot rot;
 *                             it never fails on a timing, only when something throws
 *   --elk-max-nodes=N --dagre-max-nodes=N   skip those baselines above N nodes (defaults 2,000 and
 *                             5,000: ELK mrtree takes 25 s on a 4,000-long chain); any contestant is
 *                             also skipped on the larger sizes of a family once one run took 1 s of CPU
 *   --from=FILE               print the tables again from the JSON lines of an earlier run
 * Prints one JSON line per measurement, then readable tables: time (median, min–max), the ratio of
 * each mode to d3, fit zoom with the on-screen size of 12 px card text, and the growth exponent of
 * each contestant per family (log-log fit of time against n).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { openInput } from '../src/core/document/open-input';
import { exportJson } from '../src/core/export/json';
import { fitZoom, layoutMap, LAYOUT_MODES } from '../src/core/layout';
import { buildMap } from '../src/core/map/graph';
import { boxOfD3Tree, fitBoxZoom, layoutWithD3Tree } from './baselines';
import { layoutWithDagre } from './dagre-baseline';
import { layoutWithElkTree } from './elk-baseline';
import { growthExponent } from './growth';
import { benchInputs, fixtureText, NOW, type BenchInput } from './shapes';
import { formatTable, round, timeAdaptive, timeRuns, type Timing } from './timing';

const smoke = process.argv.includes('--smoke');
const flag = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const VIEWPORT = { width: 1400, height: 900 };
const ASPECT = VIEWPORT.width / VIEWPORT.height;
/** Card text is 12 px in Threadmap and in the baselines' nodes. */
const CARD_TEXT_PX = 12;
/** One run taking more CPU than this: no repeats, and no larger size of the same family. */
const SLOW_MS = smoke ? 10_000 : 1000;
const RUNS = smoke ? { runs: 1, warmup: 0, singleRunMs: SLOW_MS } : { runs: 7, warmup: 2, singleRunMs: SLOW_MS };

interface Contestant {
  name: string;
  maxNodes: number;
  /** Lays the graph out; returns the drawing's fit zoom at 1400×900. */
  run(input: BenchInput): number | Promise<number>;
}

const D3 = 'd3 tree()';
const contestants: Contestant[] = [
  ...LAYOUT_MODES.map((mode) => ({
    name: mode,
    maxNodes: Infinity,
    // A new graph object each run: the tree modes cache their plan per graph.
    run: (input: BenchInput) => fitZoom(layoutMap({ ...input.graph }, { mode, aspect: ASPECT }), VIEWPORT.width, VIEWPORT.height),
  })),
  { name: D3, maxNodes: Infinity, run: (input) => fitBoxZoom(boxOfD3Tree(layoutWithD3Tree(input.graph))) },
  { name: 'ELK mrtree', maxNodes: flag('elk-max-nodes', smoke ? 300 : 2000), run: async (input) => fitBoxZoom(await layoutWithElkTree(input.graph)) },
  { name: 'dagre TB', maxNodes: flag('dagre-max-nodes', smoke ? 300 : 5000), run: (input) => fitBoxZoom(layoutWithDagre(input.graph)) },
];

type Row = { [key: string]: string | number | boolean | null };
const records: Row[] = [];
function emit(record: Row) {
  records.push(record);
  console.log(JSON.stringify(record));
}

/** Why a contestant sits out an input, or null when it runs. */
function skipReason(contestant: Contestant, input: BenchInput): string | null {
  const nodes = input.graph.nodes.length;
  if (nodes > contestant.maxNodes) return `skipped: over ${contestant.maxNodes} nodes`;
  // CPU time, not wall-clock: on a shared machine the wall-clock time of one run says more about
  // the other work than about this one.
  const slower = records.find((r) => r.kind === 'layout' && r.family === input.family && r.contestant === contestant.name && (r.medianMs === null || Number(r.cpuMedianMs) > SLOW_MS || r.failed));
  if (slower && input.family !== 'hn') return slower.failed ? `skipped: failed at n=${slower.nodes}` : slower.medianMs === null ? String(slower.note) : `skipped: ${slower.cpuMedianMs} ms CPU at n=${slower.nodes}`;
  return null;
}

async function benchLayouts(input: BenchInput) {
  const nodes = input.graph.nodes.length;
  const base = { kind: 'layout', input: input.name, family: input.family, nodes };
  for (const contestant of contestants) {
    const reason = skipReason(contestant, input);
    if (reason) {
      emit({ ...base, contestant: contestant.name, medianMs: null, note: reason });
      continue;
    }
    let zoom = Number.NaN;
    try {
      const timing: Timing = await timeAdaptive(async () => (zoom = await contestant.run(input)), RUNS);
      emit({ ...base, contestant: contestant.name, ...timing, fitZoom: round(zoom, 4), note: timing.runs === 1 && !smoke ? 'one run: too slow to repeat' : null });
    } catch (error) {
      // dagre recurses once per rank: a long chain overflows the stack.
      emit({ ...base, contestant: contestant.name, medianMs: null, failed: true, note: `failed: ${(error as Error).message.slice(0, 60)}` });
    }
  }
}

function benchPipeline(input: BenchInput) {
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
    ['exportJson', () => exportJson(doc, { now: NOW })],
  ];
  for (const [stage, work] of stages) emit({ kind: 'pipeline', input: input.name, nodes: graph.nodes.length, stage, ...timeRuns(work, runs, warmup) });
}

const layoutRows = () => records.filter((r) => r.kind === 'layout');
const find = (input: string, contestant: string) => layoutRows().find((r) => r.input === input && r.contestant === contestant);
const names = () => [...new Set(layoutRows().map((r) => String(r.input)))];

function timeCell(row: Row | undefined): string {
  if (!row) return '';
  if (row.medianMs === null) return String(row.note).startsWith('failed') ? 'failed' : 'skipped';
  return Number(row.runs) === 1 ? `${row.medianMs} [${row.cpuMedianMs}] (1 run)` : `${row.medianMs} (${row.minMs}–${row.maxMs}) [${row.cpuMedianMs}]`;
}

function printTables() {
  const columns = contestants.map((c) => c.name);
  console.log(smoke ? '\nLayout time, ms: one run each (smoke: no warm-up, not a measurement)' : `\nLayout time, ms: wall-clock median (min–max) [CPU median] of ${RUNS.runs} runs after warm-up`);
  console.log(formatTable(['input', 'nodes', ...columns], names().map((name) => [name, String(find(name, columns[0]!)?.nodes ?? ''), ...columns.map((c) => timeCell(find(name, c)))])));
  const notes = new Map<string, string[]>();
  for (const r of layoutRows().filter((row) => row.medianMs === null)) {
    const key = `${r.contestant}, ${String(r.note).replace(/ at n=\d+$/, '')}`;
    notes.set(key, [...(notes.get(key) ?? []), String(r.input)]);
  }
  for (const [note, inputs] of notes) console.log(`  ${note}: ${inputs.join(', ')}`);

  console.log(`\nEach mode as a multiple of d3 tree() on the same input (CPU median ÷ CPU median; below 1 is faster than d3)`);
  console.log(formatTable(['input', ...LAYOUT_MODES], names().map((name) => {
    const d3 = find(name, D3);
    return [name, ...LAYOUT_MODES.map((mode) => {
      const ours = find(name, mode);
      return d3?.cpuMedianMs && ours?.cpuMedianMs ? `${Number((Number(ours.cpuMedianMs) / Number(d3.cpuMedianMs)).toPrecision(2))}×` : '';
    })];
  })));

  console.log(`\nWhat each layout buys: fit-view zoom at ${VIEWPORT.width}×${VIEWPORT.height} (padding 0.05), and the on-screen size of ${CARD_TEXT_PX} px card text at that zoom`);
  console.log(formatTable(['input', ...columns], names().map((name) => [name, ...columns.map((c) => {
    const zoom = find(name, c)?.fitZoom;
    return typeof zoom === 'number' ? `${zoom} (${round(zoom * CARD_TEXT_PX, 1)} px)` : '';
  })])));

  console.log('\nGrowth exponent per family: slope of log(CPU median ms) against log(n); 1 = linear, 2 = quadratic');
  const families = [...new Set(layoutRows().filter((r) => r.family !== 'hn').map((r) => String(r.family)))];
  const exponents = families.map((family) => {
    const sizes = [...new Set(layoutRows().filter((r) => r.family === family).map((r) => Number(r.nodes)))];
    return [`${family} (n = ${sizes.join(', ')})`, ...columns.map((c) => {
      const points = layoutRows().filter((r) => r.family === family && r.contestant === c && typeof r.cpuMedianMs === 'number').map((r) => ({ n: Number(r.nodes), ms: Number(r.cpuMedianMs) }));
      const exponent = growthExponent(points);
      emit({ kind: 'growth', family, contestant: c, exponent: Number.isNaN(exponent) ? null : round(exponent, 2), sizes: points.map((p) => p.n).join(',') });
      if (Number.isNaN(exponent)) return points.length < 2 ? 'too few sizes' : '';
      return points.length < sizes.length ? `${round(exponent, 2)} (to n=${points.at(-1)!.n})` : String(round(exponent, 2));
    })];
  });
  console.log(formatTable(['family', ...columns], exponents));

  const pipeline = records.filter((r) => r.kind === 'pipeline');
  if (pipeline.length > 0) {
    console.log(`\nParse → export pipeline on ${pipeline[0]!.input}, ms: median (min–max) [median CPU]`);
    console.log(formatTable(['stage', 'ms'], pipeline.map((r) => [String(r.stage), `${r.medianMs} (${r.minMs}–${r.maxMs}) [${r.cpuMedianMs}]`])));
  }
}

/** `--from=FILE`: print the tables again from the JSON lines of an earlier run. */
function reprint(file: string) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const record = JSON.parse(line) as Row;
    if (record.kind !== 'growth') records.push(record);
  }
  printTables();
}

async function main() {
  const from = process.argv.find((arg) => arg.startsWith('--from='))?.slice('--from='.length);
  if (from) return reprint(from);
  emit({ kind: 'environment', node: process.version, cores: availableParallelism(), loadAverage1m: round(loadavg()[0] ?? 0), smoke });
  for (const input of benchInputs(smoke)) {
    await benchLayouts(input);
    benchPipeline(input);
  }
  printTables();
  emit({ kind: 'environment-end', loadAverage1m: round(loadavg()[0] ?? 0) });
}

await main();
