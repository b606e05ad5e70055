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

/**
 * Places every shown card of the map for the given mode, with the reply line into each card.
 * The tree modes are O(n) (a threaded tidy tree) plus a fixed number of shelf packings per comb;
 * the outline is O(n); the overview is O(n log n) at most: about √n column heights are tried at
 * constant cost a column (a sparse table over the rows' depths finds where to split a subtree
 * taller than a column), and a line into a later column takes a fixed number of turns however
 * many columns it passes. Iterative throughout: a 100,000-long chain does not recurse.
 */
export const layoutMap: LayoutFunction = (graph: MapGraph, options: LayoutOptions): Layout => {
  const layout = LAYOUTS[options.mode] ?? layoutOverview;
  return layout(graph, options);
};
