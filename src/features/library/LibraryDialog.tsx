import { useCallback, useEffect, useState } from 'react';
import { Dialog } from 'radix-ui';
import type { LibraryEntry } from '../../core/document/library';
import { useAutosave } from '../../store/autosave';
import { deleteSavedMap, listSavedMaps, openSavedMap, renameSavedMap, type LibraryListing } from '../../store/autosave/library-actions';
import { DamagedList } from './DamagedList';
import { DeleteMapDialog } from './DeleteMapDialog';
import { SavedMapRow } from './SavedMapRow';
import { defaultMapName } from '../../core/document/library';
import { useMapStore } from '../../store/map-store';
import { documentOf } from '../../store/selectors';
import { IsolatedName } from '../../components/bidi';
import { nodeCount, sourceName } from './source-names';
import './library.css';

type Listing = { state: 'loading' } | { state: 'ready'; listing: LibraryListing } | { state: 'unavailable' };

/** Reloads the list whenever the library changes, here or in another tab. */
function useListing(open: boolean): Listing {
  const version = useMapStore((state) => state.save.libraryVersion);
  const autosave = useAutosave();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  useEffect(() => {
    if (!open) return;
    let current = true;
    listSavedMaps(autosave?.session()).then(
      (result) => current && setListing(result ? { state: 'ready', listing: result } : { state: 'unavailable' }),
      () => current && setListing({ state: 'unavailable' }),
    );
    return () => {
      current = false;
    };
  }, [open, version, autosave]);
  return listing;
}

/**
 * The open map while it is not in the library yet (the sample as shipped, a thread just opened):
 * listed too, so the list always shows what is open.
 */
function UnsavedOpenMap() {
  const name = useMapStore((state) => {
    const document = documentOf(state, '', '');
    return document ? defaultMapName(document) : null;
  });
  const kind = useMapStore((state) => state.source?.kind ?? '');
  const cards = useMapStore((state) => state.nodes.length);
  if (name === null) return null;
  return (
    <li className="saved-map" aria-current="true" data-testid="unsaved-open-map">
      <div className="info">
        <IsolatedName className="name" name={name} />
        <span className="open-badge">Open now</span>
        <span className="meta">{sourceName(kind)} · {nodeCount(cards)} · not saved yet: saved as soon as you tag, note or edit it</span>
      </div>
    </li>
  );
}

interface LibraryDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Saved maps: open one, rename, delete (after asking), or start again from the sample. */
export function LibraryDialog({ open, onOpenChange }: LibraryDialogProps) {
  const listing = useListing(open);
  const openMapId = useMapStore((state) => state.save.mapId);
  const problem = useMapStore((state) => state.save.problem);
  const autosave = useAutosave();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);

  const onOpen = useCallback(
    (entry: LibraryEntry) => {
      void openSavedMap(autosave?.session(), entry.id, entry.name).then((opened) => opened && onOpenChange(false));
    },
    [onOpenChange, autosave],
  );
  const onStartRename = useCallback((entry: LibraryEntry) => setRenaming(entry.id), []);
  const onCancelRename = useCallback(() => setRenaming(null), []);
  const onRename = useCallback((entry: LibraryEntry, name: string) => {
    void renameSavedMap(autosave?.session(), entry.id, name).then(() => setRenaming(null));
  }, [autosave]);

  const entries = listing.state === 'ready' ? listing.listing.entries : [];
  const openIsListed = entries.some((entry) => entry.id === openMapId);
  const showUnsaved = listing.state === 'ready' && !openIsListed;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog library-dialog"
          onEscapeKeyDown={(event) => {
            // Esc in the rename field leaves renaming, not the whole dialog.
            if (renaming) {
              event.preventDefault();
              setRenaming(null);
            }
          }}
        >
          <Dialog.Title>Saved maps</Dialog.Title>
          <Dialog.Description>
            Maps are saved in this browser as you work, with their tags, notes and undo history. Nothing leaves this computer.
          </Dialog.Description>
          {listing.state === 'loading' ? <p role="status">Reading saved maps…</p> : null}
          {listing.state === 'unavailable' ? (
            <p className="library-unavailable">No maps can be saved in this browser right now. {problem?.message ?? ''}</p>
          ) : null}
          {listing.state === 'ready' && entries.length === 0 ? <p>No saved maps yet: tag a card or open a thread and it is saved here.</p> : null}
          {entries.length > 0 || showUnsaved ? (
            <ul className="saved-maps" aria-label="Saved maps">
              {showUnsaved ? <UnsavedOpenMap /> : null}
              {entries.map((entry) => (
                <SavedMapRow
                  key={entry.id}
                  entry={entry}
                  isOpen={entry.id === openMapId}
                  renaming={renaming === entry.id}
                  onOpen={onOpen}
                  onStartRename={onStartRename}
                  onRename={onRename}
                  onCancelRename={onCancelRename}
                  onDelete={setDeleting}
                />
              ))}
            </ul>
          ) : null}
          {listing.state === 'ready' ? <DamagedList records={listing.listing.damaged} /> : null}
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                // Saved at once, so it is listed as a map of its own.
                void autosave?.session()?.openSample(true);
                onOpenChange(false);
              }}
            >
              New from sample
            </button>
            <Dialog.Close asChild>
              <button type="button" className="button">Close</button>
            </Dialog.Close>
          </div>
          <DeleteMapDialog
            entry={deleting}
            isOpenMap={deleting?.id === openMapId}
            onCancel={() => setDeleting(null)}
            onConfirm={(entry) => {
              setDeleting(null);
              void deleteSavedMap(autosave?.session(), entry.id);
            }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
