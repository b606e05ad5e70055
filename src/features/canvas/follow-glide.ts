import type { Viewport } from '@xyflow/react';
import { COMPACT_ZOOM, FULL_ZOOM } from './lod';
import { isInside, visibleRect, type Rect } from './viewport';

/**
 * A glide of the view to the selected card that may still be under way: where it ends, and how
 * many moves of the view have begun since it was asked for (its own start is the first).
 */
export interface FollowGlide {
  readonly to: Viewport;
  readonly moves: number;
}

/**
 * Where the view comes to rest: the end of a glide still under way, else the view as it is. A
 * glide to a far card zooms out on its way and back in at its end, so mid-way the view's zoom is
 * not the one the user chose; the glide's end keeps that one.
 */
export function restingView(glide: FollowGlide | null, now: Viewport): Viewport {
  return glide ? glide.to : now;
}

/**
 * The glide once a move of the view has begun. The first is its own start; any later one is a
 * wheel, a zoom key, a drag or another view change taking over, after which the view as it is
 * (at the zoom that move chose) is where it rests. Not by time: a busy page runs a glide late.
 */
export function afterMoveStart(glide: FollowGlide | null): FollowGlide | null {
  if (!glide) return null;
  return glide.moves === 0 ? { ...glide, moves: 1 } : null;
}

/** Whether any part of `card` (map units) lies under one of the `covered` boxes (pane pixels) in `view`. */
function isCovered(view: Viewport, card: Rect, covered: readonly Rect[]): boolean {
  const left = view.x + card.x * view.zoom;
  const top = view.y + card.y * view.zoom;
  const right = left + card.width * view.zoom;
  const bottom = top + card.height * view.zoom;
  return covered.some((box) => left < box.x + box.width && box.x < right && top < box.y + box.height && box.y < bottom);
}

/**
 * The view that brings a card to the middle of the pane at the zoom of the view at rest (the
 * one the user chose); null when the card is inside that view already and clear of the controls
 * drawn over the map (`covered`, pane pixels: a card under the minimap or the Colour by strip is
 * not seen) (judged against where a glide ends, not where it is now: else it would end with the
 * new card out of view). Below the zoom at which a card holds a line of text, the card chosen (by
 * key, by find, by click) would be a speck: the view closes in on it at the zoom of full cards, so
 * coding never goes on unseen.
 */
export function viewFollowing(rest: Viewport, card: Rect, width: number, height: number, covered: readonly Rect[] = []): Viewport | null {
  const zoom = rest.zoom < COMPACT_ZOOM ? FULL_ZOOM : rest.zoom;
  if (zoom === rest.zoom && isInside(visibleRect([rest.x, rest.y, rest.zoom], width, height), card.x, card.y, card.width, card.height) && !isCovered(rest, card, covered)) return null;
  return { x: width / 2 - (card.x + card.width / 2) * zoom, y: height / 2 - (card.y + card.height / 2) * zoom, zoom };
}
