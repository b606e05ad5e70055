import { createContext, useContext } from 'react';
import type { MapGraph } from '../../core/map/graph';
import type { Layout } from '../../core/layout/types';
import type { SpatialIndex } from '../../core/layout';

export interface CanvasModel {
  graph: MapGraph;
  layout: Layout;
  index: SpatialIndex;
}

export const CanvasContext = createContext<CanvasModel | null>(null);

/** The laid-out map shared by the canvas layers, the minimap and the view controls. */
export function useCanvasModel(): CanvasModel {
  const model = useContext(CanvasContext);
  if (!model) throw new Error('useCanvasModel is used outside the map canvas');
  return model;
}
