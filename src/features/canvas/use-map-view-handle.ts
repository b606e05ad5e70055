import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMapViewSlot, type CanvasModel, type MapViewHandle } from '../../components/map-view';
import { useEditor } from '../../store/editor';
import { fitWholeMap } from './fit-view';
import { zoomAnchor, zoomAround } from './viewport';
import { zoomStep } from './lod';
import { rectOfTransform } from './draw-map';

const ZOOM_MS = 150;
/** One zoom key press: React Flow's own step. */
const ZOOM_STEP = 1.2;

/**
 * Offers the map on screen to the rest of the app (commands, image export): the layout drawn now
 * and the view's moves, so that nothing outside lays the map out a second time.
 */
export function useMapViewHandle(model: CanvasModel): void {
  const slot = useMapViewSlot();
  const flow = useReactFlow();
  const store = useStoreApi();
  const editor = useEditor();
  useEffect(() => {
    if (!slot) return;
    const zoomBy = (factor: number) => {
      const { transform, width, height } = store.getState();
      const view = { x: transform[0], y: transform[1], zoom: transform[2] };
      const selected = editor.store.getState().selectedId;
      const shown = rectOfTransform(view, width, height);
      const inView = model.index.query(shown.x, shown.y, shown.width, shown.height);
      const { px, py } = zoomAnchor(model.layout, selected === null ? undefined : model.graph.index.get(selected), view, width, height, inView);
      void flow.setViewport(zoomAround(view, px, py, zoomStep(view.zoom, factor) / view.zoom), { duration: ZOOM_MS });
    };
    const handle: MapViewHandle = {
      model,
      viewport: () => {
        const { transform, width, height } = store.getState();
        return { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      },
      fit: () => {
        const { width, height, domNode } = store.getState();
        fitWholeMap(flow, model.layout, width, height, domNode?.parentElement, model.index.query);
      },
      zoomIn: () => zoomBy(ZOOM_STEP),
      zoomOut: () => zoomBy(1 / ZOOM_STEP),
    };
    return slot.offer(handle);
  }, [slot, model, flow, store, editor]);
}
