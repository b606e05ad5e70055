/**
 * Insight measures benchmark: every measure of a thread (sub-debates, back-and-forth, people and
 * pairs, time series, first hour, summary) on a 20,000-comment synthetic thread and on the real
 * 2,565-item HN thread.
 *   npm run bench:insight            target: all measures of 20,000 comments in ≤ 50 ms
 *   npm run bench:insight -- --smoke once each on small inputs, so the script cannot rot
 * Prints one JSON line per measurement, then a table.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { Annotations } from '../src/core/annotations/types';
import { openInput } from '../src/core/document/open-input';
import { measureGraph, measureThread } from '../src/core/insight';
import { buildMap } from '../src/core/map/graph';
import type { ThreadNode } from '../src/core/map/types';
import { createRandom, syntheticDiscussion } from './synthetic';
import { formatTable, timeRuns } from './timing';

const smoke = process.argv.includes('--smoke');
const runs = smoke ? 1 : 25;

/** The synthetic discussion with what the measures read: a time for each comment and some tags. */
function timedTaggedDiscussion(count: number): { nodes: ThreadNode[]; annotations: Annotations } {
  const random = createRandom(7);
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  let at = start;
  const nodes = syntheticDiscussion({ nodes: count, seed: 3 }).map((node) => {
    at += Math.floor(random() * 40_000);
    return { ...node, createdAt: new Date(at).toISOString() };
  });
  const annotations: Annotations = {};
  const tags = ['pro', 'con', 'question'] as const;
  for (const node of nodes) if (random() < 0.3) annotations[node.id] = { tag: tags[Math.floor(random() * 3)]!, updatedAt: '2026-01-01T00:00:00.000Z' };
  return { nodes, annotations };
}

const hnName = 'hn-firebase_14952787_flat-items_forum-explorer.json';
const hn = openInput(readFileSync(new URL(`../test/fixtures/${hnName}`, import.meta.url), 'utf8'), { retrievedAt: null, fileName: hnName });
if (!hn.ok) throw new Error(hn.error.message);

const inputs = [
  { name: smoke ? 'synthetic 2,000' : 'synthetic 20,000', ...timedTaggedDiscussion(smoke ? 2_000 : 20_000) },
  { name: 'HN 14952787 (2,565 items)', nodes: hn.value.nodes, annotations: hn.value.annotations },
];

const rows: Array<Array<string | number>> = [];
for (const input of inputs) {
  const graph = buildMap(input.nodes).graph;
  const measures = measureGraph(graph, input.annotations);
  const fromGraph = timeRuns(() => measureGraph(graph, input.annotations), runs, smoke ? 0 : 3);
  const withBuild = timeRuns(() => measureThread(input), runs, smoke ? 0 : 3);
  const record = { bench: 'insight', input: input.name, nodes: input.nodes.length, subDebates: measures.topLevel.length + measures.branches.length, measuresMs: fromGraph.medianMs, measuresCpuMs: fromGraph.cpuMedianMs, withBuildMapMs: withBuild.medianMs, runs, cores: availableParallelism(), load1: Math.round(loadavg()[0]! * 100) / 100 };
  console.log(JSON.stringify(record));
  rows.push([input.name, input.nodes.length, record.subDebates, fromGraph.medianMs, fromGraph.minMs, fromGraph.cpuMedianMs, withBuild.medianMs]);
}
console.log();
console.log(formatTable(['input', 'nodes', 'sub-debates', 'measures median ms', 'min ms', 'cpu median ms', 'with buildMap ms'], rows));
console.log('\nTarget: all measures of 20,000 comments in ≤ 50 ms (measures on the map graph the app already holds).');
