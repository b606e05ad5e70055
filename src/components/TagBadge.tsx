import type { Tag } from '../core/map/types';

export const TAG_SYMBOL: Record<Tag, string> = { pro: '+', con: '−', question: '?' };
export const TAG_LABEL: Record<Tag, string> = { pro: 'Pro', con: 'Con', question: 'Question' };

/** A tag shown by word and symbol as well as by colour; a tag to re-check (its card was moved) says so. */
export function TagBadge({ tag, recheck = false }: { tag: Tag; recheck?: boolean }) {
  return (
    <span className={`tag-badge ${tag}${recheck ? ' recheck' : ''}`} title={recheck ? 'Moved after tagging: check that this tag still holds' : undefined}>
      <span aria-hidden="true">{TAG_SYMBOL[tag]}</span>
      {TAG_LABEL[tag]}
      {recheck ? <span className="recheck-mark">· re-check</span> : null}
    </span>
  );
}
