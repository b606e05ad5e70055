import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { useCanvasModel } from './canvas-context';
import { fitWholeMap } from './fit-view';
import { COMPACT_ZOOM } from './lod';
import { useOpening } from './opening-context';

/**
 * The way back from a sub-debate opened from its label. Opening is a move of the view (zoom to it,
 * select its first comment), not a narrowing of the map: nothing is dimmed, so there is no chip in
 * the Colour by strip (that is for a sub-debate chosen in the list, which dims the rest). The way
 * back is a view move too: this button fits the whole map, as the fit button and F do, and says so
 * in words. It goes once the view is far out again, however it got there.
 */
/** Longer than the view's glides (fit-view.ts, follow-selection): how long a far view must stay far. */
const SETTLE_MS = 900;

export function WholeMapButton() {
  const flow = useReactFlow();
  const { layout, index } = useCanvasModel();
  const far = useStore((state) => state.transform[2] < COMPACT_ZOOM);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const pane = useStore((state) => state.domNode);
  const { at, setAt } = useOpening();
  // Labels are clicked far out and the view glides in: only a view that has been near since the
  // opening and is far again lets go.
  const seenNear = useRef<number | null>(null);
  useEffect(() => {
    if (at === null) return;
    if (!far) {
      seenNear.current = at;
      return;
    }
    if (seenNear.current !== at) return;
    // A glide to a card far off passes through a far zoom on its way (J to the next sub-debate's
    // card): only a view still far once such a glide is over lets go.
    const timer = setTimeout(() => flow.getZoom() < COMPACT_ZOOM && setAt(null), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [far, at, setAt, flow]);
  if (at === null || far) return null;
  return (
    <button type="button" className="button whole-map" onClick={() => {
      setAt(null);
      fitWholeMap(flow, layout, width, height, pane?.parentElement, index.query);
    }}>
      <span aria-hidden="true">←</span> Whole map
    </button>
  );
}
