import { useActions, useEditor } from '../../store/editor';
import { useEffect } from 'react';
import { excerpt } from '../../components/format';
import { STRUCTURE_KEYS } from '../../components/keymap';
import { useMapStore } from '../../store/map-store';
import { useGraph } from '../../store/selectors';
import { MergeConfirm } from './MergeConfirm';
import './structure.css';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Keys of the structure commands. Listens in the capture phase so that while a target is being
 * chosen, Enter and Esc finish or cancel the command before the map's own keys see them.
 */
function useStructureShortcuts(): void {
  const { cancelPick, finishPick, requestMerge, splitClaim, startPick } = useActions();
  const editor = useEditor();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const { pick, claimDraft, mergeRequest } = editor.store.getState().pick;
      if (mergeRequest) return;
      if (pick) {
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          if (event.key === 'Enter') finishPick();
          else cancelPick();
        }
        return;
      }
      const selected = editor.store.getState().selectedId;
      if (selected === null) return;
      if (event.key === STRUCTURE_KEYS.move) startPick('move');
      else if (event.key === STRUCTURE_KEYS.quote) startPick('quote');
      else if (event.key === STRUCTURE_KEYS.merge) requestMerge(selected);
      else if (event.key === STRUCTURE_KEYS.split && claimDraft?.id === selected) splitClaim(selected, claimDraft.range);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [cancelPick, editor.store, finishPick, requestMerge, splitClaim, startPick]);
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
        {' '}with the arrow keys, J/K or a click, then press <kbd className="kbd">Enter</kbd>. <kbd className="kbd">Esc</kbd> cancels.
      </span>
      <button type="button" className="button primary" disabled={!ready} onClick={finishPick}>{pick.kind === 'move' ? 'Move here' : 'Quote this'}</button>
      <button type="button" className="button" onClick={cancelPick}>Cancel</button>
    </div>
  );
}

/** The structure commands' keys, the hint shown while one waits for a target card, and the merge question. */
export function StructureCommands() {
  useStructureShortcuts();
  return (
    <>
      <PickHint />
      <MergeConfirm />
    </>
  );
}
