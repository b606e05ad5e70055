import type { Rect } from '../../core/layout/visible-rect';
import { COVERED_BANDS } from './viewport';

/** The controls drawn over the map (layout switcher, zoom buttons, minimap, hints), in pane pixels. */
export const CONTROLS = '.layout-switcher, .view-controls, .whole-map, .minimap, .guessed-hint';
/** …and the strip the page lays over the map's foot from outside the canvas (Colour by). */
export const PAGE_OVERLAYS = '.insight-bar';
/**
 * …and what holds that strip, always in the page: the strip loads after the map's first paint, so
 * it may not be there to watch yet; this box changes size when it comes, opens or closes.
 */
export const PAGE_OVERLAY_HOLDER = '.map-foot';

/**
 * …and the notice of what was just done, for its six seconds, just above that strip: labels are
 * placed off it and a card chosen meanwhile is brought out from under it, but a fit does not
 * leave room for it (the map's first view would change with a notice that goes).
 */
export const NOTICE = '.notice-toast';

/** The elements drawn over the map pane `canvas`: its own controls and the page's strip over its foot. */
export const controlsOver = (canvas: Element): Element[] => [...canvas.querySelectorAll(CONTROLS), ...canvas.ownerDocument.querySelectorAll(PAGE_OVERLAYS)];

/** …and the notice, when one is shown (an empty notice has no box). */
export const controlsAndNoticeOver = (canvas: Element): Element[] => [...controlsOver(canvas), ...canvas.ownerDocument.querySelectorAll(NOTICE)];

/**
 * Where the controls over the map pane `canvas` are now, in pane pixels (each cut to the pane).
 * The Colour by strip loads after the map's first paint: until it is there, the band it will
 * take at the pane's foot counts as covered, so the first view does not put cards under it.
 */
export function coveredBoxes(canvas: Element | null | undefined, over: (canvas: Element) => Element[] = controlsOver): Rect[] | undefined {
  if (!canvas) return undefined;
  const origin = canvas.getBoundingClientRect();
  const boxes: Rect[] = [];
  for (const element of over(canvas)) {
    const rect = element.getBoundingClientRect();
    const left = Math.max(rect.left, origin.left);
    const right = Math.min(rect.right, origin.right);
    const top = Math.max(rect.top, origin.top);
    const bottom = Math.min(rect.bottom, origin.bottom);
    if (right > left && bottom > top) boxes.push({ x: left - origin.left, y: top - origin.top, width: right - left, height: bottom - top });
  }
  if (!canvas.ownerDocument.querySelector(PAGE_OVERLAYS)) {
    boxes.push({ x: 0, y: origin.height - COVERED_BANDS.bottom, width: origin.width, height: COVERED_BANDS.bottom });
  }
  return boxes;
}
