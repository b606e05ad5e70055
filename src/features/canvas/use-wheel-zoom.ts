import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { wheelZoomFactor, zoomAround } from './viewport';

/**
 * Zooms with the mouse wheel in gentle steps (React Flow's own wheel zoom takes a mouse notch as
 * half an octave or more). Pinch gestures (wheel with Ctrl) are left to React Flow.
 */
export function useWheelZoom(pane: HTMLElement | null): void {
  const flow = useReactFlow();
  useEffect(() => {
    if (!pane) return;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.deltaY === 0) return;
      const target = event.target instanceof Element ? event.target : null;
      // Only wheels over the map itself: the minimap and controls keep theirs; scrollable parts
      // of the map (none today) would be marked nowheel as in React Flow.
      if (!target?.closest('.react-flow') || target.closest('.nowheel')) return;
      event.preventDefault();
      event.stopPropagation();
      const box = pane.getBoundingClientRect();
      void flow.setViewport(zoomAround(flow.getViewport(), event.clientX - box.left, event.clientY - box.top, wheelZoomFactor(event.deltaY, event.deltaMode)));
    };
    // Capturing, on an ancestor: React Flow's handler on the pane never sees these wheels.
    pane.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => pane.removeEventListener('wheel', onWheel, { capture: true });
  }, [pane, flow]);
}
