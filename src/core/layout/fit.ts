import type { Layout } from './types';

/**
 * The zoom at which the whole layout fits a viewport, with `padding` (a share of the layout's
 * size) around it, computed as React Flow's fitView does; 1 for an empty layout.
 */
export function fitZoom(layout: Layout, viewportWidth: number, viewportHeight: number, padding = 0.05): number {
  const { width, height } = layout.bounds;
  if (layout.visible.length === 0 || (width <= 0 && height <= 0)) return 1;
  const xZoom = width > 0 ? viewportWidth / (width * (1 + padding)) : Infinity;
  const yZoom = height > 0 ? viewportHeight / (height * (1 + padding)) : Infinity;
  return Math.min(xZoom, yZoom);
}
