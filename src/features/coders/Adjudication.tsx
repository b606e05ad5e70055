import { useState } from 'react';
import { codebookOf } from '../../core/document/codebook';
import { coderInitials, useCategoryLook, useCoderTags } from '../../components/CoderBadges';
import { formatDateTime } from '../../components/format';
import { useActions } from '../../store/editor';
import { useMapStore } from '../../store/map-store';

const OTHER = '__other';

/** The gold answer of a card as decided: what, by whom, when, and the coders' tags then. */
function GoldDecided({ id }: { id: string }) {
  const entry = useMapStore((state) => (state.gold && Object.hasOwn(state.gold, id) ? state.gold[id] : undefined));
  const look = useCategoryLook();
  const { decideGold } = useActions();
  if (!entry) return null;
  const answer = entry.category !== null ? look(entry.category).label : `“${entry.text ?? ''}”`;
  return (
    <div className="gold-decided" data-testid="gold-decided" data-category={entry.category ?? ''}>
      <p>
        <strong>Gold: {answer}</strong>, decided by {entry.decidedBy ?? 'an unknown adjudicator'} on {formatDateTime(entry.decidedAt)}
        {entry.note ? <> — {entry.note}</> : null}
      </p>
      <p className="tag-help">Coders then: {Object.entries(entry.coderTags).map(([coder, category]) => `${coder} ${category === null ? 'untagged' : look(category).label}`).join(', ')}.</p>
      <button type="button" className="button" onClick={() => decideGold(id, null, '')}>Take the decision back</button>
    </div>
  );
}

/**
 * Each coder's tag of the selected card (blind mode off), and the adjudicator's form: choose the
 * gold category or type an answer, with a note. Deciding is one `gold` operation, undoable.
 */
export function Adjudication({ id }: { id: string }) {
  const tags = useCoderTags(id);
  const codebook = useMapStore((state) => state.codebook);
  const decided = useMapStore((state) => Boolean(state.gold && Object.hasOwn(state.gold, id)));
  const look = useCategoryLook();
  const { decideGold } = useActions();
  const [choice, setChoice] = useState('');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  if (tags.length === 0) return null;
  const categories = codebookOf({ codebook }).categories;
  const ready = choice !== '' && (choice !== OTHER || text.trim() !== '');
  const decide = () => {
    if (!ready) return;
    if (decideGold(id, choice === OTHER ? { text: text.trim() } : { category: choice }, note.trim())) {
      setChoice('');
      setText('');
      setNote('');
    }
  };
  return (
    <section className="section" aria-label="Coders' tags and gold" data-node-id={id}>
      <h2>Coders’ tags</h2>
      <ul className="coder-tag-list">
        {tags.map(({ coder, category }) => {
          const { label, tone } = category === null ? { label: 'untagged', tone: 'none' } : look(category);
          return (
            <li key={coder} data-coder={coder}>
              <span className={`coder-badge ${tone}`} aria-hidden="true">{coderInitials(coder)}</span> {coder}: <strong>{label}</strong>
            </li>
          );
        })}
      </ul>
      <GoldDecided id={id} />
      {decided ? null : (
        <form className="adjudicate" onSubmit={(event) => { event.preventDefault(); decide(); }}>
          <fieldset>
            <legend>Gold answer</legend>
            {categories.map((category) => (
              <label key={category.id} className="choice">
                <input type="radio" name={`gold-${id}`} value={category.id} checked={choice === category.id} onChange={() => setChoice(category.id)} />
                {category.label}
              </label>
            ))}
            <label className="choice other">
              <input type="radio" name={`gold-${id}`} value={OTHER} checked={choice === OTHER} onChange={() => setChoice(OTHER)} />
              Another answer:
              <input type="text" className="input" aria-label="Another answer" value={text} onFocus={() => setChoice(OTHER)} onChange={(event) => setText(event.target.value)} />
            </label>
          </fieldset>
          <label className="stacked">
            <span>Why (note)</span>
            <textarea className="input" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button type="submit" className="button primary" disabled={!ready}>Decide gold</button>
        </form>
      )}
    </section>
  );
}
