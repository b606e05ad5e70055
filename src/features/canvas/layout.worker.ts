/// <reference lib="webworker" />
// Lays out big maps off the main thread: it receives only the tree's shape (a parent array),
// never the comments, and sends the position arrays back without copying them.
import { layoutMap } from '../../core/layout';
import { graphFromParents } from '../../core/map/graph';
import type { LayoutRequest, LayoutResponse } from './layout-messages';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, parent, roots, mode, aspect, collapsed, keep } = event.data;
  const graph = graphFromParents(parent, roots);
  const layout = layoutMap(graph, { mode, aspect, collapsed: new Set(collapsed), keep: keep ?? undefined });
  const response: LayoutResponse = { id, layout };
  const { routes } = layout;
  const buffers = [layout.x, layout.y, layout.width, layout.height, layout.visible, routes.start, routes.end, routes.points].map((array) => array.buffer);
  (self as unknown as Worker).postMessage(response, buffers);
};
