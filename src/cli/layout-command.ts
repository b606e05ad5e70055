import { layoutGeometry, layoutMap, LAYOUT_MODES, windowAspect, type LayoutMode } from '../core/layout';
import type { ThreadmapDocument } from '../core/document/types';
import { buildMap } from '../core/map/graph';

/** The window `threadmap layout` lays out for when no size is given. */
export const DEFAULT_WINDOW = { width: 1400, height: 900 };

/** Reads --mode, --width and --height; a sentence for the user when one is wrong. */
export function parseLayoutOptions(values: { mode?: string; width?: string; height?: string }): { ok: true; mode: LayoutMode; aspect: number } | { ok: false; message: string } {
  const mode = (values.mode ?? 'overview') as LayoutMode;
  if (!LAYOUT_MODES.includes(mode)) return { ok: false, message: `unknown layout mode "${values.mode}"; the modes are: ${LAYOUT_MODES.join(', ')}.` };
  const size = (value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    return Number.isFinite(number) && number > 0 && number <= 100_000 ? number : Number.NaN;
  };
  const width = size(values.width, DEFAULT_WINDOW.width);
  const height = size(values.height, DEFAULT_WINDOW.height);
  if (Number.isNaN(width) || Number.isNaN(height)) return { ok: false, message: '--width and --height take a window size in pixels (a number from 1 to 100000).' };
  return { ok: true, mode, aspect: windowAspect(width, height) };
}

/**
 * The geometry the app draws for a map in a window of this shape, as JSON: card boxes and
 * reply-line polylines, with the map's collapsed subtrees hidden as the app hides them.
 */
export function renderLayout(doc: ThreadmapDocument, mode: LayoutMode, aspect: number): string {
  const { graph } = buildMap(doc.nodes);
  const collapsed = new Set<number>();
  for (const id of doc.view?.collapsed ?? []) {
    const at = graph.index.get(id);
    if (at !== undefined) collapsed.add(at);
  }
  return `${JSON.stringify(layoutGeometry(graph, layoutMap(graph, { mode, aspect, collapsed })))}\n`;
}
