import { commandAriaKeys, commandHint } from '../../commands';
import { useActions } from '../../store/editor';
import { useCodebook, useReadOnlyReason, useSuggestion } from '../../store/selectors';
import './find.css';

/** The suggested tag of the selected card, with its reason: accepted only by the user. */
export function SuggestionOffer({ id }: { id: string }) {
  const { acceptSuggestion, setShowSuggestions } = useActions();
  const suggestion = useSuggestion(id);
  const locked = useReadOnlyReason();
  const codebook = useCodebook();
  if (!suggestion) return null;
  // Accepting codes the card with the codebook's first category counting as the suggested tag (query for question in RumourEval).
  const category = codebook.categories.find((entry) => entry.tag === suggestion.tag);
  if (!category) return null;
  return (
    <div className="suggestion-offer" role="note" aria-label="Suggested tag">
      <p>
        <span className={`suggested-tag ${suggestion.tag}`}>suggested: {suggestion.tag}</span> {suggestion.reason}
      </p>
      <div className="actions">
        <button type="button" className="button" aria-keyshortcuts={commandAriaKeys('tag.acceptSuggestion', codebook)} aria-disabled={locked !== null || undefined} title={locked ?? undefined} onClick={() => locked === null && acceptSuggestion(id)}>
          Accept {category.label} ({commandHint('tag.acceptSuggestion', codebook).shortcut})
        </button>
        <button type="button" className="button link" onClick={() => setShowSuggestions(false)}>Hide suggestions</button>
      </div>
    </div>
  );
}
