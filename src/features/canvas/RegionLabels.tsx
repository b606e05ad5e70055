import { useEffect, useMemo, useState, type WheelEvent as ReactWheelEvent } from 'react';
import { useOnViewportChange, useReactFlow, useStore } from '@xyflow/react';
import { pinRegionLabels, placeRegionLabels, REGION_LABEL, type PlacedLabel } from '../../core/layout/region-labels';
import { tallyRegionTags, type Box, type SubDebate, type TagTally } from '../../core/layout/regions';
import { useMapStore } from '../../store/map-store';
import { peopleTakingPart } from '../../core/insight/people-taking-part';
import { visibleAnnotationsOf } from '../../store/own-annotation';
import { useCanvasModel } from './canvas-context';
import { COMPACT_ZOOM } from './lod';
import { controlsAndNoticeOver, PAGE_OVERLAY_HOLDER } from './covered';
import { useSubDebates } from './regions-context';
import { useOpenRegion } from './use-open-region';
import { usePointedRegion } from './pointed-region-context';
import './regions.css';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;


/**
 * Where the controls over the map pane are, and the notice while it shows, measured again
 * whenever the pane or one of them resizes (a notice coming or going resizes it and its holder).
 */
function useControlBoxes(active: boolean): Box[] {
  const pane = useStore((state) => state.domNode);
  const [boxes, setBoxes] = useState<Box[]>([]);
  useEffect(() => {
    const canvas = pane?.parentElement;
    if (!active || !canvas) return;
    const measure = () => {
      const origin = canvas.getBoundingClientRect();
      const found = controlsAndNoticeOver(canvas)
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.left < origin.right && rect.right > origin.left && rect.top < origin.bottom && rect.bottom > origin.top);
      const next = found.map((rect) => ({ x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height }));
      setBoxes((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next));
    };
    // Called once on observing, then on every change of size.
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    for (const control of controlsAndNoticeOver(canvas)) observer.observe(control);
    const holder = canvas.ownerDocument.querySelector(PAGE_OVERLAY_HOLDER);
    if (holder) observer.observe(holder);
    return () => observer.disconnect();
  }, [active, pane]);
  return boxes;
}

/** The tags in a sub-debate, in words, for those who cannot see the bar. */
function tagWords(tally: TagTally | undefined): string {
  if (!tally || tally.pro + tally.con + tally.question + tally.other === 0) return '';
  return `; tagged ${tally.pro} pro, ${tally.con} con, ${tally.question} question${tally.other ? `, ${tally.other} coded otherwise` : ''}`;
}

function TagBar({ tally }: { tally: TagTally | undefined }) {
  const total = tally ? tally.pro + tally.con + tally.question + tally.other : 0;
  if (!tally || total === 0) return <span className="region-bar empty" />;
  return (
    <span className="region-bar">
      {(['pro', 'con', 'question', 'other'] as const).map((tag) =>
        tally[tag] > 0 ? <span key={tag} className={tag} style={{ flexGrow: tally[tag] }} /> : null,
      )}
    </span>
  );
}

interface RegionLabelProps {
  label: PlacedLabel;
  region: SubDebate;
  rootId: string;
  tally: TagTally | undefined;
  onOpen: (region: SubDebate) => void;
  /** Pointing at the label or focusing it outlines its region (null: it is left). */
  onPoint: (region: number | null) => void;
}

function RegionLabel({ label, region, rootId, tally, onOpen, onPoint }: RegionLabelProps) {
  const author = region.name;
  const point = () => onPoint(label.region);
  const leave = () => onPoint(null);
  return (
    <button
      type="button"
      className={`region-label ${label.size}${region.level > 1 ? ' nested' : ''}${label.width < REGION_LABEL.shortWidth ? ' narrow' : ''}`}
      style={{ left: label.x, top: label.y, width: label.width, height: label.height }}
      // The visible text is the name (as speech input users say it); the tooltip has it whole.
      title={`${author}: “${region.opening}”`}
      data-count={region.count}
      data-root={rootId}
      onClick={() => onOpen(region)}
      onPointerEnter={point}
      onPointerLeave={leave}
      onFocus={point}
      onBlur={leave}
    >
      {label.size === 'full' ? (
        <>
          <span className="region-title"><strong>{author}</strong><span className="region-count"> · {label.width < REGION_LABEL.fullWidth ? <>{region.comments.toLocaleString('en')}<span className="visually-hidden"> {region.comments === 1 ? 'comment' : 'comments'}</span></> : plural(region.comments, 'comment', 'comments')}</span></span>
          <span className="region-opening"><span className="visually-hidden">Sub-debate starting: </span>{region.opening}</span>
          <span className="region-detail">
            {peopleTakingPart(region.participants)} · {region.deepest === 1 ? 'no replies' : `${plural(region.deepest - 1, 'level', 'levels')} deep`}
            <span className="visually-hidden">{tagWords(tally)}. Zoom to it.</span>
          </span>
          <TagBar tally={tally} />
        </>
      ) : (
        <span className="region-title">
          <strong>{author}</strong><span className="region-count"> · {region.comments.toLocaleString('en')}</span>
          <span className="visually-hidden"> {region.comments === 1 ? 'comment' : 'comments'}{tagWords(tally)}. Zoom to it.</span>
        </span>
      )}
    </button>
  );
}

/**
 * Far out, the label of each sub-debate over its region: buttons (so they are read out and
 * reached by keyboard) placed by the core so that none overlaps another. Placement changes with
 * the zoom only; panning moves the whole layer.
 */
export function RegionLabels() {
  const { graph } = useCanvasModel();
  const regions = useSubDebates();
  const flow = useReactFlow();
  const openRegion = useOpenRegion();
  const { point } = usePointedRegion();
  // Nearer than the regions' zooms there are no labels to move: a pan there re-renders nothing.
  const zoom = useStore((state) => state.transform[2]);
  const tx = useStore((state) => (state.transform[2] < COMPACT_ZOOM ? state.transform[0] : 0));
  const ty = useStore((state) => (state.transform[2] < COMPACT_ZOOM ? state.transform[1] : 0));
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const annotations = useMapStore(visibleAnnotationsOf);
  const far = zoom < COMPACT_ZOOM;
  // Labels are placed off the controls for the view at rest; while the view moves they move with
  // the map, and are placed again where it stops.
  const controls = useControlBoxes(far);
  const [rest, setRest] = useState(() => flow.getViewport());
  useOnViewportChange({ onEnd: setRest });
  const avoid = useMemo(() => controls.map((box) => ({ ...box, x: box.x - rest.x, y: box.y - rest.y })), [controls, rest.x, rest.y]);
  const tallies = useMemo(() => (far ? tallyRegionTags(graph, regions, annotations) : []), [far, graph, regions, annotations]);
  // Labels that go with the zoom take no pointer-leave with them: nothing stays outlined.
  useEffect(() => {
    if (!far) point(null);
  }, [far, point]);
  // At rest, placed in the window as it is; while a zoom moves, as if it were centred on the map
  // (the rest's window is not where this zoom shows the map).
  const atRest = rest.zoom === zoom;
  const labels = useMemo(
    () => (far && width > 0 ? placeRegionLabels(regions, zoom, atRest ? { x: -rest.x, y: -rest.y, width, height } : { width, height }, avoid) : []),
    [far, regions, zoom, width, height, avoid, atRest, rest.x, rest.y],
  );
  // Where the view rests, the regions in it whose labels lie off screen are named inside it too.
  const pins = useMemo(
    () => (far && labels.length > 0 && rest.zoom === zoom ? pinRegionLabels(regions, labels, zoom, { x: -rest.x, y: -rest.y, width, height }, avoid) : []),
    [far, labels, regions, zoom, rest, width, height, avoid],
  );
  if (!far || labels.length === 0) return null;

  const open = (region: SubDebate) => {
    point(null);
    void openRegion(region);
  };
  // Wheel over a label zooms the map as it would anywhere else.
  const forwardWheel = (event: ReactWheelEvent) => {
    const pane = event.currentTarget.parentElement?.querySelector('.react-flow__renderer');
    const native = event.nativeEvent;
    pane?.dispatchEvent(new WheelEvent('wheel', { deltaX: native.deltaX, deltaY: native.deltaY, deltaMode: native.deltaMode, clientX: native.clientX, clientY: native.clientY, ctrlKey: native.ctrlKey, bubbles: true, cancelable: true }));
  };
  // Only labels at least partly in the window are in the page: no focus lands off screen.
  // A pinned region's own label stays out even when a pan brings it back, until the view rests again.
  const pinned = new Set(pins.map((pin) => pin.region));
  const inWindow = (label: PlacedLabel) => label.x + tx < width && label.x + label.width + tx > 0 && label.y + ty < height && label.y + label.height + ty > 0;
  const shown = [...labels.filter((label) => !pinned.has(label.region) && inWindow(label)), ...pins];
  return (
    <nav className="region-labels" aria-label="Sub-debates, largest first" onWheel={forwardWheel}>
      <div className="region-labels-plane" style={{ transform: `translate(${tx}px, ${ty}px)` }}>
        <svg className="region-leaders" aria-hidden="true">
          {shown.filter((label) => label.outside).map((label) => {
            const piece = regions[label.region]!.pieces[label.piece]!;
            const px = Math.min(Math.max(label.x + label.width / 2, piece.x * zoom), (piece.x + piece.width) * zoom);
            const py = Math.min(Math.max(label.y + label.height / 2, piece.y * zoom), (piece.y + piece.height) * zoom);
            const lx = Math.min(Math.max(px, label.x), label.x + label.width);
            const ly = Math.min(Math.max(py, label.y), label.y + label.height);
            // The line ends in a dot on the region, so a label set beside it is read as its name, not its neighbour's.
            return (
              <g key={label.region}>
                <line x1={lx} y1={ly} x2={px} y2={py} />
                <circle cx={px} cy={py} r={3} />
              </g>
            );
          })}
        </svg>
        {shown.map((label) => (
          <RegionLabel key={label.region} label={label} region={regions[label.region]!} rootId={graph.nodes[regions[label.region]!.root]!.id} tally={tallies[label.region]} onOpen={open} onPoint={point} />
        ))}
      </div>
    </nav>
  );
}
