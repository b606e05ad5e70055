import { useActions } from '../../store/editor';
import { TAGS, type Tag } from '../../core/map/types';
import { untaggableReason } from '../../core/annotations/taggable';
import { useAnnotation, useGraph, useReadOnlyReason } from '../../store/selectors';
import { HintTooltip } from '../../components/HintTooltip';
import { TAG_LABEL } from '../../components/TagBadge';
import { commandAriaKeys, commandHint } from '../../commands';
import './annotate.css';

/** Says that a moved card's tag needs a second look, with the parent it was tagged against. */
function RecheckNote({ id, tag }: { id: string; tag: Tag }) {
  const { confirmTag } = useActions();
  const locked = useReadOnlyReason();
  const graph = useGraph();
  const at = graph.index.get(id);
  const node = at === undefined ? undefined : graph.nodes[at];
  const from = node?.originalParent ? graph.index.get(node.originalParent) : undefined;
  const fromName = from === undefined ? 'another card' : (graph.nodes[from]!.author ? `${graph.nodes[from]!.author}'s ${graph.nodes[from]!.kind}` : 'another card');
  return (
    <div className="recheck-note" role="status" data-testid="recheck-note">
      <p>
        <strong>Check this tag.</strong> The card was moved here from {fromName}; does “{TAG_LABEL[tag]}” still hold against its new parent?
      </p>
      <button type="button" className="button" aria-disabled={locked !== null || undefined} title={locked ?? undefined} onClick={() => locked === null && confirmTag(id)}>Tag still holds</button>
    </div>
  );
}

/**
 * Pro / Con / Question / Clear for one node; the pressed state shows its current tag. On the root
 * and `more` stubs, and while another tab writes the map, the buttons stay focusable but do
 * nothing, and say why (a disabled button would hide its tooltip from the pointer and from Tab).
 */
export function TagButtons({ id }: { id: string }) {
  const { requestTag } = useActions();
  const annotation = useAnnotation(id);
  const graph = useGraph();
  const at = graph.index.get(id);
  const current = annotation?.tag ?? null;
  const reason = useReadOnlyReason() ?? (at === undefined ? null : untaggableReason(graph.nodes[at]!));
  return (
    <>
      <div className="tag-buttons" role="group" aria-label="Tag" aria-describedby={reason ? 'untaggable-reason' : undefined}>
        {TAGS.map((tag) => (
          <HintTooltip key={tag} {...(reason ? { label: reason } : commandHint(`tag.${tag}`))}>
            <button
              type="button"
              className={`button ${tag}`}
              aria-pressed={current === tag}
              aria-disabled={reason !== null || undefined}
              aria-keyshortcuts={commandAriaKeys(`tag.${tag}`)}
              onClick={() => reason === null && requestTag(id, current === tag ? null : tag)}
            >
              {TAG_LABEL[tag]}
            </button>
          </HintTooltip>
        ))}
        <HintTooltip {...(reason ? { label: reason } : commandHint('tag.clear'))}>
          <button type="button" className="button" disabled={reason === null && current === null} aria-disabled={reason !== null || undefined} aria-keyshortcuts={commandAriaKeys('tag.clear')} onClick={() => reason === null && requestTag(id, null)}>
            Clear
          </button>
        </HintTooltip>
      </div>
      {reason ? <p className="untaggable-reason" id="untaggable-reason">{reason}</p> : null}
      {annotation?.recheck && current ? <RecheckNote id={id} tag={current} /> : null}
    </>
  );
}
