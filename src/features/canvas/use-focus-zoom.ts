import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import type { MapGraph } from '../../core/map/graph';
import { useEditor, useMapStore } from '../../store/editor';
import { viewportOpening, type Rect } from './viewport';

/** The box around a comment's laid-out cards and every laid-out card below it; null when none is laid out. */
export function subtreeBounds(graph: MapGraph, layout: Layout, top: number): Rect | null {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  const stack = [top];
  while (stack.length) {
    const at = stack.pop()!;
    const x = layout.x[at]!;
    if (!Number.isNaN(x)) {
      const y = layout.y[at]!;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x + layout.width[at]!);
      y1 = Math.max(y1, y + layout.height[at]!);
    }
    for (const child of graph.children[at]!) stack.push(child);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/**
 * Each time a sub-debate is chosen (in the insight panel), the view glides to it. It
 * runs after the canvas's own "keep the selection in view" effect, so the fit is what stays.
 */
export function useFocusZoom(graph: MapGraph, layout: Layout, width: number, height: number): void {
  const flow = useReactFlow();
  const editor = useEditor();
  const request = useMapStore((state) => state.insight.focusRequest);
  const handled = useRef(request);
  useEffect(() => {
    if (request === handled.current || width === 0) return;
    handled.current = request;
    const focus = editor.store.getState().insight.focus;
    const top = focus === null ? undefined : graph.index.get(focus);
    const bounds = top === undefined ? null : subtreeBounds(graph, layout, top);
    if (!bounds || top === undefined) return;
    // As a click on its label far out opens it: whole when that is a real step in, else from its start.
    const start = { x: layout.x[top]!, y: layout.y[top]!, width: layout.width[top]!, height: layout.height[top]! };
    void flow.setViewport(viewportOpening(bounds, Number.isNaN(start.x) ? bounds : start, width, height), { duration: 300 });
  }, [request, graph, layout, width, height, flow, editor]);
}
