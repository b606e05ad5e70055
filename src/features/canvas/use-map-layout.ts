import { useMemo } from 'react';
import { createSpatialIndex, layoutMap } from '../../core/layout';
import type { LayoutMode } from '../../core/layout/types';
import { useMapStore } from '../../store/map-store';
import { useGraph } from '../../store/selectors';
import type { CanvasModel } from './canvas-context';

/** Threads up to this size read naturally as a tree; larger ones open in the overview. */
const TREE_BY_DEFAULT_UP_TO = 400;

export function defaultLayoutMode(nodeCount: number): LayoutMode {
  return nodeCount <= TREE_BY_DEFAULT_UP_TO ? 'tree-down' : 'overview';
}

export function useLayoutMode(): LayoutMode {
  return useMapStore((state) => (state.view.layout as LayoutMode | undefined) ?? defaultLayoutMode(state.nodes.length));
}

/** Lays out the open map for the current mode, collapsed subtrees and window shape. */
export function useMapLayout(aspect: number): CanvasModel {
  const graph = useGraph();
  const mode = useLayoutMode();
  const collapsedIds = useMapStore((state) => state.view.collapsed);
  return useMemo(() => {
    const collapsed = new Set<number>();
    for (const id of collapsedIds ?? []) {
      const position = graph.index.get(id);
      if (position !== undefined) collapsed.add(position);
    }
    const layout = layoutMap(graph, { mode, collapsed, aspect });
    return { graph, layout, index: createSpatialIndex(layout) };
  }, [graph, mode, collapsedIds, aspect]);
}
