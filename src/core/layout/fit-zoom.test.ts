import { describe, expect, it } from 'vitest';
import { fitBoxZoom, shelfPackedBox, singleTreeBox } from '../../../bench/baselines';
import { fitRegion, fitZoom, layoutMap, LAYOUT_MODES } from './index';
import { fixtureGraph, HN_THREAD, openableFixtures } from './testing/fixture-graphs';

const thread = fixtureGraph(HN_THREAD);
const zoomOf = (mode: Parameters<typeof layoutMap>[1]['mode']) => fitZoom(layoutMap(thread, { mode, aspect: 1400 / 900 }), 1400, 900);

describe('fit view of the 2,565-item HN thread in a 1400×900 window', () => {
  it('computes the zoom as React Flow fitView does, padding included', () => {
    const layout = layoutMap(thread, { mode: 'overview' });
    const zoom = Math.min(1400 / layout.bounds.width, 900 / layout.bounds.height);
    expect(fitZoom(layout, 1400, 900)).toBeCloseTo(zoom / 1.05, 12);
    expect(fitZoom(layout, 1400, 900, 0)).toBeCloseTo(zoom, 12);
  });

  it('shows the whole thread at zoom 0.05 or more in the overview', () => {
    expect(zoomOf('overview')).toBeGreaterThanOrEqual(0.05);
  });

  it('beats the newspaper-column baseline of about 0.09 in the overview', () => {
    expect(zoomOf('overview')).toBeGreaterThan(0.09);
  });

  it('shows the whole thread at zoom 0.02 or more as a tree from the top', () => {
    expect(zoomOf('tree-down')).toBeGreaterThanOrEqual(0.02);
  });

  it('shows the whole thread at zoom 0.02 or more as a tree from the left', () => {
    expect(zoomOf('tree-right')).toBeGreaterThanOrEqual(0.02);
  });

  it('fits the tree modes better than one tidy tree and than shelf-packed tidy subtrees', () => {
    const single = fitBoxZoom(singleTreeBox(thread));
    const shelves = fitBoxZoom(shelfPackedBox(thread));
    expect(single).toBeLessThan(0.005);
    expect(shelves).toBeLessThan(0.017);
    expect(zoomOf('tree-down')).toBeGreaterThan(1.5 * shelves);
    expect(zoomOf('tree-right')).toBeGreaterThan(1.5 * shelves);
  });

  it('keeps a tree-down map in the window shape: neither side more than twice too long', () => {
    const { width, height } = layoutMap(thread, { mode: 'tree-down', aspect: 1400 / 900 }).bounds;
    expect(width / height).toBeGreaterThan(1400 / 900 / 2);
    expect(width / height).toBeLessThan((1400 / 900) * 2);
  });

  it('fits an outline to its width from the top instead of shrinking the whole column to a line', () => {
    const layout = layoutMap(thread, { mode: 'outline' });
    expect(layout.bounds.height).toBe(2565 * 128 - 8);
    expect(fitRegion(layout, 1400, 900)).toEqual({ x: 0, y: 0, width: 680, height: (680 * 900) / 1400 });
    expect(zoomOf('outline')).toBeCloseTo(1400 / (680 * 1.05), 12);
  });

  it('returns 1 for an empty layout', () => {
    const empty = layoutMap({ nodes: [], index: new Map(), parent: new Int32Array(0), children: [], depth: new Int32Array(0), roots: [], preorder: new Int32Array(0) }, { mode: 'overview' });
    expect(fitZoom(empty, 1400, 900)).toBe(1);
  });
});

/** Fit zooms every mode keeps on every recorded thread in a 1400×900 window. */
const FLOORS = { overview: 0.15, 'tree-down': 0.025, 'tree-right': 0.025, outline: 1 } as const;

describe('fit view of every recorded thread', () => {
  for (const name of openableFixtures()) {
    const graph = fixtureGraph(name);
    for (const mode of LAYOUT_MODES) {
      it(`${mode}: ${name} fits at zoom ${FLOORS[mode]} or more`, () => {
        expect(fitZoom(layoutMap(graph, { mode, aspect: 1400 / 900 }), 1400, 900)).toBeGreaterThanOrEqual(FLOORS[mode]);
      });
    }
  }
});
