import { useActions } from '../../store/editor';
import { peopleTakingPart } from '../../core/insight/people-taking-part';
import { useId, useMemo, useState } from 'react';
import { Collapsible } from 'radix-ui';
import { sortSubDebates, subDebateCsv, summaryMarkdown, SUB_DEBATE_ORDERS, type SubDebate, type SubDebateOrder } from '../../core/insight';
import type { MapGraph } from '../../core/map/graph';
import { downloadText, fileNameFor } from '../../components/download';
import { excerpt } from '../../components/format';
import { nameAndWords } from '../../core/map/author-name';
import { useMapStore } from '../../store/map-store';
import { useGraph } from '../../store/selectors';
import { useThreadMeasures } from './use-thread-measures';
import './insight.css';

const number = (value: number | null, unit: string, digits = 0) => (value === null ? null : `${value.toFixed(digits)} ${unit}`);

/** The chosen measure of a sub-debate as a short label, or a dash when the source cannot say. */
function measureLabel(debate: SubDebate, order: SubDebateOrder): string {
  switch (order) {
    case 'comments':
      return debate.comments.toLocaleString('en');
    case 'depth':
      return `${debate.depth} deep`;
    case 'participants':
      return peopleTakingPart(debate.participants);
    case 'durationHours':
      return number(debate.durationHours, 'h', debate.durationHours !== null && debate.durationHours < 10 ? 1 : 0) ?? '–';
    case 'activity':
      return number(debate.activity, '/h', 1) ?? '–';
    case 'backAndForth':
      return `${debate.backAndForth?.length ?? 0} turns`;
    case 'unansweredQuestions':
      return `${debate.unansweredQuestions} open`;
    case 'balance':
      return debate.tags.pro + debate.tags.con === 0 ? '–' : `${debate.tags.pro} pro · ${debate.tags.con} con · ${debate.tags.question} q`;
    case 'contestedness':
      return debate.contestedness === null ? '–' : `${Math.round(debate.contestedness * 100)} % con`;
    case 'start':
      return debate.start === null ? '–' : new Date(debate.start).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
  }
}

function details(debate: SubDebate): string {
  const parts = [`${debate.comments.toLocaleString('en')} ${debate.comments === 1 ? 'comment' : 'comments'}`, debate.depth === 0 ? 'no replies' : `${debate.depth} ${debate.depth === 1 ? 'level' : 'levels'} deep`, peopleTakingPart(debate.participants)];
  if (debate.backAndForth && debate.backAndForth.length >= 3) parts.push(`${debate.backAndForth.length}-turn back-and-forth`);
  return parts.join(' · ');
}

function topComment(graph: MapGraph, id: string): string {
  const at = graph.index.get(id);
  if (at === undefined) return id;
  const node = graph.nodes[at]!;
  return nameAndWords(node, (words) => excerpt(words, 60));
}

function SubDebateList({ graph }: { graph: MapGraph }) {
  const { clearFocus, focusSubDebate, showNotice } = useActions();
  const focus = useMapStore((state) => state.insight.focus);
  const title = useMapStore((state) => state.source?.title ?? null);
  const [order, setOrder] = useState<SubDebateOrder>('comments');
  const selectId = useId();
  const measures = useThreadMeasures();
  const sorted = useMemo(() => sortSubDebates([...measures.topLevel, ...measures.branches], order), [measures, order]);
  const copySummary = () => {
    const markdown = summaryMarkdown(measures, (id) => graph.nodes[graph.index.get(id) ?? -1]);
    navigator.clipboard.writeText(markdown).then(
      () => showNotice('Copied the summary as Markdown.'),
      () => showNotice('The browser did not allow copying; the summary is also in the Markdown export.'),
    );
  };
  return (
    <>
      <p className="insight-summary">{measures.summary}</p>
      <div className="insight-actions">
        <button type="button" className="button" onClick={copySummary}>Copy as Markdown</button>
        <button type="button" className="button" onClick={() => downloadText(subDebateCsv(measures), fileNameFor(title, 'sub-debates.csv'), 'text/csv')}>Sub-debates CSV</button>
        {focus !== null ? <button type="button" className="button" onClick={() => clearFocus()}>Show the whole map</button> : null}
      </div>
      <div className="insight-order">
        <label htmlFor={selectId}>Sort by</label>
        <select id={selectId} value={order} onChange={(event) => setOrder(event.target.value as SubDebateOrder)}>
          {SUB_DEBATE_ORDERS.map((option) => (
            <option key={option.key} value={option.key}>{option.label}</option>
          ))}
        </select>
      </div>
      <ol className="insight-list" aria-label={`Sub-debates by ${SUB_DEBATE_ORDERS.find((option) => option.key === order)!.label.toLowerCase()}`}>
        {sorted.map((debate) => (
          <li key={debate.id}>
            <button type="button" className="insight-row" aria-current={debate.id === focus ? 'true' : undefined} onClick={() => focusSubDebate(debate.id)}>
              <span className="insight-title">
                {debate.kind === 'branch' ? <span className="insight-kind">branch</span> : null}
                {topComment(graph, debate.id)}
              </span>
              <span className="insight-value">{measureLabel(debate, order)}</span>
              <span className="insight-details">{details(debate)}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * The thread's summary and sub-debates, sortable by each measure; choosing one zooms the map to
 * it and dims the rest. Measured only while open.
 */
export function SubDebatePanel() {
  const graph = useGraph();
  const [open, setOpen] = useState(false);
  const count = useMemo(() => graph.roots.reduce((sum, root) => sum + graph.children[root]!.length, 0), [graph]);
  return (
    <Collapsible.Root open={open} onOpenChange={setOpen} className="insight-panel">
      <Collapsible.Trigger className="insight-toggle">
        <span aria-hidden="true" className="insight-chevron">{open ? '▾' : '▸'}</span>
        Sub-debates <span className="insight-count">{count}</span>
      </Collapsible.Trigger>
      <Collapsible.Content>{open ? <SubDebateList graph={graph} /> : null}</Collapsible.Content>
    </Collapsible.Root>
  );
}
