import type { MapGraph } from '../map/graph';
import { layoutOutline } from './outline';
import { layoutOverview } from './overview';
import { layoutTreeDown, layoutTreeRight } from './tree-layout';
import type { Layout, LayoutFunction, LayoutMode, LayoutOptions } from './types';

export type { Layout, LayoutFunction, LayoutMode, LayoutOptions } from './types';
export { LAYOUT_MODES, DEFAULT_ASPECT, windowAspect } from './types';
export { layoutGeometry, type MapGeometry } from './geometry';
export { routeOf, routePath, type ReplyRoutes } from './routes';
export { fitRegion, fitZoom, type MapRect } from './fit';
export { createSpatialIndex, type SpatialIndex } from './spatial-index';
export { layoutOutline, OUTLINE } from './outline';
export { layoutOverview, OVERVIEW } from './overview';
export { layoutTreeDown, layoutTreeRight, TREE_DOWN, TREE_RIGHT } from './tree-layout';
export { computeVisibility, type Visibility } from './visibility';

const LAYOUTS: Record<LayoutMode, LayoutFunction> = {
  overview: layoutOverview,
  'tree-down': layoutTreeDown,
  'tree-right': layoutTreeRight,
  outline: layoutOutline,
};

/** Places every shown card of the map for the given mode; linear or near-linear, never recursive. */
export const layoutMap: LayoutFunction = (graph: MapGraph, options: LayoutOptions): Layout => {
  const layout = LAYOUTS[options.mode] ?? layoutOverview;
  return layout(graph, options);
};
