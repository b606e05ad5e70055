import { describe, expect, it } from 'vitest';
import type { MapGeometry } from '../geometry';
import { layoutGeometry } from '../geometry';
import { layoutMap } from '../index';
import { fixtureGraph, HN_ALGOLIA_OLD } from './fixture-graphs';
import { crossingLines, linesOverCards, looseLineEnds, overlappingCards, repliesBeforeParents, scatteredReplies, siblingsLikeParents } from './geometry-checks';

const card = (id: string, x: number, y: number) => ({ id, x, y, width: 280, height: 120 });

// The checks stand behind every layout test, so each is shown failing on a layout that is wrong.
describe('geometry checks', () => {
  // The old tree ↓ of the 2014 HN item: Arrington's card straight under dmon's, its line from
  // the post running down through dmon's card.
  const rowWrapped: MapGeometry = {
    mode: 'tree-down',
    nodes: [card('pg', 0, 0), card('dmon', 0, 176), card('arrington', 0, 352)],
    edges: [
      { from: 'pg', to: 'dmon', points: [[140, 120], [140, 176]] },
      { from: 'pg', to: 'arrington', points: [[140, 120], [140, 352]] },
    ],
  };

  it('find a line running over a card it does not join, and a sibling placed as a reply would be', () => {
    expect(linesOverCards(rowWrapped)).toEqual([['arrington', 'dmon']]);
    expect(siblingsLikeParents(rowWrapped)).toEqual(['arrington']);
  });

  it('pass the same three cards laid out by tree ↓ today', () => {
    const graph = fixtureGraph(HN_ALGOLIA_OLD);
    const geometry = layoutGeometry(graph, layoutMap(graph, { mode: 'tree-down' }));
    expect(geometry.nodes).toHaveLength(3);
    expect(linesOverCards(geometry)).toEqual([]);
    expect(siblingsLikeParents(geometry)).toEqual([]);
    // Moving the second reply under the first, with its line, is caught.
    const [post, first, second] = geometry.nodes;
    second!.x = first!.x;
    second!.y = first!.y + 176;
    geometry.edges[1]!.points = [[post!.x + 140, 120], [post!.x + 140, 148], [second!.x + 140, 148], [second!.x + 140, second!.y]];
    expect(linesOverCards(geometry).map(([, over]) => over)).toContain(first!.id);
    expect(siblingsLikeParents(geometry)).toEqual([second!.id]);
  });

  it('find overlapping cards', () => {
    const geometry: MapGeometry = { mode: 'tree-down', nodes: [card('a', 0, 0), card('b', 279, 119), card('c', 560, 0)], edges: [] };
    expect(overlappingCards(geometry)).toEqual([['a', 'b']]);
  });

  it('find a line that starts away from its parent or stops short of its reply', () => {
    const geometry: MapGeometry = {
      mode: 'tree-down',
      nodes: [card('p', 0, 0), card('a', 0, 176), card('b', 400, 176)],
      edges: [
        { from: 'p', to: 'a', points: [[140, 130], [140, 176]] },
        { from: 'p', to: 'b', points: [[140, 120], [140, 148], [540, 148], [540, 170]] },
      ],
    };
    expect(looseLineEnds(geometry)).toEqual(['a', 'b']);
  });

  it('find lines of two parents that cross, but not the shared comb of one parent', () => {
    const geometry: MapGeometry = {
      mode: 'tree-down',
      nodes: [card('p', 0, 0), card('q', 400, 0), card('a', 0, 176), card('b', 400, 176), card('c', 800, 176)],
      edges: [
        { from: 'p', to: 'a', points: [[140, 120], [140, 148], [140, 176]] },
        { from: 'p', to: 'c', points: [[140, 120], [140, 148], [940, 148], [940, 176]] },
        { from: 'q', to: 'b', points: [[540, 120], [540, 176]] },
      ],
    };
    expect(crossingLines(geometry)).toEqual([['c', 'b']]);
    geometry.edges[1]!.points = [[140, 120], [140, 140], [940, 140]];
    geometry.edges.splice(2, 1);
    expect(crossingLines(geometry)).toEqual([]);
  });

  it('find replies split by a card that is not one of them, and a reply above its parent', () => {
    const geometry: MapGeometry = {
      mode: 'tree-down',
      nodes: [card('p', 0, 0), card('a', 0, 176), card('x', 312, 176), card('b', 624, 176), card('up', 624, -200)],
      edges: [
        { from: 'p', to: 'a', points: [[140, 120], [140, 176]] },
        { from: 'p', to: 'b', points: [[140, 120], [140, 148], [764, 148], [764, 176]] },
        { from: 'p', to: 'up', points: [[280, 60], [764, 60], [764, -80]] },
      ],
    };
    expect(scatteredReplies(geometry)).toEqual(['p']);
    expect(repliesBeforeParents(geometry)).toEqual(['up']);
  });
});
