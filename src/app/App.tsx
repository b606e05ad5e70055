import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Tooltip } from 'radix-ui';
import { MapCanvas } from '../features/canvas/MapCanvas';
import { ShortcutHelp } from '../features/annotate/ShortcutHelp';
import { Banners } from './Banners';
import { SidePanel } from './SidePanel';
import { InsightBar } from '../features/insight/InsightBar';
import { usePanelSize } from './panel-size';
import { PanelSplitter } from './PanelSplitter';
import { useUnsavedWarning } from './use-unsaved-warning';
import { Toolbar } from './Toolbar';
import { useAppShortcuts } from './use-app-shortcuts';
import { useTheme } from './use-theme';
import { useMapStore } from '../store/map-store';
import { readSample } from './load-sample';
import { startAutosave } from '../store/autosave';
import { prepareOpenWorker } from '../features/open-thread/open-off-thread';
import { prepareRichText } from '../features/inspect/RichText';

function InsightBarWhenOpen() {
  const hasMap = useMapStore((state) => state.nodes.length > 0);
  return hasMap ? <InsightBar /> : null;
}

/** The shell: toolbar, banners, the map canvas with the measures strip under it, and the side panel. */
export function App() {
  const [theme, toggleTheme] = useTheme();
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  useAppShortcuts(showHelp);
  const [panel, setPanel] = usePanelSize();
  useUnsavedWarning();
  // The last open map comes back from the browser's storage; the sample only when nothing is saved.
  useEffect(() => startAutosave(readSample), []);
  useEffect(() => {
    const timer = setTimeout(() => {
      prepareOpenWorker();
      prepareRichText();
    }, 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Tooltip.Provider delayDuration={400}>
      <ReactFlowProvider>
        <div className={panel.collapsed ? 'app panel-collapsed' : 'app'} style={{ '--panel-w': `${panel.width}px` } as CSSProperties}>
          <Toolbar theme={theme} onToggleTheme={toggleTheme} onShowShortcuts={showHelp} />
          <Banners />
          <MapCanvas theme={theme} />
          <InsightBarWhenOpen />
          {panel.collapsed ? null : <PanelSplitter width={panel.width} onResize={(width) => setPanel({ width })} />}
          <SidePanel collapsed={panel.collapsed} onCollapsedChange={(collapsed) => setPanel({ collapsed })} />
        </div>
        <ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} />
      </ReactFlowProvider>
    </Tooltip.Provider>
  );
}
