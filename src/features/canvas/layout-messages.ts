import type { Layout, LayoutMode } from '../../core/layout/types';

export interface LayoutRequest {
  id: number;
  parent: Int32Array;
  roots: number[];
  mode: LayoutMode;
  aspect: number;
  collapsed: number[];
  /** Cards a filter keeps (1); the rest are left out of the layout. */
  keep: Uint8Array | null;
}

export interface LayoutResponse {
  id: number;
  layout: Layout;
}
