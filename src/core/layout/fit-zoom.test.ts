import { describe, expect, it } from 'vitest';
import { fitBoxZoom, shelfPackedBox, singleTreeBox } from '../../../bench/baselines';
import { fitZoom, layoutMap } from './index';
import { fixtureGraph, HN_THREAD } from './testing/fixture-graphs';

const thread = fixtureGraph(HN_THREAD);
const zoomOf = (mode: Parameters<typeof layoutMap>[1]['mode']) => fitZoom(layoutMap(thread, { mode, aspect: 1400 / 900 }), 1400, 900);

describe('fit view of the 2,565-item HN thread in a 1400×900 window', () => {
  it('computes the zoom as React Flow fitView does, padding included', () => {
    const layout = layoutMap(thread, { mode: 'outline' });
    expect(fitZoom(layout, 1400, 900)).toBeCloseTo(900 / (layout.bounds.height * 1.05), 12);
    expect(fitZoom(layout, 1400, 900, 0)).toBeCloseTo(900 / layout.bounds.height, 12);
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

  it('reads an outline as one long column whose fit zoom is set by its height', () => {
    const layout = layoutMap(thread, { mode: 'outline' });
    expect(layout.bounds.height).toBe(2565 * 128 - 8);
    expect(zoomOf('outline')).toBeLessThan(0.01);
  });

  it('returns 1 for an empty layout', () => {
    const empty = layoutMap({ nodes: [], index: new Map(), parent: new Int32Array(0), children: [], depth: new Int32Array(0), roots: [], preorder: new Int32Array(0) }, { mode: 'overview' });
    expect(fitZoom(empty, 1400, 900)).toBe(1);
  });
});
