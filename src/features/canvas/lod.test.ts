import { describe, expect, it } from 'vitest';
import { layoutMap, LAYOUT_MODES } from '../../core/layout';
import { fixtureGraph, HN_THREAD } from '../../core/layout/testing/fixture-graphs';
import { cardTextRoom, COMPACT_ZOOM, FULL_ZOOM, lodForZoom, MIN_TEXT_PX, textScaleFor, zoomStep } from './lod';

describe('level of detail', () => {
  it('zoom keys stop at the last zoom of each level instead of stepping just past it', () => {
    const presses = (from: number, factor: number, times: number) => Array.from({ length: times }).reduce<number[]>((zooms) => [...zooms, zoomStep(zooms.at(-1)!, factor)], [from]).slice(1);
    // Out from the opening 50 %: 41.7 %, then 35 % (not 34.7 %, where cards lose their text), then the overview.
    const out = presses(FULL_ZOOM, 1 / 1.2, 3);
    expect(out[0]).toBeCloseTo(0.4167, 4);
    expect(out[1]).toBe(COMPACT_ZOOM);
    expect(lodForZoom(out[1]!)).toBe('compact');
    expect(out[2]).toBeCloseTo(COMPACT_ZOOM / 1.2, 6);
    // Out from 60 %: 50 % exactly, the last zoom of full cards.
    expect(zoomStep(0.6, 1 / 1.2)).toBe(FULL_ZOOM);
    // In from 29 % (34.8 % would still be the overview) reaches 35 %; from 35 %, a whole step.
    expect(zoomStep(0.29, 1.2)).toBe(COMPACT_ZOOM);
    expect(zoomStep(COMPACT_ZOOM, 1.2)).toBeCloseTo(0.42, 6);
    // Away from the levels, a plain step.
    expect(zoomStep(1, 1.2)).toBeCloseTo(1.2, 6);
    expect(zoomStep(0.1, 1 / 1.2)).toBeCloseTo(0.1 / 1.2, 6);
  });

  it('keeps 12 px card text at 12 px or more on screen at every zoom from 35 % to 200 %', () => {
    for (let zoom = COMPACT_ZOOM; zoom <= 2; zoom += 0.0005) {
      const onScreen = (MIN_TEXT_PX * zoom) / textScaleFor(zoom);
      expect(onScreen).toBeGreaterThanOrEqual(MIN_TEXT_PX - 1e-9);
      // Never more than an eighth of an octave larger: the card shows as much text as it can.
      expect(onScreen).toBeLessThanOrEqual(Math.max(MIN_TEXT_PX * zoom, MIN_TEXT_PX * 2 ** (1 / 8)) + 1e-9);
    }
  });

  it('shows cards from 35 % zoom and the labelled regions below it', () => {
    expect(lodForZoom(COMPACT_ZOOM)).toBe('compact');
    expect(lodForZoom(COMPACT_ZOOM - 0.001)).toBe('overview');
    expect(COMPACT_ZOOM).toBeLessThanOrEqual(0.35);
  });

  it('gives every card of every mode room for a line of 12 px text at 35 %', () => {
    const graph = fixtureGraph(HN_THREAD);
    for (const mode of LAYOUT_MODES) {
      const layout = layoutMap(graph, { mode });
      let lowest = Infinity;
      for (const at of layout.visible) lowest = Math.min(lowest, layout.height[at]!);
      // A 12 px line needs about 14 px of height.
      expect(lowest * COMPACT_ZOOM, mode).toBeGreaterThanOrEqual(14);
    }
  });

  it('gives a 120-unit card only whole lines that fit, the footer giving way first, at every zoom', () => {
    const line = MIN_TEXT_PX * 1.3;
    let shownAtFull = 0;
    for (let zoom = COMPACT_ZOOM; zoom <= 2; zoom += 0.001) {
      const scale = textScaleFor(zoom);
      const lod = lodForZoom(zoom);
      const { lines, footer } = cardTextRoom(120, scale, lod);
      // padding and border, meta line and gap (compact cards run the author into the first
      // line), then the footer with its gap when shown
      const used = (lod === 'compact' ? 6 : 15 + 16 + 3) + lines * line + (footer ? 21 : 0);
      expect(used).toBeLessThanOrEqual(120 * scale + 1e-9);
      expect(lines).toBeGreaterThanOrEqual(lod === 'compact' ? 2 : 1);
      if (zoom >= 1) expect(footer).toBe(true);
      if (zoom >= FULL_ZOOM && footer) shownAtFull++;
    }
    expect(shownAtFull).toBeGreaterThan(0);
  });
});
