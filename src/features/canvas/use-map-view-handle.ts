import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMapViewSlot, type CanvasModel, type MapViewHandle } from '../../components/map-view';
import { fitWholeMap } from './fit-view';

const ZOOM_MS = 150;

/**
 * Offers the map on screen to the rest of the app (commands, image export): the layout drawn now
 * and the view's moves, so that nothing outside lays the map out a second time.
 */
export function useMapViewHandle(model: CanvasModel): void {
  const slot = useMapViewSlot();
  const flow = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    if (!slot) return;
    const handle: MapViewHandle = {
      model,
      viewport: () => {
        const { transform, width, height } = store.getState();
        return { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      },
      fit: () => {
        const { width, height } = store.getState();
        fitWholeMap(flow, model.layout, width, height);
      },
      zoomIn: () => void flow.zoomIn({ duration: ZOOM_MS }),
      zoomOut: () => void flow.zoomOut({ duration: ZOOM_MS }),
    };
    return slot.offer(handle);
  }, [slot, model, flow, store]);
}
