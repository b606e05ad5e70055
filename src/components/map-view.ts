import { createContext, useContext } from 'react';
import type { CanvasModel } from '../store/map-store';

export type { CanvasModel };

/**
 * What the rest of the app may ask of the map on screen: the layout drawn now, the view, and the
 * view's own moves. The canvas provides it; commands and image export use it.
 */
export interface MapViewHandle {
  model: CanvasModel;
  /** The view transform and pane size right now. */
  viewport(): { x: number; y: number; zoom: number; width: number; height: number };
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
}

/** Holds the map on screen; one per app, created by the shell (never module state). */
export interface MapViewSlot {
  /** The map on screen now, or null. */
  shown(): MapViewHandle | null;
  /** Offers the map drawn now; returns the way to take it back. */
  offer(handle: MapViewHandle): () => void;
}

/** An empty slot, for the shell to provide. */
export function createMapViewSlot(): MapViewSlot {
  let shown: MapViewHandle | null = null;
  return {
    shown: () => shown,
    offer: (handle) => {
      shown = handle;
      return () => {
        if (shown === handle) shown = null;
      };
    },
  };
}

export const MapViewContext = createContext<MapViewSlot | null>(null);

/** The app's map-view slot; null outside the shell (a piece rendered alone in a test). */
export function useMapViewSlot(): MapViewSlot | null {
  return useContext(MapViewContext);
}
