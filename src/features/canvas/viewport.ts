import type { Viewport } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import { COMPACT_ZOOM, FULL_ZOOM, MAX_ZOOM, MIN_ZOOM } from './lod';
import { visibleRect, type Rect } from '../../core/layout/visible-rect';

export { visibleRect, type Rect };

const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/**
 * The bands at the top and bottom of the map pane that its controls cover (the layout switcher
 * above; the colour legend and zoom buttons below), in pane pixels: a fitted map is kept clear of
 * them, so no card of it sits under a control. A pane too short to spare them uses its whole height.
 */
export const COVERED_BANDS = { top: 52, bottom: 60, minFreeHeight: 240 } as const;

/** The viewport that shows `rect` whole and centred between the covered bands, never zoomed in past `maxZoom`. */
export function viewportFitting(rect: Rect, width: number, height: number, padding = 0.05, maxZoom = 1): Viewport {
  const bands = height - COVERED_BANDS.top - COVERED_BANDS.bottom >= COVERED_BANDS.minFreeHeight ? COVERED_BANDS : { top: 0, bottom: 0 };
  const free = height - bands.top - bands.bottom;
  const zoom = clampZoom(Math.min(maxZoom, (width * (1 - 2 * padding)) / rect.width, (free * (1 - 2 * padding)) / rect.height));
  return {
    zoom,
    x: width / 2 - (rect.x + rect.width / 2) * zoom,
    y: bands.top + free / 2 - (rect.y + rect.height / 2) * zoom,
  };
}

/**
 * The view that opens a region: all of it when that is a real step in, else (a region as tall as
 * the map, like the columns of a big sub-debate in the overview) full cards, with the comment
 * that started it at the top left, clear of the layout switcher.
 */
export function viewportOpening(bounds: Rect, start: Rect, width: number, height: number): Viewport {
  const whole = viewportFitting(bounds, width, height, 0.06, 1);
  if (whole.zoom >= COMPACT_ZOOM) return whole;
  const zoom = FULL_ZOOM;
  const fitsAcross = bounds.width * zoom <= width * 0.92;
  const x = fitsAcross ? width / 2 - (bounds.x + bounds.width / 2) * zoom : 24 - start.x * zoom;
  return { zoom, x, y: 72 - start.y * zoom };
}

/**
 * The first view of a map: all of it when it fits at a readable zoom (and always in the overview
 * mode, whose point is to show everything); otherwise the root and the first replies, readable.
 */
export function initialViewport(layout: Layout, root: number, width: number, height: number): Viewport {
  const whole = viewportFitting(layout.bounds, width, height);
  if (layout.mode === 'overview' || whole.zoom >= FULL_ZOOM) return whole;
  // As much of the width as fits while cards stay readable.
  const zoom = Math.min(0.8, Math.max(FULL_ZOOM, (width * 0.96) / layout.bounds.width));
  const rootX = layout.x[root] ?? layout.bounds.x;
  const rootY = layout.y[root] ?? layout.bounds.y;
  const rootWidth = layout.width[root] ?? 0;
  if (layout.edgeStyle === 'down') {
    const fitsWidth = layout.bounds.width * zoom <= width;
    // Centred on the root, unless that would leave empty space left of the map (a comb's root
    // sits at its top-left corner).
    const x = fitsWidth ? width / 2 - (layout.bounds.x + layout.bounds.width / 2) * zoom : Math.min(32 - layout.bounds.x * zoom, width / 2 - (rootX + rootWidth / 2) * zoom);
    return { zoom, x, y: 64 - rootY * zoom };
  }
  // Left to right and the outlines start at the map's top-left corner, where the root's first
  // replies are (in tree → the root sits at mid-height of its replies).
  return { zoom, x: 32 - layout.bounds.x * zoom, y: 64 - layout.bounds.y * zoom };
}

/** Whether a card lies wholly inside the visible rect. */
export function isInside(rect: Rect, x: number, y: number, width: number, height: number): boolean {
  return x >= rect.x && y >= rect.y && x + width <= rect.x + rect.width && y + height <= rect.y + rect.height;
}

/** Octaves of zoom per wheel pixel, and the most one wheel event may zoom (a mouse notch). */
const WHEEL_OCTAVES_PER_PIXEL = 0.0015;
const WHEEL_MAX_OCTAVES = 0.2;
const LINE_PIXELS = 33;
const PAGE_PIXELS = 800;

/**
 * The zoom factor for one wheel event: about 11 % per mouse notch (100 px) however large the
 * notch a system reports, and proportionally less for a trackpad's small deltas.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaY * (deltaMode === 1 ? LINE_PIXELS : deltaMode === 2 ? PAGE_PIXELS : 1);
  const octaves = Math.max(-WHEEL_MAX_OCTAVES, Math.min(WHEEL_MAX_OCTAVES, -pixels * WHEEL_OCTAVES_PER_PIXEL));
  return 2 ** octaves;
}

/** The viewport zoomed by `factor` (within the zoom limits) keeping the pane point (px, py) still. */
export function zoomAround(viewport: Viewport, px: number, py: number, factor: number): Viewport {
  const zoom = clampZoom(viewport.zoom * factor);
  const scale = zoom / viewport.zoom;
  return { zoom, x: px - (px - viewport.x) * scale, y: py - (py - viewport.y) * scale };
}

/**
 * The pane point a zoom key keeps still: the centre of the card at `at` (the selection) while it
 * is on screen, so that zooming in by keyboard closes in on the comment being read rather than on
 * whatever lies at the middle of the window; else the middle of the window, unless that falls
 * between the cards in view (`inView`): then the point of the card nearest the middle, so zooming
 * in never ends on empty map while there were cards to close in on (the trees leave wide gaps).
 */
export function zoomAnchor(layout: Layout, at: number | undefined, viewport: Viewport, width: number, height: number, inView: readonly number[] = []): { px: number; py: number } {
  const middle = { px: width / 2, py: height / 2 };
  if (at !== undefined && !Number.isNaN(layout.x[at]!)) {
    const px = (layout.x[at]! + layout.width[at]! / 2) * viewport.zoom + viewport.x;
    const py = (layout.y[at]! + layout.height[at]! / 2) * viewport.zoom + viewport.y;
    if (px >= 0 && px <= width && py >= 0 && py <= height) return { px, py };
  }
  let nearest = middle;
  let best = Infinity;
  for (const card of inView) {
    const left = layout.x[card]! * viewport.zoom + viewport.x;
    const top = layout.y[card]! * viewport.zoom + viewport.y;
    const px = Math.min(Math.max(middle.px, left), left + layout.width[card]! * viewport.zoom);
    const py = Math.min(Math.max(middle.py, top), top + layout.height[card]! * viewport.zoom);
    const distance = (px - middle.px) ** 2 + (py - middle.py) ** 2;
    if (distance === 0) return middle;
    if (distance < best) [best, nearest] = [distance, { px, py }];
  }
  return nearest;
}
