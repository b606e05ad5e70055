import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { useMapStore } from '../../store/map-store';
import { CanvasContext } from './canvas-context';
import { FlowView } from './FlowView';
import { Minimap } from './Minimap';
import { OverviewLayer } from './OverviewLayer';
import { ViewControls } from './ViewControls';
import { lodForZoom } from './lod';
import { useMapLayout } from './use-map-layout';
import { initialViewport } from './viewport';
import { useMapShortcuts } from './use-map-shortcuts';
import { useStableView } from './use-stable-view';
import { LayoutSwitcher } from './LayoutSwitcher';
import { CanvasModelBridge } from '../export/image/CanvasModelBridge';
import { useBenchSwitch, useBenchViewport } from './bench-switch';

/** Window shape rounded to a few steps, so small resizes do not re-pack the map. */
function roundedAspect(width: number, height: number): number {
  if (width === 0 || height === 0) return 1.5;
  return Math.round((width / height) * 4) / 4 || 0.25;
}

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

interface MapLayersProps {
  aspect: number;
  width: number;
  height: number;
  theme: string;
  pane: HTMLElement | null;
}

function MapLayers({ aspect, width, height, theme, pane }: MapLayersProps) {
  const model = useMapLayout(aspect);
  useMapShortcuts(model);
  const flow = useReactFlow();
  const documentKey = useMapStore((state) => state.documentKey);
  const zoom = useStore((state) => state.transform[2]);
  const mounted = useStore((state) => state.nodeLookup.size);
  const structureGuessed = useMapStore((state) => state.source?.structureGuessed ?? false);
  useStableView(model.graph, model.layout, documentKey, width, height, pane);
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
    const root = model.graph.roots[0] ?? 0;
    // Where the user left this map, when it was saved with a view; else a first view made for it.
    const saved = useMapStore.getState().view.viewport;
    const viewport = saved && Number.isFinite(saved.zoom) && saved.zoom > 0 ? saved : initialViewport(model.layout, root, width, height);
    // Next frame: React Flow (re)creates its zoom handler in an effect of its own, which under
    // React's development double-mount resets the view after this effect has run.
    let applied = false;
    const frame = requestAnimationFrame(() => {
      applied = true;
      void flow.setViewport(viewport);
      setShownKey(documentKey);
    });
    return () => {
      if (applied) return;
      // Not shown yet (a re-run came first): the next run shows it, with the newest sizes.
      cancelAnimationFrame(frame);
      viewedKey.current = -1;
    };
  }, [documentKey, model, flow, width, height]);

  const overview = !bench.cardsOnly && (lodForZoom(zoom) === 'overview' || mounted === 0);
  return (
    <CanvasContext.Provider value={model}>
      <OverviewLayer active={overview} theme={theme} />
      <FlowView hold={shownKey !== documentKey} cardsOnly={bench.cardsOnly} />
      <LayoutSwitcher />
      <ViewControls />
      <Minimap theme={theme} />
      <CanvasModelBridge />
      {structureGuessed ? (
        <div className="guessed-hint" role="note">Reply structure guessed from plain text: re-parent cards to fix it</div>
      ) : null}
    </CanvasContext.Provider>
  );
}

/** The map area: cards and reply edges, a canvas layer when far out, controls and minimap. */
export function MapCanvas({ theme }: { theme: string }) {
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const { width, height } = usePaneSize(pane);
  const hasMap = useMapStore((state) => state.nodes.length > 0);
  const busy = useMapStore((state) => state.busy);
  return (
    <main className="canvas" ref={setPane} aria-busy={busy !== null}>
      {hasMap ? (
        <MapLayers aspect={roundedAspect(width, height)} width={width} height={height} theme={theme} pane={pane} />
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
