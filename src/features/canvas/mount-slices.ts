import type { Rect } from './viewport';

/**
 * How many cards the first slice mounts when a jump of the view brings many at once: the comment
 * clicked and its neighbourhood, painted on the first frame. Measured on the 2,565-item thread's
 * overview (273 cards), on 2 cores: the click's frame, with these 40 and the canvas drawing the
 * rest, is painted 45–55 ms after the click, where all 273 at once took 130–190 ms.
 */
export const CARDS_PER_SLICE = 40;

/**
 * Each later slice holds twice the one before (40, 80, 160, …): a painted frame has a cost of its
 * own whatever its size, so 40 a frame took 7 frames to mount 273 cards where doubling takes 3;
 * growing four-fold was no sooner.
 */
export const SLICE_GROWTH = 2;

/** The size of the `count`-th slice (from 0) of one jump. */
export const sliceSize = (count: number, first = CARDS_PER_SLICE) => Math.round(first * SLICE_GROWTH ** count);

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
