import { useActions } from '../../store/editor';
import { useEffect, useId, useRef, useState } from 'react';
import { FIELD } from '../../commands';
import { focusMap, useMapRoot } from '../../components/map-focus';
import { untaggableReason } from '../../core/annotations/taggable';
import { useAnnotation, useGraph, useReadOnlyReason } from '../../store/selectors';

const SAVE_DELAY_MS = 400;

/**
 * A free-text note for one node; saved as you type (one undo step per pause) and when the field
 * is left or the panel closes. Mounted once per node (the panel keys it by id).
 */
export function NoteEditor({ id }: { id: string }) {
  const { setNote } = useActions();
  const root = useMapRoot();
  const saved = useAnnotation(id)?.note ?? '';
  const graph = useGraph();
  const at = graph.index.get(id);
  // The root and "more" stubs carry no notes: there is no comment relation to explain.
  const reason = at === undefined ? null : untaggableReason(graph.nodes[at]!);
  // While another tab writes the map the note can be read and selected, not changed.
  const locked = useReadOnlyReason();
  const [draft, setDraft] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Undo and redo change the saved note under the field: the field follows.
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setDraft(saved);
  }

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current !== null) setNote(id, pending.current);
    pending.current = null;
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => flushRef.current(), []);

  const fieldId = useId();
  return (
    <div className="note-editor">
      <label htmlFor={fieldId} className="visually-hidden">Note</label>
      <textarea
        id={fieldId}
        data-field={FIELD.note}
        value={draft}
        placeholder={reason ? 'Notes go on comments, not here.' : locked ? 'Notes are written in the tab that edits this map.' : 'Why this tag? What does it claim? (N)'}
        disabled={reason !== null}
        readOnly={locked !== null}
        title={locked ?? undefined}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          pending.current = value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_DELAY_MS);
        }}
        onBlur={flush}
        onKeyDown={(event) => {
          // Done: the keys go back to the map, to tag and move on.
          if (event.key === 'Escape') {
            flush();
            focusMap(root());
          }
        }}
      />
    </div>
  );
}
