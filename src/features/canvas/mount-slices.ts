import type { Rect } from './viewport';

/**
 * How many cards mount in one animation frame when a jump of the view brings many at once. On a
 * shared 2-core machine one card costs about a millisecond to mount and paint, so forty keep a
 * frame near the 100 ms a region may take to open into readable cards, with the first slice
 * already holding the comment clicked and its neighbourhood (see the README's bench figures).
 */
export const CARDS_PER_SLICE = 40;

/** Each slice after the first holds this many times the one before. */
export const SLICE_GROWTH = 1;

/** The boxes of the laid-out cards, by position (the layout's arrays). */
export interface CardBoxes {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  width: ArrayLike<number>;
  height: ArrayLike<number>;
}

const overlaps = (boxes: CardBoxes, at: number, view: Rect) =>
  boxes.x[at]! < view.x + view.width && boxes.x[at]! + boxes.width[at]! > view.x && boxes.y[at]! < view.y + view.height && boxes.y[at]! + boxes.height[at]! > view.y;

/**
 * The order in which cards waiting to be mounted are mounted: `first` (the comment a sub-debate
 * opens at, the selected card) before all, then the cards whose box is on screen, then the rest,
 * each group nearest the centre of `first[0]`'s card (else of the view) first; ties by position,
 * so the same inputs always give the same order.
 */
export function mountOrder(waiting: readonly number[], boxes: CardBoxes, view: Rect, first: readonly number[] = []): number[] {
  const anchor = first[0];
  const ax = anchor === undefined ? view.x + view.width / 2 : boxes.x[anchor]! + boxes.width[anchor]! / 2;
  const ay = anchor === undefined ? view.y + view.height / 2 : boxes.y[anchor]! + boxes.height[anchor]! / 2;
  const pinned = new Set(first);
  const keyed = waiting
    .filter((at) => !pinned.has(at))
    .map((at) => ({
      at,
      off: overlaps(boxes, at, view) ? 0 : 1,
      distance: Math.hypot(boxes.x[at]! + boxes.width[at]! / 2 - ax, boxes.y[at]! + boxes.height[at]! / 2 - ay),
    }));
  keyed.sort((a, b) => a.off - b.off || a.distance - b.distance || a.at - b.at);
  const waitingSet = new Set(waiting);
  return [...first.filter((at, index) => waitingSet.has(at) && first.indexOf(at) === index), ...keyed.map((entry) => entry.at)];
}

/**
 * The cards to have mounted on the next frame, while the view asks for `target`: those of
 * `mounted` still in the target stay (a pan never unmounts a card the view still holds), and up
 * to `perSlice` of the others join after them, in `mountOrder`. Slicing is done when the result is the
 * whole target; a target that brings no more than a slice of new cards mounts at once.
 */
export function nextMountSlice(
  target: readonly number[],
  mounted: ReadonlySet<number>,
  boxes: CardBoxes,
  view: Rect,
  first: readonly number[] = [],
  perSlice = CARDS_PER_SLICE,
): number[] {
  // Kept in the order they mounted in: React Flow then moves no card's element in the page.
  const inTarget = new Set(target);
  const kept = [...mounted].filter((at) => inTarget.has(at));
  const waiting = target.filter((at) => !mounted.has(at));
  if (waiting.length <= perSlice) return kept.length === 0 ? [...target] : [...kept, ...waiting];
  return [...kept, ...mountOrder(waiting, boxes, view, first).slice(0, perSlice)];
}
