import { useMemo } from 'react';
import { authorMask, colorByMeasure, measureGraph, subtreeMask, writtenBy, type MeasureColoring } from '../core/insight';
import type { MapGraph } from '../core/map/graph';
import { useEditor, useMapStore } from './editor/editor-context';
import type { Editor } from './editor/create-editor';
import type { MapState } from './map-store';
import { visibleAnnotationsOf } from './own-annotation';

export const useInsightView = () => useMapStore((state) => state.insight);

/** What the insight views do to the cards, by graph position. */
export interface MapMasks {
  /** 1 for a card written by the chosen time; null when the whole map shows. */
  shown: Uint8Array | null;
  /** 1 for a card in the chosen sub-debate and by the chosen person; null when nothing is chosen. */
  emphasis: Uint8Array | null;
}

/** The masks of a graph for the current insight view, computed once per change of either. */
export function useMapMasks(graph: MapGraph): MapMasks {
  const focus = useMapStore((state) => state.insight.focus);
  const person = useMapStore((state) => state.insight.person);
  const until = useMapStore((state) => state.insight.until);
  const shown = useMemo(() => (until === null ? null : writtenBy(graph, until)), [graph, until]);
  const emphasis = useMemo(() => {
    if (focus === null && person === null) return null;
    const inFocus = focus === null ? null : subtreeMask(graph, focus);
    const byPerson = person === null ? null : authorMask(graph, person);
    if (!inFocus) return byPerson;
    if (byPerson) for (let at = 0; at < inFocus.length; at++) inFocus[at]! &= byPerson[at]!;
    return inFocus;
  }, [graph, focus, person]);
  return { shown, emphasis };
}

/**
 * Whether a mounted card is dimmed by the insight view: outside the chosen sub-debate or not
 * written by the chosen person. Re-renders a card only when the choice changes.
 */
export function useInsightDimmed(id: string, author: string | null): boolean {
  const editor = useEditor();
  return useMapStore((state) => isInsightDimmed(state, editor, id, author));
}

/** Whether the insight view dims a card (see useInsightDimmed), read from one state. */
export function isInsightDimmed(state: MapState, editor: Editor, id: string, author: string | null): boolean {
  const { focus, person } = state.insight;
  if (person !== null && author !== person) return true;
  if (focus === null) return false;
  const { graph } = editor.derived.graphOf(state.nodes);
  const top = graph.index.get(focus);
  let at = graph.index.get(id);
  while (at !== undefined && at >= 0 && at !== top) at = graph.parent[at];
  return at === undefined || at < 0;
}

const NO_TAGS = {};

/**
 * The map coloured by the chosen measure, or null while it is coloured by tag. Measured once per
 * map and measure (and per tag change only for the measures made of tags).
 */
export function useMeasureColoring(graph: MapGraph): MeasureColoring | null {
  const colorBy = useMapStore((state) => state.insight.colorBy);
  const byTags = colorBy === 'balance' || colorBy === 'contestedness';
  const annotations = useMapStore((state) => (byTags ? visibleAnnotationsOf(state) : NO_TAGS));
  return useMemo(() => (colorBy === null ? null : colorByMeasure(graph, measureGraph(graph, annotations).topLevel, colorBy)), [graph, annotations, colorBy]);
}
