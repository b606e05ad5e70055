import type { MapGraph } from '../map/graph';
import { indentFor, type IndentRule } from './indent';
import type { Layout, LayoutOptions } from './types';
import { routeRows } from './row-routes';
import { computeVisibility, createLayoutArrays, finishLayout } from './visibility';

/** Card geometry of the outline: full-height cards, narrower as they are indented. */
export const OUTLINE = {
  /** Width of a top-level row; indented rows lose their indentation from it. */
  rowWidth: 680,
  cardHeight: 120,
  gap: 8,
  indent: { step: 24, fullLevels: 12, max: 384 } satisfies IndentRule,
} as const;

/** One row per shown comment in reading order, indented by reply depth, in a single column. */
export function layoutOutline(graph: MapGraph, options: LayoutOptions): Layout {
  const { visible } = computeVisibility(graph, options.collapsed, options.keep);
  const arrays = createLayoutArrays(graph.nodes.length);
  const pitch = OUTLINE.cardHeight + OUTLINE.gap;
  for (let row = 0; row < visible.length; row++) {
    const at = visible[row]!;
    const indent = indentFor(graph.depth[at]!, OUTLINE.indent);
    arrays.x[at] = indent;
    arrays.y[at] = row * pitch;
    arrays.width[at] = OUTLINE.rowWidth - indent;
    arrays.height[at] = OUTLINE.cardHeight;
  }
  return finishLayout('outline', arrays, visible, 'rail', routeRows(graph, arrays, visible, null));
}
