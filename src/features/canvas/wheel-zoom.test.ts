import { describe, expect, it } from 'vitest';
import { wheelZoomFactor, zoomAnchor, zoomAround } from './viewport';
import type { Layout } from '../../core/layout/types';
import { MAX_ZOOM, MIN_ZOOM } from './lod';

describe('wheel zoom', () => {
  it('[regression] takes six mouse notches from 13 % to well under double, not to 161 %', () => {
    for (const notch of [100, 120, 300]) {
      let viewport = { x: 0, y: 0, zoom: 0.13 };
      for (let i = 0; i < 6; i++) viewport = zoomAround(viewport, 400, 300, wheelZoomFactor(-notch, 0));
      expect(viewport.zoom).toBeGreaterThan(0.13 * 1.5);
      expect(viewport.zoom).toBeLessThan(0.13 * 2.5);
    }
  });

  it('zooms out as much as in, and a trackpad’s small deltas proportionally less', () => {
    expect(wheelZoomFactor(100, 0) * wheelZoomFactor(-100, 0)).toBeCloseTo(1, 12);
    expect(Math.log2(wheelZoomFactor(-4, 0))).toBeCloseTo(Math.log2(wheelZoomFactor(-100, 0)) / 25, 12);
    // Firefox reports lines: three lines zoom like a 100 px notch.
    expect(wheelZoomFactor(-3, 1)).toBeCloseTo(wheelZoomFactor(-99, 0), 12);
  });

  it('keeps the point under the pointer still and stays within the zoom limits', () => {
    const before = { x: -120, y: 45, zoom: 0.8 };
    const after = zoomAround(before, 300, 200, 1.25);
    // The map point under (300, 200) before and after.
    const point = (v: typeof before) => [(300 - v.x) / v.zoom, (200 - v.y) / v.zoom];
    expect(point(after)[0]).toBeCloseTo(point(before)[0]!, 9);
    expect(point(after)[1]).toBeCloseTo(point(before)[1]!, 9);
    expect(zoomAround({ x: 0, y: 0, zoom: MAX_ZOOM }, 0, 0, 2).zoom).toBe(MAX_ZOOM);
    expect(zoomAround({ x: 0, y: 0, zoom: MIN_ZOOM }, 0, 0, 0.5).zoom).toBe(MIN_ZOOM);
  });
});

describe('zoom keys', () => {
  // Two cards: one at map (1000, 400), 200 × 60; one far off at (9000, 9000).
  const layout = { x: [1000, 9000], y: [400, 9000], width: [200, 60], height: [60, 60] } as unknown as Layout;
  const view = { x: -500, y: -100, zoom: 0.5 };

  it('close in on the selected card while it is on screen, keeping its centre still', () => {
    const anchor = zoomAnchor(layout, 0, view, 1000, 800);
    // The card's centre (1100, 430) is at (50, 115) on screen.
    expect(anchor).toEqual({ px: 50, py: 115 });
    let zoomed = view;
    for (let press = 0; press < 3; press++) zoomed = zoomAround(zoomed, anchor.px, anchor.py, 1.2);
    expect(1100 * zoomed.zoom + zoomed.x).toBeCloseTo(50, 9);
    expect(430 * zoomed.zoom + zoomed.y).toBeCloseTo(115, 9);
  });

  it('zoom on the middle of the window with no selection, or a selection off screen', () => {
    expect(zoomAnchor(layout, undefined, view, 1000, 800)).toEqual({ px: 500, py: 400 });
    expect(zoomAnchor(layout, 1, view, 1000, 800)).toEqual({ px: 500, py: 400 });
  });

  it('with no selection on screen, zoom on the card nearest the middle when the middle falls between cards, keeping it in view', () => {
    // On screen at 0.5: card 0 spans (0, 100)–(100, 130); card 1 (4000, 4400) is far off.
    expect(zoomAnchor(layout, undefined, view, 1000, 800, [0])).toEqual({ px: 100, py: 130 });
    let zoomed = view;
    for (let press = 0; press < 6; press++) zoomed = zoomAround(zoomed, 100, 130, 1.2);
    // Six presses later the card's corner is where it was, so the card is still on screen.
    expect(1200 * zoomed.zoom + zoomed.x).toBeCloseTo(100, 9);
    expect(460 * zoomed.zoom + zoomed.y).toBeCloseTo(130, 9);
    // The middle on a card, or no card in view: the middle, as before.
    const onCard = { x: 500 - 1100 * 0.5, y: 400 - 430 * 0.5, zoom: 0.5 };
    expect(zoomAnchor(layout, undefined, onCard, 1000, 800, [0])).toEqual({ px: 500, py: 400 });
    expect(zoomAnchor(layout, undefined, view, 1000, 800, [])).toEqual({ px: 500, py: 400 });
  });
});
