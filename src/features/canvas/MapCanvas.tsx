import { useEditor, useMapStore } from '../../store/editor';
import { useAutosave } from '../../store/autosave';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow, useStore, useStoreApi, type Viewport } from '@xyflow/react';
import { windowAspect } from '../../core/layout';
import type { Layout } from '../../core/layout/types';
import type { MapGraph } from '../../core/map/graph';
import type { MapState } from '../../store/map-store';
import { CanvasContext } from './canvas-context';
import { FlowView } from './FlowView';
import { Minimap } from './Minimap';
import { OverviewLayer } from './OverviewLayer';
import { RegionLabels } from './RegionLabels';
import { RegionsContext } from './regions-context';
import { findSubDebates } from '../../core/layout/regions';
import { ViewControls } from './ViewControls';
import { COMPACT_ZOOM, lodForZoom } from './lod';
import { useMapLayout } from './use-map-layout';
import { initialViewport, type CardsIn, type Rect } from './viewport';
import { coveredBoxes } from './covered';
import { useMapViewHandle } from './use-map-view-handle';
import { useStableView } from './use-stable-view';
import { useWheelZoom } from './use-wheel-zoom';
import { useFocusZoom } from './use-focus-zoom';
import { LayoutSwitcher } from './LayoutSwitcher';
import { useBenchSwitch, useBenchViewport } from './bench-switch';
import { OpeningContext } from './opening-context';
import { OpenedRegionOutline } from './OpenedRegionOutline';
import { PointedRegionProvider } from './pointed-region-context';
import { WholeMapButton } from './WholeMapButton';

function usePaneSize(target: HTMLElement | null) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [target]);
  return size;
}

/**
 * Where the user left this map, when it was saved with a view; else a first view made for it,
 * or, for a map opened at one comment (a comment's URL) that would show it too small to read,
 * that comment at full size.
 */
function firstViewport({ view, selectedId }: Pick<MapState, 'view' | 'selectedId'>, graph: MapGraph, layout: Layout, width: number, height: number, covered: readonly Rect[] | undefined, cardsIn: CardsIn): Viewport {
  const saved = view.viewport;
  if (saved && Number.isFinite(saved.zoom) && saved.zoom > 0) return saved;
  const root = graph.roots[0] ?? 0;
  const viewport = initialViewport(layout, root, width, height, covered, cardsIn);
  const chosen = selectedId === null ? undefined : graph.index.get(selectedId);
  if (chosen === undefined || chosen === root || viewport.zoom >= COMPACT_ZOOM || Number.isNaN(layout.x[chosen]!)) return viewport;
  const zoom = 1;
  return { zoom, x: width / 2 - (layout.x[chosen]! + layout.width[chosen]! / 2) * zoom, y: height / 2 - (layout.y[chosen]! + layout.height[chosen]! / 2) * zoom };
}

interface MapLayersProps {
  aspect: number;
  width: number;
  height: number;
  theme: string;
  pane: HTMLElement | null;
}

function MapLayers({ aspect, width, height, theme, pane }: MapLayersProps) {
  const model = useMapLayout(aspect);
  useMapViewHandle(model);
  const flow = useReactFlow();
  const editor = useEditor();
  const documentKey = useMapStore((state) => state.documentKey);
  const zoom = useStore((state) => state.transform[2]);
  // Whether any card is mounted, not how many: a count would re-render every layer at each slice.
  const noCards = useStore((state) => state.nodeLookup.size === 0);
  const structureGuessed = useMapStore((state) => state.source?.structureGuessed ?? false);
  // The layout mode whose view is set; while a switch glides to its view, no cards are mounted.
  const [viewedMode, setViewedMode] = useState(model.layout.mode);
  useStableView(model.graph, model.layout, model.index.query, documentKey, width, height, pane, setViewedMode);
  useWheelZoom(pane);
  useFocusZoom(model.graph, model.layout, width, height);
  const regions = useMemo(() => findSubDebates(model.graph, model.layout), [model.graph, model.layout]);
  const bench = useBenchSwitch();
  useBenchViewport(bench.enabled);

  // A newly opened map gets its first view once; later re-layouts keep the user's view.
  const viewedKey = useRef(-1);
  // Until a new map's first view is set, no cards are mounted: the old view over the new layout
  // could cover hundreds of cards for one useless frame.
  const [shownKey, setShownKey] = useState(-1);
  useEffect(() => {
    if (viewedKey.current === documentKey || width === 0) return;
    viewedKey.current = documentKey;
    // Next frame: React Flow (re)creates its zoom handler in an effect of its own, which under
    // React's development double-mount resets the view after this effect has run.
    let applied = false;
    const frame = requestAnimationFrame(() => {
      applied = true;
      void flow.setViewport(firstViewport(editor.store.getState(), model.graph, model.layout, width, height, coveredBoxes(pane), model.index.query));
      setShownKey(documentKey);
      setViewedMode(model.layout.mode);
    });
    return () => {
      if (applied) return;
      // Not shown yet (a re-run came first): the next run shows it, with the newest sizes.
      cancelAnimationFrame(frame);
      viewedKey.current = -1;
    };
  }, [documentKey, model, flow, width, height, editor, pane]);

  // The laid-out map goes into the editor, so image export draws exactly what is on screen.
  const flowStore = useStoreApi();
  useEffect(() => {
    const frame = () => {
      const { transform, width: paneWidth, height: paneHeight } = flowStore.getState();
      return { x: transform[0], y: transform[1], zoom: transform[2], width: paneWidth, height: paneHeight };
    };
    editor.store.setState({ canvas: { model, frame } });
    return () => {
      if (editor.store.getState().canvas.model === model) editor.store.setState({ canvas: { model: null, frame: null } });
    };
  }, [editor, model, flowStore]);

  // While the cards of a jump mount a slice per frame, the canvas layer draws the cards in view
  // under them, so none is missing meanwhile.
  const [slicing, setSlicing] = useState(false);
  const [opened, setOpened] = useState<{ at: number | null; from?: string | null }>({ at: null });
  const opening = useMemo(
    () => ({
      ...opened,
      setAt: (at: number | null) => setOpened(at === null ? { at } : { at, from: editor.store.getState().selectedId }),
      arrived: () => setOpened((before) => (before.from === undefined ? before : { at: before.at })),
    }),
    [opened, editor],
  );
  const overview = !bench.cardsOnly && (lodForZoom(zoom) === 'overview' || noCards || slicing);
  return (
    <CanvasContext.Provider value={model}>
      <RegionsContext.Provider value={regions}>
        <OpeningContext.Provider value={opening}>
          <PointedRegionProvider>
            <OverviewLayer active={overview} theme={theme} />
            <OpenedRegionOutline />
            <FlowView hold={shownKey !== documentKey || viewedMode !== model.layout.mode} cardsOnly={bench.cardsOnly} wholeJumps={bench.wholeJumps} onSlicing={setSlicing} />
            {shownKey === documentKey && !bench.cardsOnly ? <RegionLabels /> : null}
            <LayoutSwitcher />
            <ViewControls />
            {opened.at !== null ? <WholeMapButton /> : null}
            <Minimap theme={theme} />
            {structureGuessed ? (
              <div className="guessed-hint" role="note">Reply structure guessed from plain text: re-parent cards to fix it</div>
            ) : null}
          </PointedRegionProvider>
        </OpeningContext.Provider>
      </RegionsContext.Provider>
    </CanvasContext.Provider>
  );
}

/** The map area: cards and reply edges, a canvas layer when far out, controls and minimap. */
export function MapCanvas({ theme }: { theme: string }) {
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const { width, height } = usePaneSize(pane);
  const hasMap = useMapStore((state) => state.nodes.length > 0);
  // While the autosave restores the map open last (or reads the sample), the page says so rather
  // than that no thread is open, which would invite opening the file again.
  const starting = useMapStore((state) => state.save.status === 'starting');
  const autosave = useAutosave();
  const restoring = starting && autosave !== null;
  const busy = useMapStore((state) => state.busy) ?? (restoring ? 'Opening the map…' : null);
  return (
    <main className="canvas" ref={setPane} aria-busy={busy !== null}>
      {hasMap ? (
        <MapLayers aspect={windowAspect(width, height)} width={width} height={height} theme={theme} pane={pane} />
      ) : (
        <div className="empty-state">
          <div>
            <p><strong>{busy ?? 'No thread is open.'}</strong></p>
            {busy ? null : <p>Open a thread file, paste a thread, or open one by URL.</p>}
          </div>
        </div>
      )}
    </main>
  );
}
