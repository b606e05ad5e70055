import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Slider } from 'radix-ui';
import { commentTimes, windowedTimeSeries } from '../../core/insight';
import { describeDuration } from '../../core/insight';
import { excerpt, formatDateTime } from '../../components/format';
import { authorName, nameAndWords } from '../../core/map/author-name';
import { useActions, useEditor } from '../../store/editor';
import { useMapStore } from '../../store/map-store';
import { useGraph } from '../../store/selectors';
import { downloadChartPng, downloadChartSvg } from './chart-export';
import { timelineGeometry } from './timeline-geometry';
import { useThreadMeasures } from './use-thread-measures';

/** A replay of the whole thread takes this long, whatever its span: paced by comments, not by clock. */
const PLAY_MS = 15_000;
/** The chart's height; in a window under 760 px high, less, so the strip leaves most of the map in view. */
const HEIGHT = 96;
const SHORT_HEIGHT = 72;
const SHORT_WINDOW = '(max-height: 760px)';
const HOUR = 3_600_000;

/** The last moment of the first hour, which holds what was written before the hour is full (as the measures count it). */
const firstHourEnd = (from: string) => Date.parse(from) + HOUR - 1;

/** How many of the (sorted) times are at or before `until`. */
function countUpTo(times: Float64Array, until: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (times[mid]! <= until) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The time that shows the first `written` comments: just before the first one for none. */
const timeShowing = (times: Float64Array, written: number) => (written <= 0 ? times[0]! - 1 : times[Math.min(written, times.length) - 1]!);

function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

function useChartHeight(): number {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(SHORT_WINDOW) : null;
  const [short, setShort] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const change = () => setShort(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, [query]);
  return short ? SHORT_HEIGHT : HEIGHT;
}

/** Replays the thread while `playing`: a few comments a frame, so all of it takes PLAY_MS. */
function usePlay(playing: boolean, times: Float64Array, onEnd: () => void) {
  const editor = useEditor();
  const { setUntil } = editor.actions;
  useEffect(() => {
    if (!playing || times.length === 0) return;
    const until = editor.store.getState().insight.until;
    const from = until === null ? 0 : countUpTo(times, until);
    let frame = 0;
    let started: number | null = null;
    const step = (now: number) => {
      started ??= now;
      const written = Math.floor(from + ((now - started) / PLAY_MS) * times.length);
      if (written >= times.length) {
        setUntil(null);
        onEnd();
        return;
      }
      setUntil(timeShowing(times, written));
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, times, onEnd, editor.store, setUntil]);
}

/**
 * Comments over time, stacked by the biggest sub-debates, with a slider and Play that show the
 * map as it was at any moment. Loaded only when opened (it brings d3 with it).
 */
export default function Timeline() {
  const { setUntil, showNotice } = useActions();
  const title = useMapStore((state) => state.source?.title ?? null);
  const measures = useThreadMeasures();
  const graph = useGraph();
  const times = useMemo(() => commentTimes(graph), [graph]);
  const until = useMapStore((state) => state.insight.until);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(box);
  const height = useChartHeight();
  const [playing, setPlaying] = useState(false);
  const stopPlaying = useMemo(() => () => setPlaying(false), []);
  usePlay(playing, times, stopPlaying);
  // Closing the timeline shows the whole map again.
  useEffect(() => () => setUntil(null), [setUntil]);

  const stackIds = useMemo(() => measures.timeSeries?.stacks.map((entry) => entry.id) ?? [], [measures.timeSeries]);
  const series = useMemo(() => windowedTimeSeries(graph, stackIds), [graph, stackIds]);
  const geometry = useMemo(() => (series && width > 0 ? timelineGeometry(series, width, height) : null), [series, width, height]);
  if (!series || times.length === 0) {
    return <p className="timeline-none" role="note">This thread carries no times{measures.timed ? ' on its comments' : ''} (pasted text has none), so there is no timeline to show.</p>;
  }
  const written = until === null ? times.length : countUpTo(times, until);
  const shownTime = until === null ? times[times.length - 1]! : Math.max(until, times[0]!);
  const label = (id: string) => {
    const node = graph.nodes[graph.index.get(id) ?? -1];
    return node ? nameAndWords(node, (words) => excerpt(words, 28)) : id;
  };
  const seriesNames = [...series.stacks.map((entry) => label(entry.id)), 'other sub-debates'];
  // The legend names who opened each sub-debate (its words are in the tooltip): five names fit
  // on a line or two where "name: words" took a line each and pushed the controls off the strip.
  const shortName = (id: string) => {
    const node = graph.nodes[graph.index.get(id) ?? -1];
    return node ? authorName(node) || label(id) : id;
  };
  const legendNames = [...series.stacks.map((entry) => shortName(entry.id)), 'other sub-debates'];
  const firstHour = measures.firstHour;
  const valueText = `${written.toLocaleString('en')} of ${times.length.toLocaleString('en')} comments, written by ${formatDateTime(new Date(shownTime).toISOString())}`;
  const exportChart = (kind: 'svg' | 'png') => {
    if (!svgRef.current) return;
    if (kind === 'svg') downloadChartSvg(svgRef.current, title, 'timeline');
    else void downloadChartPng(svgRef.current, title, 'timeline').catch((error: unknown) => showNotice(`The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`));
  };
  return (
    <div className="timeline">
      <div className="timeline-chart" ref={setBox}>
        {geometry ? (
          <svg ref={svgRef} className="timeline-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Comments per ${series.bucketLabel}, stacked by the ${series.stacks.length} biggest sub-debates and the others`}>
            {geometry.yTicks.map((tick) => (
              <g key={tick.label}>
                <line x1={geometry.plot.left} x2={geometry.plot.right} y1={tick.y} y2={tick.y} stroke="currentColor" strokeOpacity={0.15} />
                <text x={geometry.plot.left - 4} y={tick.y} dy="0.32em" textAnchor="end" fill="currentColor" fontSize={12}>{tick.label}</text>
              </g>
            ))}
            {geometry.bars.map((bar) => (
              <rect key={`${bar.series}-${bar.bucket}`} className={`series-${bar.series === series.stacks.length ? 'other' : bar.series}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
                <title>{`${seriesNames[bar.series]}: ${bar.count} in this ${series.bucketLabel}`}</title>
              </rect>
            ))}
            {geometry.xTicks.map((tick) => (
              <text key={tick.x} x={tick.x} y={height - 4} textAnchor="middle" fill="currentColor" fontSize={12}>{tick.label}</text>
            ))}
            {until !== null ? (
              <line className="timeline-cursor" x1={Math.min(geometry.plot.right, geometry.xOf(shownTime))} x2={Math.min(geometry.plot.right, geometry.xOf(shownTime))} y1={geometry.plot.top} y2={geometry.plot.bottom} />
            ) : null}
          </svg>
        ) : null}
      </div>
      <ul className="timeline-legend" aria-label="Sub-debates in the chart">
        {seriesNames.map((name, k) => (
          <li key={k} title={name}><span className={`swatch series-${k === series.stacks.length ? 'other' : k}`} aria-hidden="true" /><span className="timeline-legend-name">{legendNames[k]}</span></li>
        ))}
      </ul>
      <div className="timeline-controls">
        <button type="button" className="button" aria-pressed={playing} onClick={() => setPlaying((now) => !now)}>{playing ? 'Pause' : 'Play'}</button>
        {firstHour ? (
          <button type="button" className="button" onClick={() => { setPlaying(false); setUntil(firstHourEnd(firstHour.from)); }}>First hour</button>
        ) : null}
        <button type="button" className="button" disabled={until === null} onClick={() => { setPlaying(false); setUntil(null); }}>Whole thread</button>
        <Slider.Root
          className="timeline-slider"
          min={0}
          max={times.length}
          step={1}
          value={[written]}
          onValueChange={([value]) => {
            setPlaying(false);
            setUntil(value === undefined || value >= times.length ? null : timeShowing(times, value));
          }}
        >
          <Slider.Track className="timeline-track"><Slider.Range className="timeline-range" /></Slider.Track>
          <Slider.Thumb className="timeline-thumb" aria-label="Comments written by" aria-valuetext={valueText} />
        </Slider.Root>
        <button type="button" className="button" onClick={() => exportChart('svg')}>SVG</button>
        <button type="button" className="button" onClick={() => exportChart('png')}>PNG</button>
      </div>
      {/* The controls on one line, what they show under them: a line less in a narrow strip. */}
      <div className="timeline-foot">
        <output className="timeline-status" aria-live="off">{valueText}.</output>
        {firstHour && until === firstHourEnd(firstHour.from) ? (
          <p className="timeline-note">
            In the first hour: {firstHour.comments.toLocaleString('en')} comments ({Math.round(firstHour.share * 100)} % of all) by {firstHour.participants.toLocaleString('en')} people; {firstHour.subDebatesStarted} sub-debates started{firstHour.busiest ? `, the busiest grew by ${firstHour.busiest.comments}` : ''}.
          </p>
        ) : (
          <p className="timeline-note">
            Comments per {series.bucketLabel}{series.later > 0 ? `; ${series.later.toLocaleString('en')} later ones (over the thread’s ${describeDuration(Date.parse(measures.end!) - Date.parse(measures.start!))}) left out of the chart` : ''}. Cards written after the chosen moment are hidden.
          </p>
        )}
      </div>
    </div>
  );
}
