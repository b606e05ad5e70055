import { useEditor } from '../../store/editor';
import { useLayoutEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import type { MapGraph } from '../../core/map/graph';
import { initialViewport, isInside, viewportFitting, visibleRect, type CardsIn } from './viewport';
import { FULL_ZOOM } from './lod';
import { coveredBoxes } from './covered';

const TRANSITION_MS = 300;

/**
 * Keeps the user's place when the layout changes under the same map. Collapsing or expanding
 * keeps the selected card at the same spot on screen (no jump); a mode switch glides the cards
 * to their new places and brings the selection (or, without one, the whole map) into view.
 * The glide is a CSS transition switched on by a class on `pane` for its duration only, so
 * cards mounted while panning never animate.
 */
export function useStableView(
  graph: MapGraph,
  layout: Layout,
  cardsIn: CardsIn,
  documentKey: number,
  width: number,
  height: number,
  pane: HTMLElement | null,
  onModeShown: (mode: Layout['mode']) => void,
): void {
  const editor = useEditor();
  const flow = useReactFlow();
  const previous = useRef<{ layout: Layout; graph: MapGraph; documentKey: number } | null>(null);

  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = { layout, graph, documentKey };
    if (!before || before.documentKey !== documentKey || before.layout === layout) return;
    const selectedId = editor.store.getState().selectedId;
    const at = selectedId === null ? undefined : graph.index.get(selectedId);
    const shownNow = at !== undefined && !Number.isNaN(layout.x[at]!);
    const { x, y, zoom } = flow.getViewport();

    const glide = () => {
      pane?.classList.add('animating');
      setTimeout(() => pane?.classList.remove('animating'), TRANSITION_MS + 50);
    };
    if (before.layout.mode === layout.mode) {
      // A structure edit (moved, merged, split cards) glides the cards to their new places under
      // a view that stays put while the selected card is still in it; otherwise (and when
      // collapsing or expanding) the view glides with the selected card so it stays where it was.
      const edited = before.graph !== graph;
      if (edited) glide();
      if (!shownNow || Number.isNaN(before.layout.x[at]!)) return;
      if (edited && isInside(visibleRect([x, y, zoom], width, height), layout.x[at]!, layout.y[at]!, layout.width[at]!, layout.height[at]!)) return;
      const dx = (layout.x[at]! - before.layout.x[at]!) * zoom;
      const dy = (layout.y[at]! - before.layout.y[at]!) * zoom;
      if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x - dx, y: y - dy, zoom }, edited ? { duration: TRANSITION_MS } : undefined);
      return;
    }
    glide();
    // Cards of the new mode are held back until the view has glided to where they will be seen:
    // mounted under the old view, a switch to the overview made 600 cards for one frame.
    setTimeout(() => onModeShown(layout.mode), TRANSITION_MS + 20);
    if (shownNow) {
      const nextZoom = Math.max(zoom, FULL_ZOOM);
      void flow.setCenter(layout.x[at]! + layout.width[at]! / 2, layout.y[at]! + layout.height[at]! / 2, { zoom: nextZoom, duration: TRANSITION_MS });
    } else {
      // Nothing chosen: a tree is shown whole, its big sub-debates named (far out, as labelled
      // regions); the outline, one long column, from its top at a readable zoom.
      const covered = coveredBoxes(pane);
      const tree = layout.mode === 'tree-down' || layout.mode === 'tree-right';
      const view = tree ? viewportFitting(layout.bounds, width, height, 0.05, 1, covered, cardsIn) : initialViewport(layout, graph.roots[0] ?? 0, width, height, covered, cardsIn);
      void flow.setViewport(view, { duration: TRANSITION_MS });
    }
  }, [graph, layout, cardsIn, documentKey, flow, width, height, pane, onModeShown, editor.store]);
}
