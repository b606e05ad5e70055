import { useState } from 'react';
import { Tooltip } from 'radix-ui';
import { HintTooltip } from '../components/HintTooltip';
import { UndoIcon } from '../components/icons';
import { OpenFileButton } from '../features/open-thread/OpenFileButton';
import { createEditor, EditorProvider, useActions, type Editor } from '../store/editor';
import { useMapStore } from '../store/map-store';
import { useCanUndo } from '../store/selectors';
import { SidePanel } from './SidePanel';
import { useTheme } from './use-theme';
import './compare.css';

/** One map's bar: open a file into this map, undo in this map only, and its title. */
function PaneBar() {
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
    </div>
  );
}

function Pane({ editor, label }: { editor: Editor; label: string }) {
  return (
    <EditorProvider editor={editor}>
      <section className="compare-pane" aria-label={label}>
        <PaneBar />
        <SidePanel />
      </section>
    </EditorProvider>
  );
}

/**
 * Two maps side by side, each in an editor of its own (the page at `?compare`): a tag, a note or
 * an undo in one never reaches the other. Nothing here is saved; it is for comparing and testing.
 */
export function ComparePage() {
  useTheme();
  const [left] = useState(() => createEditor());
  const [right] = useState(() => createEditor());
  return (
    <Tooltip.Provider delayDuration={400}>
      <main className="compare">
        <Pane editor={left} label="Left map" />
        <Pane editor={right} label="Right map" />
      </main>
    </Tooltip.Provider>
  );
}
