import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import type { Rect } from './viewport';
import { afterMoveStart, restingView, viewFollowing, type FollowGlide } from './follow-glide';

/** How long the view takes to bring a card chosen by keyboard into view. */
const FOLLOW_MS = 180;

/**
 * The canvas follows the selection: a card moved to by keyboard is brought into view, at the
 * zoom the user chose. Only a new selection moves the view: a structure edit renumbers positions
 * but must keep the view. `covered` says where the controls over the map are (pane pixels): a card
 * under one is brought out. Returns what to call when any move of the view begins (see afterMoveStart).
 */
export function useFollowSelection(selectedId: string | null, selectedPosition: number | undefined, layout: Layout, covered: () => readonly Rect[] | undefined): () => void {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const previousSelection = useRef(selectedId);
  const glide = useRef<FollowGlide | null>(null);
  useEffect(() => {
    if (selectedPosition === undefined || previousSelection.current === selectedId) return;
    previousSelection.current = selectedId;
    const x = layout.x[selectedPosition]!;
    if (Number.isNaN(x)) return;
    const card = { x, y: layout.y[selectedPosition]!, width: layout.width[selectedPosition]!, height: layout.height[selectedPosition]! };
    // This map's own pane (another map may be open beside it).
    const { width, height } = flowStore.getState();
    const to = viewFollowing(restingView(glide.current, flow.getViewport()), card, width, height, covered());
    if (!to) return;
    glide.current = { to, moves: 0 };
    void flow.setViewport(to, { duration: FOLLOW_MS }).then(() => {
      // Ended where it was going: the view is at rest there.
      if (glide.current?.to === to) glide.current = null;
    });
  }, [selectedId, selectedPosition, layout, flow, flowStore, covered]);
  return useCallback(() => {
    glide.current = afterMoveStart(glide.current);
  }, []);
}
