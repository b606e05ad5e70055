import type { Viewport } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import { regionBounds, type Box, type SubDebate } from '../../core/layout/regions';
import { COMPACT_ZOOM, FULL_ZOOM } from './lod';
import { viewportFitting } from './viewport';

/**
 * The view that opens a sub-debate: all of it when that is a real step in, else (a region as tall
 * as the map, like the columns of a big sub-debate in the overview) full cards, with the comment
 * that started it at the top left, clear of the layout switcher. Null for a region not laid out.
 */
export function viewportOpening(region: SubDebate, layout: Layout, width: number, height: number): Viewport | null {
  const bounds = regionBounds(region);
  const start: Box = { x: layout.x[region.root]!, y: layout.y[region.root]!, width: layout.width[region.root]!, height: layout.height[region.root]! };
  if (!bounds || Number.isNaN(start.x)) return null;
  const whole = viewportFitting(bounds, width, height, 0.06, 1);
  if (whole.zoom >= COMPACT_ZOOM) return whole;
  const zoom = FULL_ZOOM;
  const fitsAcross = bounds.width * zoom <= width * 0.92;
  const x = fitsAcross ? width / 2 - (bounds.x + bounds.width / 2) * zoom : 24 - start.x * zoom;
  return { zoom, x, y: 72 - start.y * zoom };
}
