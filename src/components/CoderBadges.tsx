import './coder-badges.css';
import { useMemo } from 'react';
import { categoryOf, codebookOf, tagOfCategory } from '../core/document/codebook';
import { annotationOf } from '../core/annotations/types';
import { TAG_SYMBOL, type Tag } from '../core/map/types';
import { useMapStore } from '../store/map-store';
import { codersOf, isCodingBlind } from '../store/own-annotation';

/** Up to two letters that tell coders apart on a small badge: "Ana Lima" → "AL", "ben" → "BE". */
export function coderInitials(coder: string): string {
  const words = coder.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words[0]![0]! + words[1]![0]! : (words[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}

/**
 * Each coder's category of a card, in layer order (null: untagged); empty for a map of one coder and
 * while this person codes blind. Someone who has not coded the map (an adjudicator) always sees them.
 */
export function useCoderTags(id: string): { coder: string; category: string | null }[] {
  // One string per card (coder and category pairs), so a card re-renders only when its own tags change.
  const key = useMapStore((state) => {
    if (isCodingBlind(state)) return '';
    const coders = codersOf(state);
    return coders.length > 1 ? JSON.stringify(coders.map((layer) => [layer.coder, categoryOf(annotationOf(layer.annotations, id)) ?? null])) : '';
  });
  return useMemo(() => (key === '' ? [] : (JSON.parse(key) as [string, string | null][]).map(([coder, category]) => ({ coder, category }))), [key]);
}

/** The label and pro/con/question colour of a category in the open map's codebook. */
export function useCategoryLook(): (category: string) => { label: string; tone: string } {
  const codebook = useMapStore((state) => state.codebook);
  return (category) => {
    const book = codebookOf({ codebook });
    const found = book.categories.find((candidate) => candidate.id === category);
    return { label: found?.label ?? category, tone: tagOfCategory(book, category) ?? 'other' };
  };
}

/**
 * Every coder's tag of a card side by side (blind mode off, or for an adjudicator), when at least
 * one coder tagged it: a small badge per coder with their initials and the tag's symbol (so the tag
 * never rests on colour alone), coloured by the tag, with the coder and the category spelt out for
 * tooltips and screen readers.
 */
export function CoderBadges({ id }: { id: string }) {
  const tags = useCoderTags(id);
  const look = useCategoryLook();
  // A card no coder tagged (the post, most comments of a large map) carries no row of empty badges.
  if (tags.every((entry) => entry.category === null)) return null;
  return (
    <span className="coder-badges" data-testid="coder-badges">
      {tags.map(({ coder, category }) => {
        const { label, tone } = category === null ? { label: 'untagged', tone: 'none' } : look(category);
        return (
          <span key={coder} className={`coder-badge ${tone}`} title={`${coder}: ${label}`} data-coder={coder} data-category={category ?? ''}>
            <span aria-hidden="true">{coderInitials(coder)}{category === null ? '' : ` ${tone in TAG_SYMBOL ? TAG_SYMBOL[tone as Tag] : '•'}`}</span>
            <span className="visually-hidden">{coder}: {label}</span>
          </span>
        );
      })}
    </span>
  );
}
