import { createContext, useContext } from 'react';
import type { CanvasModel } from '../../store/map-store';

export type { CanvasModel };

export const CanvasContext = createContext<CanvasModel | null>(null);

/** The laid-out map shared by the canvas layers, the minimap and the view controls. */
export function useCanvasModel(): CanvasModel {
  const model = useContext(CanvasContext);
  if (!model) throw new Error('useCanvasModel is used outside the map canvas');
  return model;
}
