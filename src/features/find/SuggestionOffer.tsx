import { commandAriaKeys, commandHint } from '../../commands';
import { useActions } from '../../store/editor';
import { useReadOnlyReason, useSuggestion } from '../../store/selectors';
import { TAG_LABEL } from '../../components/TagBadge';
import './find.css';

/** The suggested tag of the selected card, with its reason: accepted only by the user. */
export function SuggestionOffer({ id }: { id: string }) {
  const { acceptSuggestion, setShowSuggestions } = useActions();
  const suggestion = useSuggestion(id);
  const locked = useReadOnlyReason();
  if (!suggestion) return null;
  return (
    <div className="suggestion-offer" role="note" aria-label="Suggested tag">
      <p>
        <span className={`suggested-tag ${suggestion.tag}`}>suggested: {suggestion.tag}</span> {suggestion.reason}
      </p>
      <div className="actions">
        <button type="button" className="button" aria-keyshortcuts={commandAriaKeys('tag.acceptSuggestion')} aria-disabled={locked !== null || undefined} title={locked ?? undefined} onClick={() => locked === null && acceptSuggestion(id)}>
          Accept {TAG_LABEL[suggestion.tag]} ({commandHint('tag.acceptSuggestion').shortcut})
        </button>
        <button type="button" className="button link" onClick={() => setShowSuggestions(false)}>Hide suggestions</button>
      </div>
    </div>
  );
}
