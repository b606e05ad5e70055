import { AlertDialog } from 'radix-ui';
import type { LibraryEntry } from '../../core/document/library';

interface DeleteMapDialogProps {
  entry: LibraryEntry | null;
  isOpenMap: boolean;
  onCancel: () => void;
  onConfirm: (entry: LibraryEntry) => void;
}

function describeLoss(entry: LibraryEntry | null): string {
  const tagged = entry?.taggedCount ?? 0;
  if (tagged === 0) return 'This removes the map and any notes on it from this browser.';
  return `This removes the map, its ${tagged === 1 ? 'tag' : `${tagged.toLocaleString('en-US')} tags`} and its notes from this browser.`;
}

/** Asks before a saved map and its tags and notes are removed from this browser. */
export function DeleteMapDialog({ entry, isOpenMap, onCancel, onConfirm }: DeleteMapDialogProps) {
  return (
    <AlertDialog.Root open={entry !== null} onOpenChange={(open) => (open ? undefined : onCancel())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog confirm-dialog">
          <AlertDialog.Title>Delete “{entry?.name}”?</AlertDialog.Title>
          <AlertDialog.Description>
            {describeLoss(entry)} It cannot be undone: use Export JSON first if you may want it again.
            {isOpenMap ? ' It is the map open now; the most recent other saved map opens in its place.' : ''}
          </AlertDialog.Description>
          <div className="actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">Keep it</button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="button danger-solid" onClick={() => entry && onConfirm(entry)}>Delete map</button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
