import { useCategoryCounts, useCodebook, useTaggableCount } from '../../store/selectors';
import { useActions } from '../../store/editor';
import { commandAriaKeys, commandHint } from '../../commands';
import { HintTooltip } from '../../components/HintTooltip';
import { CoderName } from './CoderName';

const count = (n: number) => n.toLocaleString('en-US');

const TAG_COLOUR = { pro: 'var(--pro)', con: 'var(--con)', question: 'var(--question)' } as const;

/**
 * "Tagged N of M" over the cards that can carry a tag (not the post, not "more" stubs, not deleted
 * comments with no text, whose number it gives), with a bar split by the codebook's categories
 * (coloured by the tag each counts as) and a count per category.
 */
export function TagProgress() {
  const codebook = useCodebook();
  const { showCodebookDialog } = useActions();
  const counts = useCategoryCounts();
  const { judgeable: total, goneWithoutText } = useTaggableCount();
  const tagged = codebook.categories.reduce((sum, category) => sum + (counts.get(category.id) ?? 0), 0);
  const share = (n: number) => `${total ? (100 * n) / total : 0}%`;
  return (
    <div className="progress">
      <div className="progress-head">
        <div role="status" aria-live="polite" data-testid="tag-counter">
          Tagged <strong>{count(tagged)}</strong> of {count(total)}
        </div>
        {goneWithoutText > 0 ? (
          <span className="left-out" data-testid="left-out" title={`${count(goneWithoutText)} deleted or removed ${goneWithoutText === 1 ? 'comment has' : 'comments have'} no text left to judge, so ${goneWithoutText === 1 ? 'it is' : 'they are'} not counted and cannot be tagged (a note still can).`}>
            · {count(goneWithoutText)} deleted left out
          </span>
        ) : null}
      </div>
      <div className="bar" aria-hidden="true">
        {codebook.categories.map((category) => (
          <span key={category.id} style={{ width: share(counts.get(category.id) ?? 0), background: category.tag ? TAG_COLOUR[category.tag] : 'var(--text-muted)' }} />
        ))}
      </div>
      <div className="counts" data-testid="category-counts">
        {codebook.categories.map((category) => (
          <span key={category.id} data-category={category.id}>{category.label} {count(counts.get(category.id) ?? 0)}</span>
        ))}
      </div>
      <HintTooltip {...commandHint('codebook.choose')}>
        <button type="button" className="button" aria-keyshortcuts={commandAriaKeys('codebook.choose')} onClick={() => showCodebookDialog(true)}>Codebook…</button>
      </HintTooltip>
      <CoderName />
    </div>
  );
}
