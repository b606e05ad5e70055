import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { useMapStore } from '../../store/map-store';
import { visibleAnnotationsOf } from '../../store/own-annotation';
import { useMapMasks, useMeasureColoring } from '../../store/insight-view';
import { useCanvasModel } from './canvas-context';
import { drawMap, prepareCanvas, readMapColors, rectOfTransform, type MapColorsRead } from './draw-map';
import { drawPointedRegion, drawRegions } from './draw-regions';
import { usePointedRegion } from './pointed-region-context';
import { useSubDebates } from './regions-context';
import { useOpenRegion } from './use-open-region';
import type { SubDebate } from '../../core/layout/regions';

const WIDTH = 200;
const HEIGHT = 140;
const PAD = 6;

/**
 * The minimap's size for a map pane: full size in a roomy pane, at most a sixth of the pane's
 * area below that, and none in a pane too small to spare the room (0 × 0).
 */
export function minimapSize(paneWidth: number, paneHeight: number): { width: number; height: number } {
  if (paneWidth < 420 || paneHeight < 320) return { width: 0, height: 0 };
  const scale = Math.min(1, Math.sqrt((paneWidth * paneHeight) / 6 / (WIDTH * HEIGHT)), (paneWidth * 0.24) / WIDTH);
  return { width: Math.round(WIDTH * scale), height: Math.round(HEIGHT * scale) };
}
const MINIMAP_DELAY_MS = 120;
/** A press that moves less than this (px) is a click. */
const DRAG_PX = 3;

/** The reply to the post whose area holds a point of the map, if any. */
function regionAt(regions: readonly SubDebate[], point: { x: number; y: number }): SubDebate | undefined {
  return regions.find((region) => region.level === 1 && region.pieces.some((piece) => point.x >= piece.x && point.x <= piece.x + piece.width && point.y >= piece.y && point.y <= piece.y + piece.height));
}

/**
 * The whole map in miniature: the sub-debates shaded by size under the cards' tags, and the
 * current view. A click on a sub-debate zooms to it (elsewhere it centres the view); a drag moves
 * the view.
 */
export function Minimap({ theme }: { theme: string }) {
  const baseRef = useRef<HTMLCanvasElement>(null);
  const viewRef = useRef<HTMLCanvasElement>(null);
  const colorsRead: MapColorsRead = useRef(null);
  const { graph, layout } = useCanvasModel();
  const regions = useSubDebates();
  const pointed = regions[usePointedRegion().region ?? -1];
  const annotations = useMapStore(visibleAnnotationsOf);
  const { shown } = useMapMasks(graph);
  const steps = useMeasureColoring(graph)?.step ?? null;
  const transform = useStore((state) => state.transform);
  const paneWidth = useStore((state) => state.width);
  const paneHeight = useStore((state) => state.height);
  const flow = useReactFlow();
  const openRegion = useOpenRegion();
  const pressed = useRef<{ x: number; y: number; dragged: boolean } | null>(null);
  const { width: w, height: h } = minimapSize(paneWidth, paneHeight);

  const scale = useMemo(() => {
    const { bounds } = layout;
    const zoom = Math.min((w - 2 * PAD) / Math.max(1, bounds.width), (h - 2 * PAD) / Math.max(1, bounds.height));
    const x = PAD - bounds.x * zoom + (w - 2 * PAD - bounds.width * zoom) / 2;
    const y = PAD - bounds.y * zoom + (h - 2 * PAD - bounds.height * zoom) / 2;
    return { x, y, zoom };
  }, [layout, w, h]);

  // The cards are redrawn only when the map or its tags change, not on every pan frame, and a
  // moment later: drawing every card of a big map must not delay the tag showing on its card.
  const drawnShown = useRef(shown);
  useEffect(() => {
    // A replay redraws at once, frame by frame (a few milliseconds for thousands of cards).
    const delay = drawnShown.current !== shown ? 0 : MINIMAP_DELAY_MS;
    drawnShown.current = shown;
    const timer = setTimeout(() => {
      const canvas = baseRef.current;
      const context = canvas && prepareCanvas(canvas, w, h);
      if (!canvas || !context) return;
      const colors = readMapColors(canvas, colorsRead);
      // The sub-debates as tinted areas, darker the bigger, under the cards: the shape at a glance.
      // Coloured by a measure, the regions carry its colours; at a chosen time only what was written by then.
      drawRegions(context, regions, scale, colors, 0, false, steps);
      const positions = Array.from(layout.visible).filter((at) => !shown || shown[at]);
      drawMap(context, { graph, layout, positions, annotations, colors, transform: scale, edges: false, untaggedAlpha: 0.45, steps });
    }, delay);
    return () => clearTimeout(timer);
  }, [graph, layout, regions, annotations, scale, theme, w, h, shown, steps]);

  useLayoutEffect(() => {
    const canvas = viewRef.current;
    const context = canvas && prepareCanvas(canvas, w, h);
    if (!canvas || !context || paneWidth === 0) return;
    const [x, y, zoom] = transform;
    const view = rectOfTransform({ x, y, zoom }, paneWidth, paneHeight);
    const colors = readMapColors(canvas, colorsRead);
    // The sub-debate whose label is pointed at, so the minimap shows where it lies in the whole map too.
    if (pointed) drawPointedRegion(context, pointed, scale, colors, 1);
    context.strokeStyle = colors.selected;
    context.lineWidth = 1.5;
    context.strokeRect(view.x * scale.zoom + scale.x, view.y * scale.zoom + scale.y, Math.max(3, view.width * scale.zoom), Math.max(3, view.height * scale.zoom));
  }, [transform, paneWidth, paneHeight, scale, theme, w, h, pointed]);

  const pointAt = (event: React.PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: (event.clientX - box.left - scale.x) / scale.zoom, y: (event.clientY - box.top - scale.y) / scale.zoom };
  };
  const moveTo = (event: React.PointerEvent<HTMLDivElement>) => {
    const { x, y } = pointAt(event);
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };
  // A click opens the sub-debate under it, as its label on the map does; a drag moves the view.
  const onClick = (event: React.PointerEvent<HTMLDivElement>) => {
    const region = regionAt(regions, pointAt(event));
    if (!region || !openRegion(region)) moveTo(event);
  };

  if (w === 0) return null;
  return (
    <div
      className="minimap"
      style={{ width: w, height: h }}
      role="img"
      aria-label="Minimap of the whole thread: sub-debates shaded by size, cards coloured by tag; click a sub-debate to zoom to it"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        pressed.current = { x: event.clientX, y: event.clientY, dragged: false };
      }}
      onPointerMove={(event) => {
        const start = pressed.current;
        if (event.buttons !== 1 || !start) return;
        start.dragged ||= Math.hypot(event.clientX - start.x, event.clientY - start.y) > DRAG_PX;
        if (start.dragged) moveTo(event);
      }}
      onPointerUp={(event) => {
        if (pressed.current && !pressed.current.dragged) onClick(event);
        pressed.current = null;
      }}
    >
      <canvas ref={baseRef} style={{ position: 'absolute', width: w, height: h }} />
      <canvas ref={viewRef} style={{ position: 'absolute', width: w, height: h }} />
    </div>
  );
}
