import { useState } from 'react';
import { Dialog } from 'radix-ui';

interface JoinDialogProps {
  /** The coder name saved in this browser, offered as the name to join with. */
  savedName: string | null;
  onJoin: (name: string) => void;
  onCancel: () => void;
}

/** Asks once for the name the others will see, before joining a room from its link. */
export function JoinDialog({ savedName, onJoin, onCancel }: JoinDialogProps) {
  const [name, setName] = useState(savedName ?? '');
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog live-join" aria-describedby="live-join-help">
          <Dialog.Title>Join the live room</Dialog.Title>
          <p id="live-join-help">This link opens a map that others annotate with you, live. They see your name beside the card you are on; it is also the coder name on your tags.</p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (name.trim()) onJoin(name.trim());
            }}
          >
            <label htmlFor="live-join-name">Your name</label>
            <input id="live-join-name" type="text" value={name} autoComplete="off" maxLength={80} autoFocus onChange={(event) => setName(event.target.value)} />
            <div className="actions">
              <button type="button" className="button" onClick={onCancel}>Not now</button>
              <button type="submit" className="button primary" disabled={!name.trim()}>Join</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
