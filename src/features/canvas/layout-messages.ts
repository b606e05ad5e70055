import type { Layout, LayoutMode } from '../../core/layout/types';

export interface LayoutRequest {
  id: number;
  parent: Int32Array;
  roots: number[];
  mode: LayoutMode;
  aspect: number;
  collapsed: number[];
}

export interface LayoutResponse {
  id: number;
  layout: Layout;
}
