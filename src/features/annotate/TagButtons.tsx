import { TAGS, type Tag } from '../../core/map/types';
import { setTag } from '../../store/actions';
import { useAnnotation } from '../../store/selectors';
import { HintTooltip } from '../../components/HintTooltip';
import { TAG_LABEL } from '../../components/TagBadge';
import { CLEAR_TAG_KEY, TAG_KEYS } from '../../components/keymap';

const TAG_HINT: Record<Tag, string> = {
  pro: 'Supports the comment it replies to',
  con: 'Opposes or attacks the comment it replies to',
  question: 'Asks about or challenges it without taking a side',
};

/** Pro / Con / Question / Clear for one node; the pressed state shows its current tag. */
export function TagButtons({ id }: { id: string }) {
  const current = useAnnotation(id)?.tag ?? null;
  return (
    <div className="tag-buttons" role="group" aria-label="Tag">
      {TAGS.map((tag) => (
        <HintTooltip key={tag} label={TAG_HINT[tag]} shortcut={TAG_KEYS[tag].toUpperCase()}>
          <button
            type="button"
            className={`button ${tag}`}
            aria-pressed={current === tag}
            aria-keyshortcuts={TAG_KEYS[tag]}
            onClick={() => setTag(id, current === tag ? null : tag)}
          >
            {TAG_LABEL[tag]}
          </button>
        </HintTooltip>
      ))}
      <HintTooltip label="Remove the tag" shortcut={CLEAR_TAG_KEY.toUpperCase()}>
        <button type="button" className="button" disabled={current === null} aria-keyshortcuts={CLEAR_TAG_KEY} onClick={() => setTag(id, null)}>
          Clear
        </button>
      </HintTooltip>
    </div>
  );
}
