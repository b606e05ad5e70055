import { useCategoryCounts, useCodebook, useTaggableCount } from '../../store/selectors';
import { useActions } from '../../store/editor';
import { commandAriaKeys, commandHint } from '../../commands';
import { HintTooltip } from '../../components/HintTooltip';
import { CoderName } from './CoderName';

const TAG_COLOUR = { pro: 'var(--pro)', con: 'var(--con)', question: 'var(--question)' } as const;

/**
 * "Tagged N of M" over the cards that can carry a tag (not the post, not "more" stubs), with a bar
 * split by the codebook's categories (coloured by the tag each counts as) and a count per category.
 */
export function TagProgress() {
  const codebook = useCodebook();
  const { showCodebookDialog } = useActions();
  const counts = useCategoryCounts();
  const total = useTaggableCount();
  const tagged = codebook.categories.reduce((sum, category) => sum + (counts.get(category.id) ?? 0), 0);
  const share = (n: number) => `${total ? (100 * n) / total : 0}%`;
  return (
    <div className="progress">
      <div role="status" aria-live="polite" data-testid="tag-counter">
        Tagged <strong>{tagged}</strong> of {total}
      </div>
      <div className="bar" aria-hidden="true">
        {codebook.categories.map((category) => (
          <span key={category.id} style={{ width: share(counts.get(category.id) ?? 0), background: category.tag ? TAG_COLOUR[category.tag] : 'var(--text-muted)' }} />
        ))}
      </div>
      <div className="counts" data-testid="category-counts">
        {codebook.categories.map((category) => (
          <span key={category.id} data-category={category.id}>{category.label} {counts.get(category.id) ?? 0}</span>
        ))}
      </div>
      <HintTooltip {...commandHint('codebook.choose')}>
        <button type="button" className="button" aria-keyshortcuts={commandAriaKeys('codebook.choose')} onClick={() => showCodebookDialog(true)}>Codebook…</button>
      </HintTooltip>
      <CoderName />
    </div>
  );
}
