import { useActions } from '../../store/editor';
import { unjudgeableReason } from '../../core/annotations/taggable';
import { categoryOf } from '../../core/document/codebook';
import { useAnnotation, useCodebook, useGraph, useReadOnlyReason } from '../../store/selectors';
import { HintTooltip } from '../../components/HintTooltip';
import { categoryCommandId, commandAriaKeys, commandHint } from '../../commands';
import './annotate.css';

/** Says that a moved card's tag needs a second look, with the parent it was tagged against. */
function RecheckNote({ id, label }: { id: string; label: string }) {
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
        <strong>Check this tag.</strong> The card was moved here from {fromName}; does “{label}” still hold against its new parent?
      </p>
      <button type="button" className="button" aria-disabled={locked !== null || undefined} title={locked ?? undefined} onClick={() => locked === null && confirmTag(id)}>Tag still holds</button>
    </div>
  );
}

/**
 * One button per category of the map's codebook (Pro / Con / Question by default; Support / Deny /
 * Query / Comment for RumourEval), and Clear, for one node; the pressed state shows its category. On the root
 * and `more` stubs, on deleted comments with no text, and while another tab writes the map, the buttons stay focusable but do
 * nothing, and say why (a disabled button would hide its tooltip from the pointer and from Tab).
 */
export function TagButtons({ id }: { id: string }) {
  const { requestTag } = useActions();
  const annotation = useAnnotation(id);
  const graph = useGraph();
  const at = graph.index.get(id);
  const codebook = useCodebook();
  const current = categoryOf(annotation) ?? null;
  const currentLabel = codebook.categories.find((category) => category.id === current)?.label ?? current;
  const reason = useReadOnlyReason() ?? (at === undefined ? null : unjudgeableReason(graph.nodes[at]!));
  return (
    <>
      <div className="tag-buttons" role="group" aria-label="Tag" aria-describedby={reason ? 'untaggable-reason' : undefined}>
        {codebook.categories.map((category) => {
          const command = categoryCommandId(category.id);
          const hint = commandHint(command, codebook);
          return (
            <HintTooltip key={category.id} {...(reason ? { label: reason } : hint)}>
              <button
                type="button"
                className={`button ${category.tag ?? 'no-tag'}`}
                data-category={category.id}
                aria-pressed={current === category.id}
                aria-disabled={reason !== null || undefined}
                aria-keyshortcuts={commandAriaKeys(command, codebook) || undefined}
                onClick={() => reason === null && requestTag(id, current === category.id ? null : category.id)}
              >
                {category.label}
                {hint.shortcut ? <span className="kbd-hint" aria-hidden="true">{hint.shortcut}</span> : null}
              </button>
            </HintTooltip>
          );
        })}
        <HintTooltip {...(reason ? { label: reason } : commandHint('tag.clear'))}>
          <button type="button" className="button" disabled={reason === null && current === null} aria-disabled={reason !== null || undefined} aria-keyshortcuts={commandAriaKeys('tag.clear')} onClick={() => reason === null && requestTag(id, null)}>
            Clear
          </button>
        </HintTooltip>
      </div>
      {reason ? <p className="untaggable-reason" id="untaggable-reason">{reason}</p> : null}
      {annotation?.recheck && currentLabel ? <RecheckNote id={id} label={currentLabel} /> : null}
    </>
  );
}
