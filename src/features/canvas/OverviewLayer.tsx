import { useLayoutEffect, useMemo, useRef } from 'react';
import { useStore } from '@xyflow/react';
import { ancestorsOf } from '../../core/map/graph';
import type { Layout } from '../../core/layout/types';
import { useMapStore } from '../../store/map-store';
import { visibleAnnotationsOf } from '../../store/own-annotation';
import { shownFind, useSelectedId } from '../../store/selectors';
import { useMapMasks, useMeasureColoring } from '../../store/insight-view';
import { useCanvasModel } from './canvas-context';
import { drawMap, prepareCanvas, readMapColors, rectOfTransform, type MapColorsRead } from './draw-map';
import { drawCardText, drawPointedRegion, drawRegions } from './draw-regions';
import { usePointedRegion } from './pointed-region-context';
import { COMPACT_ZOOM, namesFarOut } from './lod';
import { useSubDebates } from './regions-context';

const STILL: [number, number, number] = [0, 0, 1];
const NO_NODES: readonly { id: string }[] = [];

/** Emphasised cards (a chosen person's, a sub-debate's) are outlined up to this many. */
const OUTLINE_UP_TO = 200;

/** Card height on screen (px) under which far-out cards are left to their regions. */
const SUMMARY_BELOW_PX = 4;

/** The height of a middle card of the layout: the modes use one or two card sizes. */
function medianCardHeight(layout: Layout): number {
  const at = layout.visible[Math.floor(layout.visible.length / 2)];
  return at === undefined ? 0 : layout.height[at]!;
}

/**
 * The find filter and the insight view's emphasis (a chosen sub-debate or person) as one filter:
 * a card stands out when it matches both.
 */
function emphasisFilter(find: { mask: Uint8Array; hide: boolean } | undefined, emphasis: Uint8Array | null, emphasised: number) {
  if (!emphasis) return find;
  // A few cards (one person's) are outlined to be found far out; hundreds (a big sub-debate)
  // outlined would be noise, so they only dim the rest.
  if (!find) return { mask: emphasis, hide: false, outline: emphasised <= OUTLINE_UP_TO };
  return { mask: emphasis.map((bit, at) => bit & find.mask[at]!), hide: find.hide };
}

/**
 * The canvas layer: far out, the sub-debates as tinted regions with every card in view drawn as
 * a block coloured by tag; nearer, when more cards are in view than the DOM can mount, or while
 * the cards of a jump mount a slice per frame, the cards (not mounted) with their text.
 */
export function OverviewLayer({ active, theme }: { active: boolean; theme: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colorsRead: MapColorsRead = useRef(null);
  const { graph, layout, index } = useCanvasModel();
  const regions = useSubDebates();
  // Inactive, the layer is blank and need not follow a pan: each frame of a pan would re-render it.
  const transform = useStore((state) => (active ? state.transform : STILL));
  // Cards mounted while others still wait (see useMountSlices) are left to the DOM: read from the
  // same store update that renders them, so a card is never drawn by both, nor by neither.
  const mountedNodes = useStore((state) => (active ? state.nodes : NO_NODES));
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const annotations = useMapStore(visibleAnnotationsOf);
  const selectedId = useSelectedId();
  const found = useMapStore(shownFind);
  const hide = useMapStore(({ find: state }) => state.mode === 'hide');
  const selected = selectedId === null ? undefined : graph.index.get(selectedId);
  const chain = useMemo(() => new Set(selected === undefined ? [] : ancestorsOf(graph, selected)), [graph, selected]);
  const { shown, emphasis } = useMapMasks(graph);
  const emphasised = useMemo(() => (emphasis ? emphasis.reduce((sum, bit) => sum + bit, 0) : 0), [emphasis]);
  const steps = useMeasureColoring(graph)?.step ?? null;
  const pointed = regions[usePointedRegion().region ?? -1];

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const context = prepareCanvas(canvas, width, height);
    // How many cards carry text drawn here (at 12 px), for the benchmark's count of readable cards.
    canvas.dataset.textCards = '0';
    if (!context || !active) return;
    const [x, y, zoom] = transform;
    const view = rectOfTransform({ x, y, zoom }, width, height);
    const mounted = new Set(mountedNodes.map((node) => node.id));
    const inView = index.query(view.x, view.y, view.width, view.height).filter((at) => !mounted.has(graph.nodes[at]!.id));
    // At a chosen time, cards written later are not drawn; the layout stays as it is.
    const positions = shown ? inView.filter((at) => shown[at]) : inView;
    const colors = readMapColors(canvas, colorsRead);
    const far = zoom < COMPACT_ZOOM;
    const filter = emphasisFilter(found && found.graph === graph ? { mask: found.mask, hide } : undefined, emphasis, emphasised);
    // Cards under a few pixels tall are summarised by their regions, not drawn as grey noise:
    // only tagged, selected and emphasised ones stay, as marks of colour. A replay shows them all:
    // the cards appearing are what it is about.
    const alone = far && !shown && (!filter || emphasis !== null) && regions.length > 0 && medianCardHeight(layout) * zoom < SUMMARY_BELOW_PX;
    if (far) drawRegions(context, regions, { x, y, zoom }, colors, 2, alone, steps);
    // Under the cards, so their tags keep their colours inside it.
    if (far && pointed) drawPointedRegion(context, pointed, { x, y, zoom }, colors);
    drawMap(context, {
      graph,
      layout,
      positions: alone ? positions.filter((at) => at === selected || emphasis?.[at] || annotations[graph.nodes[at]!.id]?.tag || annotations[graph.nodes[at]!.id]?.category !== undefined) : positions,
      annotations,
      colors,
      transform: { x, y, zoom },
      selected,
      chain,
      edges: !alone,
      filter,
      untaggedAlpha: far ? 0.6 : 1,
      shown,
      steps,
    });
    // Far out, cards with room for a line say who wrote them (Tree → at 30 %: boxes of 84×37 px).
    const names = !alone && namesFarOut(medianCardHeight(layout), zoom);
    if (!far || names) canvas.dataset.textCards = String(drawCardText(context, graph, layout, positions, annotations, { x, y, zoom }, colors, far));
  }, [active, theme, transform, mountedNodes, width, height, graph, layout, index, regions, annotations, selected, chain, found, hide, shown, emphasis, emphasised, steps, pointed]);

  return <canvas ref={canvasRef} className="overview-layer" aria-hidden="true" style={{ width, height }} />;
}
