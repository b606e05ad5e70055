/**
 * Level of detail by zoom: full cards when they can be read, compact cards (author and tag)
 * in between, and far out a single canvas layer drawn from the layout arrays, because a DOM
 * canvas stops being smooth near a thousand mounted nodes.
 */
export type Lod = 'full' | 'compact' | 'overview';

export const FULL_ZOOM = 0.5;
export const COMPACT_ZOOM = 0.22;

export function lodForZoom(zoom: number): Lod {
  if (zoom >= FULL_ZOOM) return 'full';
  if (zoom >= COMPACT_ZOOM) return 'compact';
  return 'overview';
}

export const MIN_ZOOM = 0.004;
export const MAX_ZOOM = 2;
