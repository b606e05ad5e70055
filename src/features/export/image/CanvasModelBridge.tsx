import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useCanvasModel, type CanvasModel } from '../../canvas/canvas-context';

/** What an image export needs from the canvas: the laid-out map and the part in view. */
export interface CanvasSnapshot {
  model: CanvasModel;
  /** The React Flow transform ([x, y, zoom]) and pane size right now. */
  viewport(): { x: number; y: number; zoom: number; width: number; height: number };
}

let current: CanvasSnapshot | null = null;

/** The canvas shown now, or null when no map is on screen. */
export function currentCanvas(): CanvasSnapshot | null {
  return current;
}

/**
 * Mounted inside the map canvas, it lets the Export menu (in the toolbar, outside the canvas)
 * draw exactly the layout on screen, rather than laying the map out a second time.
 */
export function CanvasModelBridge() {
  const model = useCanvasModel();
  const store = useStoreApi();
  useEffect(() => {
    const snapshot: CanvasSnapshot = {
      model,
      viewport: () => {
        const { transform, width, height } = store.getState();
        return { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      },
    };
    current = snapshot;
    return () => {
      if (current === snapshot) current = null;
    };
  }, [model, store]);
  return null;
}
