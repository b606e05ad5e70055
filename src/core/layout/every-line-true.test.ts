import { describe, expect, it } from 'vitest';
import { buildMap, type MapGraph } from '../map/graph';
import { chainThread, syntheticDiscussion } from '../../../bench/synthetic';
import { layoutGeometry } from './geometry';
import { layoutMap, LAYOUT_MODES } from './index';
import { fixtureGraph, openableFixtures } from './testing/fixture-graphs';
import { crossingLines, linesOverCards, looseLineEnds, overlappingCards, repliesBeforeParents, scatteredReplies, siblingsLikeParents } from './testing/geometry-checks';

const post = chainThread(0)[0]!;
/** A post with one comment that has 500 replies. */
const wide = buildMap([...chainThread(1), ...Array.from({ length: 500 }, (_, i) => ({ ...post, id: `r${i}`, parent: '1' }))]).graph;

const graphs: Array<{ name: string; graph: MapGraph }> = [
  ...openableFixtures().map((name) => ({ name, graph: fixtureGraph(name) })),
  { name: 'a comment with 500 replies', graph: wide },
  { name: 'a 2,000-long chain', graph: buildMap(chainThread(2000)).graph },
  { name: 'a synthetic discussion of 3,000 comments', graph: buildMap(syntheticDiscussion({ nodes: 3000, seed: 4 })).graph },
];

describe('every reply line is true', () => {
  for (const { name, graph } of graphs) {
    for (const mode of LAYOUT_MODES) {
      it(`${mode}: ${name}: cards apart, each line from its parent's card to its reply's and over no other card`, () => {
        const geometry = layoutGeometry(graph, layoutMap(graph, { mode, aspect: 1400 / 900 }));
        expect(geometry.edges.length).toBe(graph.nodes.length - graph.roots.length);
        expect(overlappingCards(geometry)).toEqual([]);
        expect(looseLineEnds(geometry)).toEqual([]);
        expect(linesOverCards(geometry)).toEqual([]);
        expect(repliesBeforeParents(geometry)).toEqual([]);
        expect(siblingsLikeParents(geometry)).toEqual([]);
        if (mode === 'tree-down' || mode === 'tree-right') {
          expect(crossingLines(geometry)).toEqual([]);
          expect(scatteredReplies(geometry)).toEqual([]);
        }
      });
    }
  }
});
