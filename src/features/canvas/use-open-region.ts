import { useReactFlow, useStore } from '@xyflow/react';
import type { SubDebate } from '../../core/layout/regions';
import { focusMap } from '../../components/map-focus';
import { useActions } from '../../store/editor';
import { afterNextPaint } from './after-next-paint';
import { useCanvasModel } from './canvas-context';
import { useOpening } from './opening-context';
import { regionOpening } from './region-view';

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
    // Once its card is painted: the panel's render does not delay the first frame of cards.
    afterNextPaint(() => {
      select(id);
      if (byKeyboard) focusMap();
    });
    return true;
  };
}
