import { useReactFlow, useStore } from '@xyflow/react';
import type { SubDebate } from '../../core/layout/regions';
import { focusMap, useMapRoot } from '../../components/map-focus';
import { useActions, useEditor } from '../../store/editor';
import { useCanvasModel } from './canvas-context';
import { useOpening } from './opening-context';
import { regionOpening } from './region-view';

/** Runs `work` once the page is idle (at the latest after `IDLE_WAIT_MS`); where there is no idle callback, after a short wait. */
const IDLE_WAIT_MS = 1000;
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 200);
}

/**
 * Opens a sub-debate (from its label or the minimap): the view moves onto it at once, not in a
 * glide (a glide would first draw the regions growing under it); its cards mount over a few
 * frames from the comment that started it, which is then selected, so the panel shows it and
 * the keys go on from it. False when none of its cards is shown.
 */
export function useOpenRegion(): (region: SubDebate) => boolean {
  const { graph, layout } = useCanvasModel();
  const flow = useReactFlow();
  const opening = useOpening();
  const { select } = useActions();
  const editor = useEditor();
  const root = useMapRoot();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  return (region) => {
    const view = regionOpening(region, layout, width, height);
    if (!view) return false;
    opening.setAt(region.root);
    void flow.setViewport(view);
    const id = graph.nodes[region.root]!.id;
    // Chosen by keyboard, the label goes with the zoom: the keys go on from its first comment.
    const byKeyboard = document.activeElement?.classList.contains('region-label') ?? false;
    // Once the browser is idle, after its cards have been painted: the panel's render, made in
    // the frame after the click, held the first slice of cards back (236 against 93 ms measured).
    const before = editor.store.getState().selectedId;
    whenIdle(() => {
      // A card chosen meanwhile (a click, a key) stays chosen.
      if (editor.store.getState().selectedId !== before) return;
      select(id);
      if (byKeyboard) focusMap(root());
    });
    return true;
  };
}
