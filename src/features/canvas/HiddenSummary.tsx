import { useMemo } from 'react';
import { descendantsOf } from '../../core/map/graph';
import { TAGS } from '../../core/map/types';
import { useMapStore } from '../../store/map-store';
import { visibleAnnotationsOf } from '../../store/own-annotation';
import { useGraph } from '../../store/selectors';
import { TAG_SYMBOL } from '../../core/map/types';

export interface Summary {
  hidden: number;
  pro: number;
  con: number;
  question: number;
  /** "300 hidden replies, 8 pro, 6 con, 3 question": the whole summary in words. */
  label: string;
}

const NOTHING: Summary = { hidden: 0, pro: 0, con: 0, question: 0, label: '' };

/** What a collapsed card hides, tags included; counted only while the card is collapsed. */
export function useHiddenSummary(id: string, collapsed: boolean): Summary {
  const graph = useGraph();
  const annotations = useMapStore((state) => (collapsed ? visibleAnnotationsOf(state) : null));
  return useMemo(() => {
    const position = graph.index.get(id);
    if (!annotations || position === undefined) return NOTHING;
    const counts = { hidden: 0, pro: 0, con: 0, question: 0 };
    for (const at of descendantsOf(graph, position)) {
      counts.hidden++;
      const tag = annotations[graph.nodes[at]!.id]?.tag;
      if (tag) counts[tag]++;
    }
    const tags = TAGS.filter((tag) => counts[tag] > 0).map((tag) => `${counts[tag]} ${tag}`);
    const label = [`${counts.hidden} hidden ${counts.hidden === 1 ? 'reply' : 'replies'}`, ...tags].join(', ');
    return { ...counts, label };
  }, [graph, annotations, id]);
}

/**
 * "▸ 300 hidden +8 −6 ?3": the hidden count, then each tag's count after its badge symbol, in
 * its colour, so it fits the card's footer; the tag words are there for the ear and the tooltip.
 */
export function HiddenSummary({ summary }: { summary: Summary }) {
  return (
    <span className="hidden-summary" title={summary.label}>
      <span aria-hidden="true">▸ </span>
      {summary.hidden} hidden
      {TAGS.filter((tag) => summary[tag] > 0).map((tag) => (
        <span key={tag} className={`hidden-count ${tag}`}>
          {' '}
          <span aria-hidden="true">{TAG_SYMBOL[tag]}</span>
          {summary[tag]}{' '}
          <span className="visually-hidden">{tag}</span>
        </span>
      ))}
    </span>
  );
}
