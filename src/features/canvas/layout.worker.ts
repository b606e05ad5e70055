/// <reference lib="webworker" />
// Lays out big maps off the main thread: it receives only the tree's shape (a parent array),
// never the comments, and sends the position arrays back without copying them.
import { layoutMap } from '../../core/layout';
import { graphFromParents } from '../../core/map/graph';
import type { LayoutRequest, LayoutResponse } from './layout-messages';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, parent, roots, mode, aspect, collapsed } = event.data;
  const graph = graphFromParents(parent, roots);
  const layout = layoutMap(graph, { mode, aspect, collapsed: new Set(collapsed) });
  const response: LayoutResponse = { id, layout };
  (self as unknown as Worker).postMessage(response, [layout.x.buffer, layout.y.buffer, layout.width.buffer, layout.height.buffer, layout.visible.buffer]);
};
