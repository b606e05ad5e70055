import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Tooltip } from 'radix-ui';
import { HintTooltip } from '../components/HintTooltip';
import { MoonIcon, SunIcon, UndoIcon } from '../components/icons';
import { MapRootContext } from '../components/map-focus';
import { createMapViewSlot, MapViewContext } from '../components/map-view';
import { createCommandContext, useCommandKeys } from '../commands';
import { MapCanvas } from '../features/canvas/MapCanvas';
import { OpenFileButton } from '../features/open-thread/OpenFileButton';
import { createEditor, EditorProvider, useActions, useEditor, type Editor } from '../store/editor';
import { useMapStore } from '../store/map-store';
import { useCanUndo } from '../store/selectors';
import { SidePanel } from './SidePanel';
import { useTheme, type Theme } from './use-theme';
import './compare.css';

/** One map's bar: open a file into this map, undo in this map only, its title, and whether the keys act here. */
function PaneBar({ hasKeys }: { hasKeys: boolean }) {
  const { undo } = useActions();
  const canUndo = useCanUndo();
  const title = useMapStore((state) => state.busy ?? state.source?.title ?? 'No map open');
  return (
    <div className="compare-bar">
      <OpenFileButton />
      <HintTooltip label="Undo in this map">
        <button type="button" className="button icon" aria-label="Undo" disabled={!canUndo} onClick={undo}><UndoIcon /></button>
      </HintTooltip>
      <span className="compare-title" title={title}>{title}</span>
      {hasKeys ? <span className="compare-keys" data-testid="keys-here">Keys act here</span> : null}
    </div>
  );
}

/** Which editor the keys go to: the one whose pane was focused or clicked last (the left one at first). */
interface KeyOwner {
  owns(editor: Editor): boolean;
  claim(editor: Editor): void;
  subscribe(listener: () => void): () => void;
}

function createKeyOwner(first: Editor): KeyOwner {
  let owner = first;
  const listeners = new Set<() => void>();
  return {
    owns: (editor) => owner === editor,
    claim(editor) {
      if (owner === editor) return;
      owner = editor;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * This pane's keys: the registry's commands on its own editor, for the keys pressed while the
 * pane is the key owner, so that a key never acts on the other map.
 */
function usePaneKeys(root: () => HTMLElement | null, owner: KeyOwner) {
  const editor = useEditor();
  const [mapView] = useState(createMapViewSlot);
  const commands = useMemo(() => createCommandContext(editor, { mapView: () => mapView.shown(), showShortcuts: () => undefined, root }), [editor, mapView, root]);
  const owns = useCallback(() => owner.owns(editor), [owner, editor]);
  useCommandKeys(commands, owns);
  const claim = useCallback(() => owner.claim(editor), [owner, editor]);
  const hasKeys = useSyncExternalStore(owner.subscribe, () => owner.owns(editor));
  return { mapView, claim, hasKeys };
}

interface PaneProps {
  label: string;
  theme: Theme;
  owner: KeyOwner;
}

/** One map: its bar, its canvas and its side panel, all scoped to the pane's own element. */
function PaneBody({ label, theme, owner }: PaneProps) {
  const section = useRef<HTMLElement>(null);
  const root = useCallback(() => section.current, []);
  const { mapView, claim, hasKeys } = usePaneKeys(root, owner);
  return (
    <MapRootContext.Provider value={root}>
      <MapViewContext.Provider value={mapView}>
        <ReactFlowProvider>
          {/* Capture: the canvas keeps some pointer events from bubbling (a drag of the view). */}
          <section ref={section} className="compare-pane" aria-label={label} data-keys={hasKeys} onPointerDownCapture={claim} onFocusCapture={claim}>
            <PaneBar hasKeys={hasKeys} />
            <MapCanvas theme={theme} />
            <SidePanel />
          </section>
        </ReactFlowProvider>
      </MapViewContext.Provider>
    </MapRootContext.Provider>
  );
}

function Pane({ editor, ...props }: PaneProps & { editor: Editor }) {
  return (
    <EditorProvider editor={editor}>
      <PaneBody {...props} />
    </EditorProvider>
  );
}

function ThemeButton({ theme, onToggle }: { theme: Theme; onToggle: () => void }) {
  return (
    <HintTooltip label={theme === 'dark' ? 'Light theme' : 'Dark theme'}>
      <button type="button" className="button icon" aria-label={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'} onClick={onToggle}>
        {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
      </button>
    </HintTooltip>
  );
}

/**
 * Two maps side by side, each in an editor of its own (the page at `?compare`): a tag, a note,
 * a key or an undo in one never reaches the other. Nothing here is saved; it is for comparing and testing.
 */
export function ComparePage() {
  const [theme, toggleTheme] = useTheme();
  const [left] = useState(() => createEditor());
  const [right] = useState(() => createEditor());
  const [owner] = useState(() => createKeyOwner(left));
  return (
    <Tooltip.Provider delayDuration={400}>
      <div className="compare">
        <header className="compare-head">
          <h1>Two maps side by side</h1>
          <ThemeButton theme={theme} onToggle={toggleTheme} />
        </header>
        <Pane editor={left} label="Left map" theme={theme} owner={owner} />
        <Pane editor={right} label="Right map" theme={theme} owner={owner} />
      </div>
    </Tooltip.Provider>
  );
}
