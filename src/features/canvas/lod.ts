import { REGIONS_BELOW_ZOOM } from '../../core/layout/regions';

/**
 * Level of detail by zoom. Card text is laid out at screen scale (see textScaleFor), so it is
 * never under 12 px on screen: full cards from 50 %, compact cards (tighter, no footer) from 35 %,
 * and below that, where a card could not hold one readable line, a single canvas layer with the
 * sub-debates as labelled regions. A DOM canvas stops being smooth near a thousand mounted cards;
 * past that budget the canvas layer draws the cards' text itself.
 */
export type Lod = 'full' | 'compact' | 'overview';

export const FULL_ZOOM = 0.5;
export const COMPACT_ZOOM = REGIONS_BELOW_ZOOM;

export function lodForZoom(zoom: number): Lod {
  if (zoom >= FULL_ZOOM) return 'full';
  if (zoom >= COMPACT_ZOOM) return 'compact';
  return 'overview';
}

/**
 * The zoom after one zoom key press of `factor` from `zoom`. A press would take 50 % to 42 % and
 * then 35 % to 34.7 %: just past the last zoom with text, where the cards turn into blank boxes.
 * So a press out that would leave a level stops at that level's last zoom, and a press in that
 * falls just short of a level (within a tenth) reaches it.
 */
export function zoomStep(zoom: number, factor: number): number {
  const next = zoom * factor;
  for (const level of [FULL_ZOOM, COMPACT_ZOOM]) {
    if (factor < 1 && zoom > level * 1.001 && next < level) return level;
    if (factor > 1 && next < level && next * 1.1 >= level) return level;
  }
  return next;
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
/**
 * How many whole 12 px lines of the comment a card of `cardHeight` (map units) shows at a text
 * scale, and whether its footer (time, tag, replies) still fits under them: the footer gives way
 * before the comment drops under two lines. Heights are those of the card's CSS (padding, border,
 * meta line, footer, gaps), so no line is cut in half.
 */
export function cardTextRoom(cardHeight: number, scale: number, lod: Lod): { lines: number; footer: boolean } {
  const LINE = MIN_TEXT_PX * 1.3;
  const box = cardHeight * scale;
  // Compact: the author runs into the first line, so all but padding and border holds lines.
  if (lod === 'compact') return { lines: Math.max(0, Math.min(4, Math.floor((box - 6) / LINE))), footer: false };
  const withFooter = Math.floor((box - 55) / LINE);
  if (withFooter >= 2) return { lines: Math.min(4, withFooter), footer: true };
  return { lines: Math.max(0, Math.min(4, Math.floor((box - 34) / LINE))), footer: false };
}

/**
 * Whether cards drawn far out (under COMPACT_ZOOM, where the map is its sub-debates' regions) carry
 * their authors' names: when a card of the layout is tall enough on screen for a 12 px line. Tree →
 * at 30 % draws cards 84×37 px, room for a name, which were empty grey boxes; the overview's small
 * cards stay blocks of colour under their regions' labels.
 */
export function namesFarOut(cardHeight: number, zoom: number): boolean {
  return zoom < COMPACT_ZOOM && cardHeight * zoom >= MIN_TEXT_PX * 2;
}

export const MIN_ZOOM = 0.002;
export const MAX_ZOOM = 2;
