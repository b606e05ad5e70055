import type { Viewport } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import { COMPACT_ZOOM, FULL_ZOOM, MAX_ZOOM, MIN_ZOOM } from './lod';
import { visibleRect, type Rect } from '../../core/layout/visible-rect';

export { visibleRect, type Rect };

const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/**
 * The bands at the top and bottom of the map pane that its controls cover (the layout switcher
 * above; the colour legend and zoom buttons below), in pane pixels: what a fit assumes when it is
 * not told where the controls are. A pane too short to spare them uses its whole height.
 */
export const COVERED_BANDS = { top: 52, bottom: 60, minFreeHeight: 240 } as const;
/** The narrowest free area a fit keeps clear of the controls; beside a narrower one it uses more of the pane. */
const MIN_FREE_WIDTH = 240;

const bandsOf = (width: number, height: number): Rect[] => [
  { x: 0, y: 0, width, height: COVERED_BANDS.top },
  { x: 0, y: height - COVERED_BANDS.bottom, width, height: COVERED_BANDS.bottom },
];

/** The cards of a layout that lie in a rectangle of the map (a spatial index's query). */
export type CardsIn = (x: number, y: number, width: number, height: number) => readonly number[];

/**
 * Where a fit of `rect` may put it, clear of the controls over the pane (`covered`, in pane
 * pixels; the bands of COVERED_BANDS when not given): every area under the controls hanging from
 * the top and over those standing on the foot, across the whole width or beside the controls at
 * its sides, and the whole pane last (for a pane too small to spare any).
 */
function freeAreas(width: number, height: number, covered: readonly Rect[]): Rect[] {
  const upper = covered.filter((box) => box.y + box.height / 2 < height / 2);
  const lower = covered.filter((box) => box.y + box.height / 2 >= height / 2);
  const tops = [0, ...upper.map((box) => box.y + box.height)];
  const bottoms = [height, ...lower.map((box) => box.y)];
  const lefts = [0, ...covered.map((box) => box.x + box.width)].filter((x) => x >= 0 && x < width);
  const rights = [width, ...covered.map((box) => box.x)].filter((x) => x > 0 && x <= width);
  const areas: Rect[] = [];
  for (const top of tops) {
    for (const bottom of bottoms) {
      if (bottom - top < COVERED_BANDS.minFreeHeight) continue;
      for (const left of lefts) {
        for (const right of rights) {
          if (right - left >= MIN_FREE_WIDTH) areas.push({ x: left, y: top, width: right - left, height: bottom - top });
        }
      }
    }
  }
  areas.push({ x: 0, y: 0, width, height });
  return areas;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The viewport that shows `rect` whole and centred in the pane, never zoomed in past `maxZoom`,
 * with no card under the controls over the pane (`covered`, in pane pixels; the bands of
 * COVERED_BANDS when not given): the largest of the fits in the areas between the controls (see
 * freeAreas) under whose controls no card of `rect` lies. Without `cardsIn` every card counts as
 * everywhere in `rect`, so the area chosen is clear of all the controls.
 */
export function viewportFitting(rect: Rect, width: number, height: number, padding = 0.05, maxZoom = 1, covered: readonly Rect[] = bandsOf(width, height), cardsIn?: CardsIn): Viewport {
  const fits = freeAreas(width, height, covered).map((free) => {
    const zoom = clampZoom(Math.min(maxZoom, (free.width * (1 - 2 * padding)) / rect.width, (free.height * (1 - 2 * padding)) / rect.height));
    const viewport = { zoom, x: free.x + free.width / 2 - (rect.x + rect.width / 2) * zoom, y: free.y + free.height / 2 - (rect.y + rect.height / 2) * zoom };
    return { viewport, free };
  });
  const whole = fits[fits.length - 1]!;
  fits.sort((a, b) => b.viewport.zoom - a.viewport.zoom || b.free.width * b.free.height - a.free.width * a.free.height);
  const clear = ({ viewport, free }: (typeof fits)[number]) =>
    covered.every((box) => {
      if (!overlaps(box, free)) return true;
      if (!cardsIn) return false;
      // The part of `rect` under the control, in map coordinates.
      const x = Math.max(rect.x, (box.x - viewport.x) / viewport.zoom);
      const y = Math.max(rect.y, (box.y - viewport.y) / viewport.zoom);
      const right = Math.min(rect.x + rect.width, (box.x + box.width - viewport.x) / viewport.zoom);
      const bottom = Math.min(rect.y + rect.height, (box.y + box.height - viewport.y) / viewport.zoom);
      return right <= x || bottom <= y || cardsIn(x, y, right - x, bottom - y).length === 0;
    });
  return (fits.find(clear) ?? whole).viewport;
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
export function initialViewport(layout: Layout, root: number, width: number, height: number, covered?: readonly Rect[], cardsIn?: CardsIn): Viewport {
  const whole = viewportFitting(layout.bounds, width, height, 0.05, 1, covered, cardsIn);
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
