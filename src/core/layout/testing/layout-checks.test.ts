import { describe, expect, it } from 'vitest';
import { buildMap } from '../../map/graph';
import { starThread } from '../../../../bench/synthetic';
import { layoutMap } from '../index';
import { badPositions, findOverlaps, misplacedReplies } from './layout-checks';

// The layout tests lean on these checks, so they must be able to fail.
describe('layout checks', () => {
  const graph = buildMap(starThread(50)).graph;

  it('report two cards moved on top of each other', () => {
    const layout = layoutMap(graph, { mode: 'tree-down' });
    layout.x[7] = layout.x[30]! + 10;
    layout.y[7] = layout.y[30]! + 20;
    expect(findOverlaps(layout)).toEqual([[7, 30]]);
  });

  it('report a reply placed above its parent', () => {
    const layout = layoutMap(graph, { mode: 'tree-down' });
    layout.y[9] = layout.y[0]! - 10;
    expect(misplacedReplies(graph, layout)).toEqual([9]);
  });

  it('report a shown card without a position and a hidden card with one', () => {
    const layout = layoutMap(graph, { mode: 'outline', collapsed: new Set([0]) });
    layout.x[0] = Number.NaN;
    layout.x[3] = 5;
    expect(badPositions(layout)).toEqual([0, 3]);
  });
});
