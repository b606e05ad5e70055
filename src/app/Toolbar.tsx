import { lazy, Suspense } from 'react';
import { commandAriaKeys, commandHint } from '../commands';
import { useActions } from '../store/editor';
import { HintTooltip } from '../components/HintTooltip';
import { KeyboardIcon, LogoIcon, MoonIcon, RedoIcon, SunIcon, UndoIcon } from '../components/icons';
import { useMapStore } from '../store/map-store';
import { useCanRedo, useCanUndo } from '../store/selectors';
import { OpenFileButton } from '../features/open-thread/OpenFileButton';
import { PasteButton } from '../features/open-thread/PasteButton';
import { OpenUrlButton } from '../features/open-thread/OpenUrlButton';
import { ExportControlsOnDemand } from '../features/export/ExportControlsOnDemand';
import { LibraryButton } from '../features/library/LibraryButton';
import { StructureCommands } from '../features/structure/StructureCommands';
import type { Theme } from './use-theme';

// Live rooms load just after the first paint; until then the button is there, not yet pressable.
const LiveControls = lazy(() => import('../features/live/LiveControls').then((module) => ({ default: module.LiveControls })));

interface ToolbarProps {
  theme: Theme;
  onToggleTheme: () => void;
  onShowShortcuts: () => void;
}

export function Toolbar({ theme, onToggleTheme, onShowShortcuts }: ToolbarProps) {
  const { undo, redo } = useActions();
  const title = useMapStore((state) => state.source?.title ?? null);
  // Progress of an open in the worker, shown where the title is while a map stays open.
  const busy = useMapStore((state) => state.busy);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  return (
    <header className="toolbar">
      <h1 className="brand"><LogoIcon /><span className="narrow-hide">Threadmap</span></h1>
      <div className="group">
        <OpenFileButton />
        <PasteButton />
        <OpenUrlButton />
        <LibraryButton />
      </div>
      <div className="title" title={title ?? undefined}>{busy ?? title ?? ''}</div>
      <StructureCommands />
      <div className="group">
        <HintTooltip {...commandHint('edit.undo')}>
          <button type="button" className="button icon" aria-label="Undo" aria-keyshortcuts={commandAriaKeys('edit.undo')} disabled={!canUndo} onClick={undo}><UndoIcon /></button>
        </HintTooltip>
        <HintTooltip {...commandHint('edit.redo')}>
          <button type="button" className="button icon" aria-label="Redo" aria-keyshortcuts={commandAriaKeys('edit.redo')} disabled={!canRedo} onClick={redo}><RedoIcon /></button>
        </HintTooltip>
      </div>
      <span className="separator" />
      <ExportControlsOnDemand />
      <Suspense fallback={<button type="button" className="button" disabled>Share live</button>}>
        <LiveControls />
      </Suspense>
      <span className="separator" />
      <HintTooltip {...commandHint('help.shortcuts')}>
        <button type="button" className="button icon" aria-label="Keyboard shortcuts" aria-keyshortcuts={commandAriaKeys('help.shortcuts')} onClick={onShowShortcuts}><KeyboardIcon /></button>
      </HintTooltip>
      <HintTooltip label={theme === 'dark' ? 'Light theme' : 'Dark theme'}>
        <button type="button" className="button icon" aria-label={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'} onClick={onToggleTheme}>
          {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
        </button>
      </HintTooltip>
    </header>
  );
}
