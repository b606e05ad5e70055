import { useMemo } from 'react';
import { descendantsOf } from '../../core/map/graph';
import { useMapStore } from '../../store/map-store';
import { useGraph } from '../../store/selectors';

/** "+ 12 hidden · 3 pro 1 con": what a collapsed card hides, tags included. */
export function HiddenSummary({ id }: { id: string }) {
  const graph = useGraph();
  const annotations = useMapStore((state) => state.annotations);
  const summary = useMemo(() => {
    const position = graph.index.get(id);
    if (position === undefined) return { hidden: 0, pro: 0, con: 0, question: 0 };
    const counts = { hidden: 0, pro: 0, con: 0, question: 0 };
    for (const at of descendantsOf(graph, position)) {
      counts.hidden++;
      const tag = annotations[graph.nodes[at]!.id]?.tag;
      if (tag) counts[tag]++;
    }
    return counts;
  }, [graph, annotations, id]);
  const tags = (['pro', 'con', 'question'] as const).filter((tag) => summary[tag] > 0).map((tag) => `${summary[tag]} ${tag}`);
  return <span>▸ {summary.hidden} hidden{tags.length ? ` · ${tags.join(' ')}` : ''}</span>;
}
