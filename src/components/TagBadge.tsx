import type { Tag } from '../core/map/types';

export const TAG_SYMBOL: Record<Tag, string> = { pro: '+', con: '−', question: '?' };
export const TAG_LABEL: Record<Tag, string> = { pro: 'Pro', con: 'Con', question: 'Question' };

/** A tag shown by word and symbol as well as by colour. */
export function TagBadge({ tag }: { tag: Tag }) {
  return (
    <span className={`tag-badge ${tag}`}>
      <span aria-hidden="true">{TAG_SYMBOL[tag]}</span>
      {TAG_LABEL[tag]}
    </span>
  );
}
