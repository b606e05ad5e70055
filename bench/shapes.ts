import { readFileSync } from 'node:fs';
import { openInput } from '../src/core/document/open-input';
import { buildMap, type MapGraph } from '../src/core/map/graph';
import { caterpillarThread, chainThread, randomTree, starThread, syntheticDiscussion } from './synthetic';

/** One input of the layout bench: a family of shapes grown to several sizes, or a real thread. */
export interface BenchInput {
  name: string;
  /** Inputs of one family differ only in size; the growth exponent is fitted per family. */
  family: string;
  graph: MapGraph;
  /** The recorded file, for the parse → export pipeline. */
  file?: string;
}

export const NOW = '2026-01-01T00:00:00.000Z';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');
}

function openFixture(name: string): MapGraph {
  const opened = openInput(fixtureText(name), { retrievedAt: null, fileName: name, now: NOW });
  if (!opened.ok) throw new Error(`${name} did not open: ${opened.error.message}`);
  return buildMap(opened.value.nodes).graph;
}

/** The shape families, each as a function of the node count (the post included). */
export const SHAPES = {
  chain: (n: number) => chainThread(n - 1),
  star: (n: number) => starThread(n - 1),
  caterpillar: (n: number) => caterpillarThread(n, 2),
  'random-deep': (n: number) => randomTree(n, 4, n),
  synthetic: (n: number) => syntheticDiscussion({ nodes: n, seed: 7 }),
} as const;

export type ShapeFamily = keyof typeof SHAPES;

function grow(family: ShapeFamily, sizes: number[]): BenchInput[] {
  return sizes.map((n) => ({ name: `${family}-${n}`, family, graph: buildMap(SHAPES[family](n)).graph }));
}

export const HN_THREAD = 'hn-firebase_14952787_flat-items_forum-explorer.json';
const HN_ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';

/** The inputs of a full run, or of a smoke run (small sizes, every family still there). */
export function benchInputs(smoke: boolean): BenchInput[] {
  if (smoke) {
    return [
      { name: 'hn-algolia-579', family: 'hn', graph: openFixture(HN_ALGOLIA), file: HN_ALGOLIA },
      ...grow('chain', [250, 500, 1000]),
      ...grow('star', [1000]),
      ...grow('caterpillar', [1000]),
      ...grow('random-deep', [1000]),
      ...grow('synthetic', [1000]),
    ];
  }
  // 1,000 and 2,000 as well, so that ELK and dagre, too slow above, get a growth exponent.
  return [
    { name: 'hn-thread-2565', family: 'hn', graph: openFixture(HN_THREAD), file: HN_THREAD },
    ...grow('synthetic', [1000, 2000, 5000, 10000, 20000]),
    ...grow('chain', [1000, 2000, 5000, 10000, 20000, 100000]),
    ...grow('star', [1000, 2000, 5000, 10000, 20000]),
    ...grow('caterpillar', [1000, 2000, 5000, 10000, 20000]),
    ...grow('random-deep', [1000, 2000, 5000, 10000, 20000]),
  ];
}
