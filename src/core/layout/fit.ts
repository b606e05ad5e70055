import type { Layout } from './types';

/** A rectangle in map coordinates. */
export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What "fit view" shows of a layout in a viewport of this size: the whole map, except in the
 * outline, which is one long column read from the top: there it is the map's full width from its
 * top, as tall as the viewport's shape allows (fitting all of a long outline would shrink it to
 * a line).
 */
export function fitRegion(layout: Layout, viewportWidth: number, viewportHeight: number): MapRect {
  const { bounds } = layout;
  if (layout.mode !== 'outline' || viewportWidth <= 0 || viewportHeight <= 0) return bounds;
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, (bounds.width * viewportHeight) / viewportWidth) };
}

/**
 * The zoom at which fit view shows its region of the layout (see fitRegion), with `padding` (a
 * share of the region's size) around it, computed as React Flow's fitView does; 1 for an empty
 * layout.
 */
export function fitZoom(layout: Layout, viewportWidth: number, viewportHeight: number, padding = 0.05): number {
  const { width, height } = fitRegion(layout, viewportWidth, viewportHeight);
  if (layout.visible.length === 0 || (width <= 0 && height <= 0)) return 1;
  const xZoom = width > 0 ? viewportWidth / (width * (1 + padding)) : Infinity;
  const yZoom = height > 0 ? viewportHeight / (height * (1 + padding)) : Infinity;
  return Math.min(xZoom, yZoom);
}
