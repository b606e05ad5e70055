import { lazy } from 'react';
import { commandHint, showChord } from '../../commands';
import { excerpt } from '../../components/format';
import { DialogWhenAsked } from '../../components/on-demand-dialog';
import { useActions } from '../../store/editor';
import { useMapStore } from '../../store/map-store';
import { useGraph } from '../../store/selectors';
import './structure.css';

// The merge question loads when the page is idle (prepareMergeConfirm), else when first asked.
const loadMergeConfirm = () => import('./MergeConfirm');
const MergeConfirm = lazy(() => loadMergeConfirm().then((module) => ({ default: module.MergeConfirm })));

/** Loads the merge question ahead of the first merge that asks it (Shift+M); call when the page is idle. */
export function prepareMergeConfirm(): void {
  void loadMergeConfirm();
}

/** While a move or quote target is chosen: what is happening and how to finish, over the canvas. */
function PickHint() {
  const { cancelPick, finishPick } = useActions();
  const pick = useMapStore(({ pick: state }) => state.pick);
  const graph = useGraph();
  const target = useMapStore((state) => state.selectedId);
  if (!pick) return null;
  const at = graph.index.get(pick.id);
  const node = at === undefined ? undefined : graph.nodes[at];
  const name = node ? (node.author ? `${node.author}'s ${node.kind}` : `“${excerpt(node.text, 30)}”`) : pick.id;
  const ready = target !== null && target !== pick.id;
  return (
    <div className="pick-hint" role="status" aria-live="polite" data-testid="pick-hint">
      <span>
        {pick.kind === 'move' ? <>Moving <strong>{name}</strong>: select its new parent</> : <>Marking <strong>{name}</strong> as quoting: select the quoted card</>}
        {' '}with the arrow keys, {showChord('j')}/{showChord('k')} or a click, then press <kbd className="kbd">{commandHint('pick.finish').shortcut}</kbd>. <kbd className="kbd">{commandHint('pick.cancel').shortcut}</kbd> cancels.
      </span>
      <button type="button" className="button primary" disabled={!ready} onClick={finishPick}>{pick.kind === 'move' ? 'Move here' : 'Quote this'}</button>
      <button type="button" className="button" onClick={cancelPick}>Cancel</button>
    </div>
  );
}

/** The hint shown while a structure command waits for a target card, and the merge question. */
export function StructureCommands() {
  const asked = useMapStore(({ pick: state }) => state.mergeRequest !== null);
  return (
    <>
      <PickHint />
      <DialogWhenAsked asked={asked}><MergeConfirm /></DialogWhenAsked>
    </>
  );
}
