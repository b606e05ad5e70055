import { useLayoutEffect, useMemo, useRef } from 'react';
import { useStore } from '@xyflow/react';
import { ancestorsOf } from '../../core/map/graph';
import type { Layout } from '../../core/layout/types';
import { useMapStore } from '../../store/map-store';
import { useSelectedId } from '../../store/selectors';
import { useCanvasModel } from './canvas-context';
import { drawMap, prepareCanvas, readMapColors, rectOfTransform } from './draw-map';
import { drawCardText, drawRegions } from './draw-regions';
import { COMPACT_ZOOM } from './lod';
import { useSubDebates } from './regions-context';

const STILL: [number, number, number] = [0, 0, 1];

/** Card height on screen (px) under which far-out cards are left to their regions. */
const SUMMARY_BELOW_PX = 4;

/** The height of a middle card of the layout: the modes use one or two card sizes. */
function medianCardHeight(layout: Layout): number {
  const at = layout.visible[Math.floor(layout.visible.length / 2)];
  return at === undefined ? 0 : layout.height[at]!;
}

/**
 * The canvas layer: far out, the sub-debates as tinted regions with every card in view drawn as
 * a block coloured by tag; nearer, when more cards are in view than the DOM can mount, the cards
 * with their text.
 */
export function OverviewLayer({ active, theme }: { active: boolean; theme: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { graph, layout, index } = useCanvasModel();
  const regions = useSubDebates();
  // Inactive, the layer is blank and need not follow a pan: each frame of a pan would re-render it.
  const transform = useStore((state) => (active ? state.transform : STILL));
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const annotations = useMapStore((state) => state.annotations);
  const selectedId = useSelectedId();
  const found = useMapStore(({ find: state }) => state.result);
  const hide = useMapStore(({ find: state }) => state.mode === 'hide');
  const selected = selectedId === null ? undefined : graph.index.get(selectedId);
  const chain = useMemo(() => new Set(selected === undefined ? [] : ancestorsOf(graph, selected)), [graph, selected]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const context = prepareCanvas(canvas, width, height);
    // How many cards carry text drawn here (at 12 px), for the benchmark's count of readable cards.
    canvas.dataset.textCards = '0';
    if (!context || !active) return;
    const [x, y, zoom] = transform;
    const view = rectOfTransform({ x, y, zoom }, width, height);
    const positions = index.query(view.x, view.y, view.width, view.height);
    const colors = readMapColors(canvas);
    const far = zoom < COMPACT_ZOOM;
    const filter = found && found.graph === graph ? { mask: found.mask, hide } : undefined;
    // Cards under a few pixels tall are summarised by their regions, not drawn as grey noise:
    // only tagged and selected ones stay, as marks of colour.
    const alone = far && !filter && regions.length > 0 && medianCardHeight(layout) * zoom < SUMMARY_BELOW_PX;
    if (far) drawRegions(context, regions, { x, y, zoom }, colors, 2, alone);
    drawMap(context, {
      graph,
      layout,
      positions: alone ? positions.filter((at) => at === selected || annotations[graph.nodes[at]!.id]?.tag) : positions,
      annotations,
      colors,
      transform: { x, y, zoom },
      selected,
      chain,
      edges: !alone,
      filter,
      untaggedAlpha: far ? 0.6 : 1,
    });
    if (!far) canvas.dataset.textCards = String(drawCardText(context, graph, layout, positions, annotations, { x, y, zoom }, colors));
  }, [active, theme, transform, width, height, graph, layout, index, regions, annotations, selected, chain, found, hide]);

  return <canvas ref={canvasRef} className="overview-layer" aria-hidden="true" style={{ width, height }} />;
}
