import type { Viewport } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import { regionBounds, type Box, type SubDebate } from '../../core/layout/regions';
import { viewportOpening } from './viewport';

/** The view that opens a sub-debate's region (see `viewportOpening`); null for a region not laid out. */
export function regionOpening(region: SubDebate, layout: Layout, width: number, height: number): Viewport | null {
  const bounds = regionBounds(region);
  const start: Box = { x: layout.x[region.root]!, y: layout.y[region.root]!, width: layout.width[region.root]!, height: layout.height[region.root]! };
  if (!bounds || Number.isNaN(start.x)) return null;
  return viewportOpening(bounds, start, width, height);
}
