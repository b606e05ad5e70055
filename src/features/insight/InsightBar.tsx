import { lazy, Suspense, useId, useRef, useState } from 'react';
import { focusMap, useMapRoot } from '../../components/map-focus';
import { COLOR_MEASURES, type ColorMeasure } from '../../core/insight';
import { excerptAtWord } from '../../components/excerpt-at-word';
import { authorName } from '../../core/map/author-name';
import { nodeWords } from '../../core/map/node-words';
import { useActions } from '../../store/editor';
import { useInsightView, useMeasureColoring } from '../../store/insight-view';
import { useGraph } from '../../store/selectors';
import './insight.css';

// The chart and its d3 scales load when the timeline is first opened, not with the page.
const Timeline = lazy(() => import('./Timeline'));

/** The colour scale of the chosen measure: a swatch per bin with the values it holds. */
function Legend({ measure }: { measure: ColorMeasure }) {
  const graph = useGraph();
  const coloring = useMeasureColoring(graph);
  const entry = COLOR_MEASURES.find((option) => option.key === measure)!;
  if (!coloring) return null;
  return (
    <div className="measure-legend" role="group" aria-label={`Colour scale: ${entry.label.toLowerCase()}`}>
      <span className="measure-meaning">{entry.meaning}:</span>
      {coloring.bins.length === 0 ? <span className="measure-meaning">nothing to colour yet{measure === 'balance' || measure === 'contestedness' ? ' (tag some replies pro or con)' : ''}</span> : null}
      <ol className="measure-bins">
        {coloring.bins.map((bin) => (
          <li key={bin.step} title={`${bin.count} ${bin.count === 1 ? 'sub-debate' : 'sub-debates'}`}>
            <span className="swatch" style={{ background: `var(--measure-${bin.step})` }} aria-hidden="true" />
            {bin.label}
          </li>
        ))}
      </ol>
      {coloring.unknown > 0 && coloring.bins.length > 0 ? <span className="measure-meaning">uncoloured: {coloring.unknown} without a value</span> : null}
    </div>
  );
}

/** What the map is narrowed to (a sub-debate, a person), each with a way back to the whole map. */
function Chips() {
  const { clearFocus, highlightPerson } = useActions();
  const { focus, person } = useInsightView();
  const graph = useGraph();
  const node = focus === null ? undefined : graph.nodes[graph.index.get(focus) ?? -1];
  const name = node ? authorName(node) : '';
  // A deleted comment's words are its name ("[deleted]"): said once.
  const words = node ? excerptAtWord(nodeWords(node), 24) : '';
  return (
    <>
      {node ? (
        <span className="insight-chip">
          {/* The words give way (an ellipsis), never the ×: it is the way back to the whole map. */}
          <span className="insight-chip-text" title={`Sub-debate: ${name}${words && words !== name ? ` · ${words}` : ''}`}>
            Sub-debate: <bdi>{name}</bdi>{words && words !== name ? ` · ${words}` : ''}
          </span>
          <button type="button" aria-label="Stop highlighting the sub-debate" onClick={() => clearFocus()}>×</button>
        </span>
      ) : null}
      {person !== null ? (
        <span className="insight-chip">
          <span className="insight-chip-text" title={`Person: ${person}`}>Person: <bdi>{person}</bdi></span>
          <button type="button" aria-label={`Stop highlighting ${person}`} onClick={() => highlightPerson(null)}>×</button>
        </span>
      ) : null}
    </>
  );
}

/**
 * The strip over the bottom of the map: colour the map by a measure (with its legend), what is highlighted,
 * and the timeline, which shows the map as it was at any moment.
 */
export function InsightBar() {
  const { setColorBy } = useActions();
  const { colorBy } = useInsightView();
  const [timelineOpen, setTimelineOpen] = useState(false);
  const colorId = useId();
  const timelineId = useId();
  const choosingByPointer = useRef(false);
  const root = useMapRoot();
  return (
    <section className="insight-bar" aria-label="Measures on the map">
      <div className="insight-bar-row">
        <label htmlFor={colorId} className="insight-bar-label">Colour by</label>
        <select
          id={colorId}
          className="insight-select"
          value={colorBy ?? ''}
          onPointerDown={() => (choosingByPointer.current = true)}
          onChange={(event) => {
            setColorBy((event.target.value || null) as ColorMeasure | null);
            // Chosen with the mouse, the keys go back to the map: a letter typed next would pick
            // another measure here (C, Contestedness) instead of tagging. Arrow keys stay here.
            if (choosingByPointer.current) focusMap(root());
            choosingByPointer.current = false;
          }}
          onBlur={() => (choosingByPointer.current = false)}
        >
          <option value="">Tags</option>
          {COLOR_MEASURES.map((option) => <option key={option.key} value={option.key}>{option.label}</option>)}
        </select>
        {colorBy ? <Legend measure={colorBy} /> : null}
        <Chips />
        <button type="button" className="button insight-timeline-toggle" aria-expanded={timelineOpen} aria-controls={timelineId} onClick={() => setTimelineOpen((open) => !open)}>
          <span aria-hidden="true">{timelineOpen ? '▾' : '▸'}</span> Timeline
        </button>
      </div>
      <div id={timelineId}>
        {timelineOpen ? (
          <Suspense fallback={<p className="timeline-note">Loading the timeline…</p>}>
            <Timeline />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
