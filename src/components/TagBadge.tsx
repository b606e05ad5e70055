import { TAG_LABEL, TAG_SYMBOL, type Tag } from '../core/map/types';

/**
 * A codebook category shown by word and symbol as well as by colour: the colour and symbol of the
 * tag it counts as (a plain dot for a category that counts as none, such as “comment”), the word
 * its label. A tag to re-check (its card was moved) says so.
 */
export function TagBadge({ tag, label, recheck = false }: { tag: Tag | undefined; label?: string; recheck?: boolean }) {
  return (
    <span className={`tag-badge ${tag ?? 'no-tag'}${recheck ? ' recheck' : ''}`} title={recheck ? 'Moved after tagging: check that this tag still holds' : undefined}>
      <span aria-hidden="true">{tag ? TAG_SYMBOL[tag] : '•'}</span>
      {label ?? (tag ? TAG_LABEL[tag] : '')}
      {recheck ? <span className="recheck-mark">· re-check</span> : null}
    </span>
  );
}
