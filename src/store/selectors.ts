import { useMemo } from 'react';
import { useStore } from 'zustand';
import { buildMap, type BuildMapResult } from '../core/map/graph';
import type { ThreadNode } from '../core/map/types';
import type { ThreadmapDocument } from '../core/document/types';
import { CURRENT_VERSION, FORMAT_NAME } from '../core/document/types';
import { countTags, type TagCounts } from '../core/annotations/apply';
import { isTaggable } from '../core/annotations/taggable';
import type { Annotations } from '../core/annotations/types';
import { undoHistory, useMapStore, type MapState } from './map-store';
import { rememberedViewport } from './viewport-memory';

let graphCache: { nodes: readonly ThreadNode[]; result: BuildMapResult } | null = null;

/** The reply tree of the open map, rebuilt only when the node list itself changes. */
export function graphOf(nodes: readonly ThreadNode[]): BuildMapResult {
  if (graphCache?.nodes !== nodes) graphCache = { nodes, result: buildMap(nodes) };
  return graphCache.result;
}

export const useGraph = () => graphOf(useMapStore((state) => state.nodes)).graph;

let countCache: { annotations: Annotations; nodes: readonly ThreadNode[]; counts: TagCounts } | null = null;
function countsOf(annotations: Annotations, nodes: readonly ThreadNode[]): TagCounts {
  if (countCache?.annotations !== annotations || countCache.nodes !== nodes) countCache = { annotations, nodes, counts: countTags(annotations, nodes) };
  return countCache.counts;
}

/** Tag counts over the cards that can carry a tag (the root and `more` stubs never count). */
export const useTagCounts = () => countsOf(useMapStore((state) => state.annotations), useMapStore((state) => state.nodes));

/** How many cards can carry a tag: the denominator of "Tagged N of M". */
export const useTaggableCount = () => {
  const nodes = useMapStore((state) => state.nodes);
  return useMemo(() => nodes.filter(isTaggable).length, [nodes]);
};
export const useAnnotation = (id: string) => useMapStore((state) => state.annotations[id]);
export const useIsSelected = (id: string) => useMapStore((state) => state.selectedId === id);
export const useSelectedId = () => useMapStore((state) => state.selectedId);
export const useCanUndo = () => useStore(undoHistory, (state) => state.pastStates.length > 0);
export const useCanRedo = () => useStore(undoHistory, (state) => state.futureStates.length > 0);

/** The open map as a threadmap document (what Export JSON and autosave write). */
export function documentOf(state: MapState, exportedAt: string, generator: string): ThreadmapDocument | null {
  if (!state.source) return null;
  const viewport = rememberedViewport() ?? state.view.viewport;
  const view = { ...state.view, selected: state.selectedId, ...(viewport ? { viewport } : {}) };
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    generator,
    exportedAt,
    coder: state.coder,
    source: state.source,
    nodes: state.nodes,
    links: state.links,
    annotations: state.annotations,
    view,
  };
}
