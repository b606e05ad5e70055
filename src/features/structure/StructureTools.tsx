import { useRef } from 'react';
import { useActions } from '../../store/editor';
import { HintTooltip } from '../../components/HintTooltip';
import { excerpt } from '../../components/format';
import { commandAriaKeys, commandHint } from '../../commands';
import { isTaggable } from '../../core/annotations/taggable';
import { mergeTargetOf } from '../../core/map/edit';
import { useMapStore } from '../../store/map-store';
import { useGraph, useReadOnlyReason } from '../../store/selectors';
import { QuoteLinks } from './QuoteLinks';
import { useClaimSelection } from './use-claim-selection';
import './structure.css';

/** A click on a command must not clear the text selection it acts on. */
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

/** Split claim, move, merge and quote commands for the selected card, in the side panel. */
export function StructureTools({ id }: { id: string }) {
  const { requestMerge, splitClaim, startPick } = useActions();
  const graph = useGraph();
  const at = graph.index.get(id);
  const node = at === undefined ? undefined : graph.nodes[at];
  const draft = useMapStore(({ pick: state }) => (state.claimDraft?.id === id ? state.claimDraft.range : null));
  const picking = useMapStore(({ pick: state }) => state.pick !== null);
  const guessed = useMapStore((state) => state.source?.structureGuessed ?? false);
  // While another tab writes the map the buttons stay focusable, say why in their tooltip, and do nothing.
  const locked = useReadOnlyReason();
  const hint = (command: string, label?: string) => (locked ? { label: locked } : { ...commandHint(command), ...(label ? { label } : {}) });
  const lockedProps = { 'aria-disabled': locked !== null || undefined };
  const section = useRef<HTMLElement>(null);
  useClaimSelection(id, node?.text ?? '', section);
  if (at === undefined || !node) return null;
  const canSplit = draft !== null && node.kind !== 'more';
  const canMove = node.kind !== 'claim' && graph.parent[at]! >= 0;
  const canMerge = node.kind !== 'claim' && node.kind !== 'more' && mergeTargetOf(graph, at) >= 0;
  const quotable = isTaggable(node);
  return (
    <section className="section structure-tools" aria-label="Structure" ref={section}>
      <h2>Structure</h2>
      <div className="structure-buttons">
        <HintTooltip {...hint('structure.split')}>
          <button type="button" className="button" disabled={!canSplit || picking} aria-keyshortcuts={commandAriaKeys('structure.split')} onMouseDown={keepSelection} {...lockedProps} onClick={() => !locked && draft && splitClaim(id, draft)}>
            Split claim
          </button>
        </HintTooltip>
        <HintTooltip {...hint('structure.move')}>
          <button type="button" className="button" disabled={!canMove || picking} aria-keyshortcuts={commandAriaKeys('structure.move')} {...lockedProps} onClick={() => !locked && startPick('move')}>
            Move under…
          </button>
        </HintTooltip>
        <HintTooltip {...hint('structure.merge', guessed ? 'This block continues the one before it: join them' : 'Join this card to the one before it in reading order (asks first: the source gave them apart)')}>
          <button type="button" className="button" disabled={!canMerge || picking} aria-keyshortcuts={commandAriaKeys('structure.merge')} {...lockedProps} onClick={() => !locked && requestMerge(id)}>
            Merge into previous
          </button>
        </HintTooltip>
        <HintTooltip {...hint('structure.quote')}>
          <button type="button" className="button" disabled={picking || !quotable} aria-keyshortcuts={commandAriaKeys('structure.quote')} {...lockedProps} onClick={() => !locked && startPick('quote')}>
            Mark as quoting…
          </button>
        </HintTooltip>
      </div>
      <p className="tag-help" data-testid="claim-draft">
        {draft ? <>Selected: “{excerpt(node.text.slice(draft[0], draft[1]), 80)}”. Press <kbd className="kbd">{commandHint('structure.split').shortcut}</kbd> to split it out.</> : 'Select words of the comment below to split them out as a claim.'}
      </p>
      <QuoteLinks id={id} />
    </section>
  );
}
