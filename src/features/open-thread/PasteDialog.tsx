import { useState } from 'react';
import { Dialog } from 'radix-ui';
import type { DialogOpenedByButton } from '../../components/on-demand-dialog';
import { useEditor } from '../../store/editor';
import { openText } from './open-text';

/** Paste a thread: Hacker News, Reddit, Lobsters, Discourse or Mastodon JSON, a saved map, or plain text. */
export function PasteDialog({ open, onOpenChange: setOpen, contentId, onCloseAutoFocus }: DialogOpenedByButton) {
  const editor = useEditor();
  const [text, setText] = useState('');
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" id={contentId} onCloseAutoFocus={onCloseAutoFocus}>
          <Dialog.Title>Paste a thread</Dialog.Title>
          <Dialog.Description>
            Paste the JSON of a thread (Hacker News, Reddit, Lobsters, Discourse, Mastodon, or a saved threadmap file) or the plain text of a discussion. Plain text has no reply markers, so its structure is guessed.
          </Dialog.Description>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setOpen(false);
              void openText(editor, text, { retrievedAt: null, pasted: true }, 'the pasted thread').then((opened) => {
                if (opened) setText('');
              });
            }}
          >
            <label htmlFor="paste-text" className="visually-hidden">Thread text or JSON</label>
            <textarea id="paste-text" value={text} onChange={(event) => setText(event.target.value)} autoFocus spellCheck={false} />
            <div className="actions">
              <Dialog.Close asChild><button type="button" className="button">Cancel</button></Dialog.Close>
              <button type="submit" className="button primary" disabled={!text.trim()}>Open</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
