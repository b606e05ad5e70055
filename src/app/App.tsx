import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Tooltip } from 'radix-ui';
import { MapCanvas } from '../features/canvas/MapCanvas';
import { Banners, MapFoot } from './Banners';
import { SidePanel } from './SidePanel';
import { usePanelSize } from './panel-size';
import { PanelSplitter } from './PanelSplitter';
import { useUnsavedWarning } from './use-unsaved-warning';
import { Toolbar } from './Toolbar';
import { useTheme } from './use-theme';
import { useMapStore } from '../store/map-store';
import { readSample } from './load-sample';
import { AutosaveProvider, createAutosave } from '../store/autosave';
import { createCommandContext, useCommandKeys } from '../commands';
import { createMapViewSlot, MapViewContext } from '../components/map-view';
import { useMapRoot } from '../components/map-focus';
import { createPresenceStore, PresenceContext } from '../components/presence';
import { createEditor, EditorProvider, useEditor } from '../store/editor';
import { useStreamProbe } from './stream-probe';
import { prepareOpenWorker } from '../features/open-thread/open-off-thread';
import { useFileDrop } from '../features/open-thread/use-file-drop';
import { prepareRichText } from '../features/inspect/RichText';
import { prepareCoderDialog } from '../features/annotate/CoderName';
import { prepareMergeConfirm } from '../features/structure/StructureCommands';
import { DialogWhenAsked } from '../components/on-demand-dialog';

// The dialogs load the first time they are asked for; the measures strip over the map after the first paint.
const CodebookDialog = lazy(() => import('../features/annotate/CodebookDialog').then((module) => ({ default: module.CodebookDialog })));
const loadShortcutHelp = () => import('../features/annotate/ShortcutHelp');
const ShortcutHelp = lazy(() => loadShortcutHelp().then((module) => ({ default: module.ShortcutHelp })));
const InsightBar = lazy(() => import('../features/insight/InsightBar').then((module) => ({ default: module.InsightBar })));

function InsightBarWhenOpen() {
  const hasMap = useMapStore((state) => state.nodes.length > 0);
  return hasMap ? (
    <Suspense fallback={null}>
      <InsightBar />
    </Suspense>
  ) : null;
}

/** The app: one editor for the open map, handed to the shell. */
export function App() {
  const [editor] = useState(createEditor);
  const [autosave] = useState(() => createAutosave(editor, () => readSample(editor)));
  useStreamProbe(editor);
  // The last open map comes back from the browser's storage; the sample only when nothing is saved.
  useEffect(() => autosave.start(), [autosave]);
  useEffect(() => {
    const timer = setTimeout(() => {
      prepareOpenWorker(editor);
      prepareRichText();
      // The dialogs a key can open come ahead of that key, so that what is typed next reaches them.
      prepareCoderDialog();
      prepareMergeConfirm();
      void loadShortcutHelp();
    }, 300);
    return () => clearTimeout(timer);
  }, [editor]);
  return (
    <EditorProvider editor={editor}>
      <AutosaveProvider autosave={autosave}>
        <Shell />
      </AutosaveProvider>
    </EditorProvider>
  );
}

/** The codebook dialog, loaded the first time it is asked for. */
function CodebookDialogWhenAsked() {
  const asked = useMapStore((state) => state.codebookDialog);
  return <DialogWhenAsked asked={asked}><CodebookDialog /></DialogWhenAsked>;
}

/** The shell: toolbar, banners, the map canvas and the side panel. */
function Shell() {
  const [theme, toggleTheme] = useTheme();
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  // The map on screen, set by the canvas; commands and image export read it.
  const editor = useEditor();
  const [mapView] = useState(createMapViewSlot);
  // Who else is on which card in a live room: written by the live room, read by each card.
  const [presence] = useState(createPresenceStore);
  // One editor on the page: its root is the document (MapRootContext's default).
  const root = useMapRoot();
  const commands = useMemo(() => createCommandContext(editor, { mapView: () => mapView.shown(), showShortcuts: showHelp, root }), [editor, mapView, showHelp, root]);
  useCommandKeys(commands);
  const [panel, setPanel] = usePanelSize();
  useUnsavedWarning();
  useFileDrop();
  return (
    <MapViewContext.Provider value={mapView}>
      <PresenceContext.Provider value={presence}>
        <Tooltip.Provider delayDuration={400}>
          <ReactFlowProvider>
            <div className={panel.collapsed ? 'app panel-collapsed' : 'app'} style={{ '--panel-w': `${panel.width}px` } as CSSProperties}>
              <Toolbar theme={theme} onToggleTheme={toggleTheme} onShowShortcuts={showHelp} />
              <Banners />
              <MapCanvas theme={theme} />
              <MapFoot><InsightBarWhenOpen /></MapFoot>
              {panel.collapsed ? null : <PanelSplitter width={panel.width} onResize={(width) => setPanel({ width })} />}
              <SidePanel collapsed={panel.collapsed} onCollapsedChange={(collapsed) => setPanel({ collapsed })} />
            </div>
            <DialogWhenAsked asked={helpOpen}><ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} /></DialogWhenAsked>
            <CodebookDialogWhenAsked />
          </ReactFlowProvider>
        </Tooltip.Provider>
      </PresenceContext.Provider>
    </MapViewContext.Provider>
  );
}
