import { readdirSync, readFileSync } from 'node:fs';
import { openInput } from '../../document/open-input';
import { buildMap, type MapGraph } from '../../map/graph';
import { chainThread, starThread, syntheticDiscussion } from '../../../../bench/synthetic';

const FIXTURES = new URL('../../../../test/fixtures/', import.meta.url);

/** The 2,565-item HN thread: 230 top-level replies, one with 778 replies beneath it, depth 24. */
export const HN_THREAD = 'hn-firebase_14952787_flat-items_forum-explorer.json';
/** The same thread's first three top-level subtrees through the Algolia shape (579 items). */
export const HN_ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
export const HN_ALGOLIA_OLD = 'hn-algolia_items-17_2014_node-hacker-news-api.json';
/** The app's plain text sample, whose reply structure the text importer guesses. */
export const TEXT_SAMPLE = 'hn-text_eggos-unikernel-thread.txt';

/** Opens a recorded thread the way the app does (openInput) and builds its map graph. */
export function fixtureGraph(name: string): MapGraph {
  const text = readFileSync(new URL(name, FIXTURES), 'utf8');
  const opened = openInput(text, { retrievedAt: null, fileName: name, now: '2026-01-01T00:00:00.000Z' });
  if (!opened.ok) throw new Error(`${name} did not open: ${opened.error.message}`);
  return buildMap(opened.value.nodes).graph;
}

/** Every recorded thread that the importers written so far can open, by file name. */
export function openableFixtures(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => !name.endsWith('.md'))
    .filter((name) => openInput(readFileSync(new URL(name, FIXTURES), 'utf8'), { retrievedAt: null, fileName: name }).ok)
    .sort();
}

/** Three synthetic threads side by side, each with its own root, as a merged import might give. */
function forest() {
  return [300, 40, 1200].flatMap((size, tree) =>
    syntheticDiscussion({ nodes: size, seed: tree + 1 }).map((node) => ({
      ...node,
      id: `t${tree}-${node.id}`,
      parent: node.parent === null ? null : `t${tree}-${node.parent}`,
    })),
  );
}

/** Synthetic trees at the sizes the layout must handle, built once per test file. */
export function syntheticGraphs(): Array<{ name: string; graph: MapGraph }> {
  return [
    { name: 'synthetic discussion of 5,000 nodes', graph: buildMap(syntheticDiscussion({ nodes: 5000, seed: 5 })).graph },
    { name: 'synthetic discussion of 20,000 nodes', graph: buildMap(syntheticDiscussion({ nodes: 20000, seed: 20 })).graph },
    { name: 'chain 500 replies deep', graph: buildMap(chainThread(500)).graph },
    { name: 'star of 5,000 top-level comments', graph: buildMap(starThread(5000)).graph },
    { name: 'forest of three threads (three roots)', graph: buildMap(forest()).graph },
  ];
}
