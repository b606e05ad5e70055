import { useEffect, useRef, useState } from 'react';
import { setNote } from '../../store/actions';
import { useAnnotation } from '../../store/selectors';

const SAVE_DELAY_MS = 400;

/** A free-text note for one node; saved as you type (one undo step per pause) and on leaving. */
export function NoteEditor({ id }: { id: string }) {
  const saved = useAnnotation(id)?.note ?? '';
  const [draft, setDraft] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ id, draft });
  latest.current = { id, draft };

  // Undo/redo or another node's selection change the saved note under us: follow it.
  useEffect(() => {
    setDraft(saved);
  }, [saved, id]);

  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        setNote(latest.current.id, latest.current.draft);
      }
    },
    [id],
  );

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setNote(id, draft);
  };

  return (
    <div className="note-editor">
      <label htmlFor="note-editor" className="visually-hidden">Note</label>
      <textarea
        id="note-editor"
        value={draft}
        placeholder="Why this tag? What does it claim? (N)"
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            timer.current = null;
            setNote(id, value);
          }, SAVE_DELAY_MS);
        }}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            flush();
            (event.target as HTMLTextAreaElement).blur();
          }
        }}
      />
    </div>
  );
}
