import { useEffect, useRef, useState } from 'react';
import { Dialog } from 'radix-ui';
import { focusMap, focusMapIfLost, useMapRoot } from '../../components/map-focus';
import { useTypedAhead } from '../../components/on-demand-dialog';
import { useActions } from '../../store/editor';
import { useMapStore } from '../../store/map-store';
import './annotate.css';

/** The dialog that asks for the coder's name: before the first tag, or when changing it. */
export function CoderDialog() {
  const { dismissCoderPrompt, setCoder } = useActions();
  const root = useMapRoot();
  const prompt = useMapStore((state) => state.coderPrompt);
  const saved = useMapStore((state) => state.coder);
  const [draft, setDraft] = useState('');
  const [openedFor, setOpenedFor] = useState<typeof prompt>(null);
  // Asked by a tag, the keys go back to the map once answered (Radix would leave them on the page).
  const [askedByTag, setAskedByTag] = useState(false);
  // Each time the dialog opens, the field starts from the saved name, followed by what was typed
  // while the dialog's code loaded (the first time), which is used once.
  const typedAhead = useTypedAhead();
  // Then typing goes on at the end of the field, rather than replacing all of it.
  const [typingOn, setTypingOn] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  if (prompt !== openedFor) {
    setOpenedFor(prompt);
    if (prompt) setDraft((saved ?? '') + typedAhead.text());
    if (prompt) setTypingOn(typedAhead.text() !== '');
    if (prompt) setAskedByTag(prompt.kind === 'first');
  }
  useEffect(() => {
    if (prompt) typedAhead.clear();
  }, [prompt, typedAhead]);
  const first = prompt?.kind === 'first';
  return (
    <Dialog.Root open={prompt !== null} onOpenChange={(open) => !open && dismissCoderPrompt()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog coder-dialog"
          data-testid="coder-dialog"
          onOpenAutoFocus={(event) => {
            const input = field.current;
            if (!typingOn || !input) return;
            event.preventDefault();
            input.focus();
            input.setSelectionRange(input.value.length, input.value.length);
          }}
          onCloseAutoFocus={(event) => {
            if (!askedByTag) return focusMapIfLost(root());
            event.preventDefault();
            focusMap(root());
          }}
        >
          <Dialog.Title>{first ? 'Who is coding?' : 'Coder name'}</Dialog.Title>
          <Dialog.Description>
            Every tag and note records who made it, and exports carry the name, so several people’s codings of a thread can be told apart. It is kept in this browser.
          </Dialog.Description>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setCoder(draft);
            }}
          >
            <label htmlFor="coder-name">Your name or coder id</label>
            <input
              ref={field}
              id="coder-name"
              type="text"
              value={draft}
              autoComplete="off"
              maxLength={80}
              aria-describedby={first ? 'coder-name-hint' : undefined}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                // Asked by a first tag from the keyboard, Enter on an empty field is "Tag without a
                // name": with Save disabled it did nothing, and the next keys (J, C) went into the field.
                if (event.key !== 'Enter' || !first || draft.trim()) return;
                event.preventDefault();
                setCoder(null);
              }}
            />
            {first ? <p id="coder-name-hint" className="field-hint">Press Enter with the field empty to tag without a name.</p> : null}
            <div className="actions">
              <button type="button" className="button" onClick={() => setCoder(first ? null : saved)}>
                {first ? 'Tag without a name' : 'Cancel'}
              </button>
              <button type="submit" className="button primary" disabled={!draft.trim()}>
                {first ? 'Save and tag' : 'Save'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
