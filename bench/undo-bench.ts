/**
 * Undo memory benchmark: what one undo step costs on a 20,000-card map, through the app's editor
 * (createEditor → dispatch → history of { op, inverse }), next to what the earlier whole-state
 * undo kept for the same edit (a new node list per structural step).
 *   npm run bench:undo               20,000 cards; target: every step under 1 % of the map's JSON
 *   npm run bench:undo -- --smoke    2,000 cards, so the script cannot rot
 * Prints one JSON line per edit, then a table; then the heap the undo history retains: many steps
 * of each kind made, the heap measured after a full collection with the history kept and again
 * with it dropped, the difference shared out per step, beside the heap the open map takes.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createDocument } from '../src/core/document';
import { buildMap } from '../src/core/map/graph';
import { createEditor } from '../src/store/editor';
import { createHistory, savedHistoryOf } from '../src/core/operations';
import { syntheticDiscussion } from './synthetic';
import { formatTable } from './timing';

const smoke = process.argv.includes('--smoke');
const count = smoke ? 2_000 : 20_000;
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

// Thread order, as the file format keeps it.
const generated = syntheticDiscussion({ nodes: count, seed: 7 });
const nodes = Array.from(buildMap(generated).graph.preorder, (position) => generated[position]!);
const map = createDocument({ source: { kind: 'hn', url: null, title: 'Synthetic', retrievedAt: null }, nodes, links: [] }, { now: '2026-11-30T12:00:00.000Z' });
const mapBytes = bytesOf(map);

const replyCount = new Map<string, number>();
for (const node of nodes) if (node.parent) replyCount.set(node.parent, (replyCount.get(node.parent) ?? 0) + 1);
const busiest = nodes.filter((node) => node.parent !== null && node.parent !== 's0').reduce((best, node) => ((replyCount.get(node.id) ?? 0) > (replyCount.get(best.id) ?? 0) ? node : best));
const lateTop = nodes.findLast((node) => node.parent === 's0')!;
const late = nodes[nodes.length - 10]!;

const editor = createEditor({ now: () => '2026-11-30T12:00:00.000Z', initial: { coder: 'bench', coderAsked: true } });
editor.actions.openDocument(map);
const { actions } = editor;
const edits: Array<{ edit: string; run: () => unknown }> = [
  { edit: 'tag', run: () => actions.setTag(late.id, 'con') },
  { edit: 'note', run: () => actions.setNote(late.id, 'Attacks the premise.') },
  { edit: `move (${replyCount.get(busiest.id)} replies along)`, run: () => actions.reparent(busiest.id, lateTop.id) },
  { edit: `merge (${replyCount.get(busiest.id)} replies re-hung)`, run: () => actions.mergeIntoPrevious(busiest.id, true) },
  { edit: 'claim split', run: () => actions.splitClaim(late.id, [0, 7]) },
];

const rows: string[][] = [];
for (const { edit, run } of edits) {
  const nodesBefore = editor.store.getState().nodes;
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  const entry = editor.history().past.at(-1)!;
  const stepBytes = bytesOf(entry);
  // The earlier undo kept the replaced parts of the state per step: a whole node list when the nodes changed.
  const snapshotEntries = editor.store.getState().nodes === nodesBefore ? 0 : nodesBefore.length;
  const result = { edit, cards: count, mapBytes, stepBytes, shareOfMap: stepBytes / mapBytes, dispatchMs: Number(ms.toFixed(1)), wholeStateNodeEntries: snapshotEntries };
  console.log(JSON.stringify(result));
  rows.push([edit, kb(stepBytes), `${((100 * stepBytes) / mapBytes).toFixed(3)} %`, `${ms.toFixed(1)} ms`, snapshotEntries.toLocaleString('en-US')]);
}

const savedBytes = bytesOf(savedHistoryOf(editor.history()));
console.log(JSON.stringify({ savedHistoryBytes: savedBytes, steps: editor.history().past.length }));
console.log(`\nUndo steps on a ${count.toLocaleString('en-US')}-card map (${kb(mapBytes)} of JSON), one editor, history of { op, inverse }:\n`);
console.log(formatTable(['edit', 'undo step', 'of the map', 'dispatch', 'whole-state step: node entries'], rows));
console.log(`\nSaved undo history of these ${editor.history().past.length} steps (its stored form): ${kb(savedBytes)}.`);
const worst = Math.max(...rows.map((_, i) => bytesOf(editor.history().past[i])));
if (worst >= mapBytes / 100) {
  console.error(`An undo step holds ${kb(worst)}, 1 % of the map or more.`);
  process.exitCode = 1;
}

// Heap: what the history itself keeps alive, not JSON bytes. A full collection before each reading.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heapNow = () => {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
};
const heapBeforeMap = heapNow();
// A copy of its own, so the heap it takes is not shared with the map opened above.
const measured = createEditor({ now: () => '2026-11-30T12:00:00.000Z', initial: { coder: 'bench', coderAsked: true } });
measured.actions.openDocument(structuredClone(map));
const mapHeap = heapNow() - heapBeforeMap;
const leaves = nodes.filter((node) => node.parent !== null && !replyCount.has(node.id) && node.text.length > 7);
const heapRows: string[][] = [];
const STEPS = smoke ? 20 : 200;
const heapKinds: Array<{ kind: string; step: (i: number) => unknown }> = [
  { kind: 'tag', step: (i) => measured.actions.setTag(leaves[i]!.id, i % 2 ? 'pro' : 'con') },
  { kind: 'note', step: (i) => measured.actions.setNote(leaves[i]!.id, `Note ${i} on this card.`) },
  // The busiest branch moved to and fro: each step re-hangs it with all its replies.
  { kind: `move (${replyCount.get(busiest.id)} replies along)`, step: (i) => measured.actions.reparent(busiest.id, i % 2 ? busiest.parent! : lateTop.id) },
  { kind: 'claim split', step: (i) => measured.actions.splitClaim(leaves[leaves.length - 1 - i]!.id, [0, 7]) },
];
// A first edit builds what the editor keeps lazily (indexes, derived measures): not the history's.
measured.actions.setTag(leaves.at(-1)!.id, 'pro');
for (const { kind, step } of heapKinds) {
  measured.setHistory(createHistory(measured.history().limit));
  for (let i = 0; i < STEPS; i++) step(i);
  const steps = measured.history().past.length;
  const withHistory = heapNow();
  measured.setHistory(createHistory(measured.history().limit));
  const without = heapNow();
  const perStep = (withHistory - without) / steps;
  console.log(JSON.stringify({ heap: kind, steps, mapHeapBytes: mapHeap, bytesPerStep: Math.round(perStep), shareOfMapHeap: perStep / mapHeap }));
  heapRows.push([kind, String(steps), kb(perStep), `${((100 * perStep) / mapHeap).toFixed(3)} %`]);
}
// What the earlier whole-state undo kept per structural step at the least: a new list of the nodes.
const beforeLists = heapNow();
const lists = Array.from({ length: 20 }, (_, i) => measured.store.getState().nodes.map((node, at) => (at === i ? { ...node } : node)));
const perList = (heapNow() - beforeLists) / lists.length;
console.log(JSON.stringify({ heap: 'whole-state step (a new node list)', steps: lists.length, mapHeapBytes: mapHeap, bytesPerStep: Math.round(perList), shareOfMapHeap: perList / mapHeap }));
heapRows.push(['whole-state step: a new node list', String(lists.length), kb(perList), `${((100 * perList) / mapHeap).toFixed(3)} %`]);
console.log(`\nHeap the undo history keeps alive (V8, after a full collection), the open map taking ${kb(mapHeap)}:\n`);
console.log(formatTable(['edit', 'steps', 'heap per step', 'of the map'], heapRows));
