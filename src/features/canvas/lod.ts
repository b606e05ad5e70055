/**
 * Level of detail by zoom. Card text is laid out at screen scale (see textScaleFor), so it is
 * never under 12 px on screen: full cards from 50 %, compact cards (tighter, no footer) from 35 %,
 * and below that, where a card could not hold one readable line, a single canvas layer with the
 * sub-debates as labelled regions. A DOM canvas stops being smooth near a thousand mounted cards;
 * past that budget the canvas layer draws the cards' text itself.
 */
export type Lod = 'full' | 'compact' | 'overview';

export const FULL_ZOOM = 0.5;
export const COMPACT_ZOOM = 0.35;

export function lodForZoom(zoom: number): Lod {
  if (zoom >= FULL_ZOOM) return 'full';
  if (zoom >= COMPACT_ZOOM) return 'compact';
  return 'overview';
}

/** Card text is set in 12 px type; this is the smallest size it may appear at on screen. */
export const MIN_TEXT_PX = 12;

/**
 * The scale a card's content is laid out at: the zoom rounded down to an eighth of an octave (so
 * cards restyle only at those steps), at most 1. A card's box is this much of its size and is
 * then enlarged by its inverse, so 12 px type shows at 12 × zoom ÷ scale ≥ 12 px.
 */
export function textScaleFor(zoom: number): number {
  if (!(zoom > 0)) return 1;
  return Math.min(1, 2 ** (Math.floor(Math.log2(zoom) * 8) / 8));
}

/** Far enough out for a one-column outline of a few thousand comments to fit a window. */
export const MIN_ZOOM = 0.002;
export const MAX_ZOOM = 2;
