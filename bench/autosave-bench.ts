/**
 * Autosave cost per change: the time spent in the autosave session's listeners per tag or move, and how
 * long the change takes with the session listening, next to the
 * same change in an editor nobody saves, on the real 2,565-item HN thread and a 20,000-card synthetic
 * map; and how many bytes each change adds to the operation log. Storage is a stand-in that only
 * records what it is given, so the figures are the main-thread work of the session, not IndexedDB's.
 *   npx tsx bench/autosave-bench.ts            both maps, 60 tags and 60 moves each
 *   npx tsx bench/autosave-bench.ts --smoke    2,000 synthetic cards, 10 of each, so the script cannot rot
 */
import { readFileSync } from 'node:fs';
import { createDocument } from '../src/core/document';
import { openInput } from '../src/core/document/open-input';
import type { ThreadmapDocument } from '../src/core/document/types';
import { buildMap } from '../src/core/map/graph';
import { isTaggable } from '../src/core/annotations/taggable';
import type { Operation } from '../src/core/operations';
import { createAutosaveSession } from '../src/store/autosave/session';
import type { MapStorage } from '../src/store/autosave/map-storage';
import { createEditor } from '../src/store/editor';
import { syntheticDiscussion } from './synthetic';
import { formatTable, median } from './timing';

const smoke = process.argv.includes('--smoke');
const changes = smoke ? 10 : 60;
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;


function synthetic(count: number): ThreadmapDocument {
  const generated = syntheticDiscussion({ nodes: count, seed: 7 });
  const nodes = Array.from(buildMap(generated).graph.preorder, (position) => generated[position]!);
  return createDocument({ source: { kind: 'hn', url: null, title: 'Synthetic', retrievedAt: null }, nodes, links: [] }, { now: '2026-11-30T12:00:00.000Z' });
}

function hnThread(): ThreadmapDocument {
  const name = 'hn-firebase_14952787_flat-items_forum-explorer.json';
  const opened = openInput(readFileSync(`test/fixtures/${name}`, 'utf8'), { retrievedAt: null, fileName: name, now: '2026-11-30T12:00:00.000Z' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Storage that keeps nothing but the operations appended, at once. */
function recordingStorage(logged: Operation[]): MapStorage {
  const done = () => Promise.resolve();
  return {
    saveSnapshot: done,
    appendOperations: (_id: string, ops: Operation[]) => {
      logged.push(...ops);
      return done();
    },
    listLibrary: () => Promise.resolve({ entries: [], suspects: [] }),
    setLastOpen: done,
    close: () => undefined,
  } as unknown as MapStorage;
}

/**
 * Milliseconds per change (median), with or without a session saving the editor; and the time
 * spent in the session's own listeners, read between listeners subscribed just before and just
 * after it (both stores call their listeners in the order they subscribed).
 */
async function timeChanges(map: ThreadmapDocument, saved: boolean, kind: 'tag' | 'move') {
  const editor = createEditor({ initial: { coder: 'bench', coderAsked: true } });
  const logged: Operation[] = [];
  let mark = 0;
  let inSession = 0;
  const start = () => void (mark = performance.now());
  const stop = () => void (inSession += performance.now() - mark);
  editor.store.subscribe(start);
  editor.subscribe(start);
  const session = saved ? createAutosaveSession({ editor, readSample: async () => null, newId: () => `m-${logged.length}` }) : null;
  editor.store.subscribe(stop);
  editor.subscribe(stop);
  session?.attach(recordingStorage(logged));
  editor.actions.openDocument(map);
  await session?.settled();
  logged.length = 0;
  const hasReplies = new Set(map.nodes.map((node) => node.parent));
  const ids = map.nodes.filter((node) => isTaggable(node) && !hasReplies.has(node.id)).map((node) => node.id);
  const target = map.nodes.find((node) => node.parent === map.nodes[0]!.id)!.id;
  const times: number[] = [];
  const listening: number[] = [];
  for (let i = 0; i < changes; i++) {
    const id = ids[Math.floor((i * ids.length) / changes)]!;
    inSession = 0;
    const started = performance.now();
    // A move changes the node list, so a whole-map comparison has the most to compare.
    if (kind === 'tag') editor.actions.setTag(id, i % 2 ? 'pro' : 'con');
    else editor.actions.reparent(id, target);
    times.push(performance.now() - started);
    listening.push(inSession);
  }
  session?.stop();
  const bytesPerOp = logged.length ? Math.round(logged.reduce((sum, op) => sum + bytesOf(op), 0) / logged.length) : 0;
  return { ms: median(times), listenerMs: median(listening), bytesPerOp, logged: logged.length };
}

const maps = smoke ? [{ name: 'synthetic 2,000', map: synthetic(2_000) }] : [{ name: 'HN 14952787 (2,565 items)', map: hnThread() }, { name: 'synthetic 20,000', map: synthetic(20_000) }];
const rows: string[][] = [];
for (const { name, map } of maps) {
  for (const kind of ['tag', 'move'] as const) {
    // One warm-up round each, so the first measured change does not pay for compiling.
    await timeChanges(map, false, kind);
    await timeChanges(map, true, kind);
    const plain = await timeChanges(map, false, kind);
    const saved = await timeChanges(map, true, kind);
    const result = {
      map: name, change: kind, cards: map.nodes.length, changes,
      changeMs: Number(plain.ms.toFixed(3)), changeWithAutosaveMs: Number(saved.ms.toFixed(3)),
      autosaveListenerMs: Number(saved.listenerMs.toFixed(3)), loggedOps: saved.logged, bytesPerLoggedOp: saved.bytesPerOp,
    };
    console.log(JSON.stringify(result));
    rows.push([name, kind, `${plain.ms.toFixed(2)} ms`, `${saved.ms.toFixed(2)} ms`, `${saved.listenerMs.toFixed(3)} ms`, `${saved.bytesPerOp} B`]);
  }
}
console.log(formatTable(['map', 'change', 'no autosave', 'with autosave', 'in autosave per change', 'log bytes per change'], rows));
