import { useTagCounts, useTaggableCount } from '../../store/selectors';
import { CoderName } from './CoderName';

/** "Tagged N of M" over the cards that can carry a tag (not the post, not "more" stubs), with a bar split by tag. */
export function TagProgress() {
  const counts = useTagCounts();
  const total = useTaggableCount();
  const share = (n: number) => `${total ? (100 * n) / total : 0}%`;
  return (
    <div className="progress">
      <div role="status" aria-live="polite" data-testid="tag-counter">
        Tagged <strong>{counts.tagged}</strong> of {total}
      </div>
      <div className="bar" aria-hidden="true">
        <span style={{ width: share(counts.pro), background: 'var(--pro)' }} />
        <span style={{ width: share(counts.con), background: 'var(--con)' }} />
        <span style={{ width: share(counts.question), background: 'var(--question)' }} />
      </div>
      <div className="counts">
        <span>Pro {counts.pro}</span>
        <span>Con {counts.con}</span>
        <span>Question {counts.question}</span>
      </div>
      <CoderName />
    </div>
  );
}
