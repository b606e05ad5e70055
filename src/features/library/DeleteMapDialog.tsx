import { AlertDialog } from 'radix-ui';
import type { LibraryEntry } from '../../core/document/library';

interface DeleteMapDialogProps {
  entry: LibraryEntry | null;
  isOpenMap: boolean;
  onCancel: () => void;
  onConfirm: (entry: LibraryEntry) => void;
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
            This removes the map with its {entry?.taggedCount ?? 0} tags and its notes from this browser. It cannot be undone: use Export JSON first if you may want it again.
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
