import { memo, useState } from 'react';
import { formatDateTime } from '../../components/format';
import type { LibraryEntry } from '../../core/document/library';
import { nodeCount, sourceName, taggedCount } from './source-names';
import { IsolatedName, revealBidiControls } from '../../components/bidi';

interface SavedMapRowProps {
  entry: LibraryEntry;
  isOpen: boolean;
  renaming: boolean;
  onOpen: (entry: LibraryEntry) => void;
  onStartRename: (entry: LibraryEntry) => void;
  onRename: (entry: LibraryEntry, name: string) => void;
  onCancelRename: () => void;
  onDelete: (entry: LibraryEntry) => void;
}

function RenameForm({ entry, onRename, onCancel }: { entry: LibraryEntry; onRename: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(entry.name);
  const inputId = `rename-${entry.id}`;
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onRename(name);
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">New name for “{entry.name}”</label>
      <input id={inputId} value={name} onChange={(event) => setName(event.target.value)} autoFocus onFocus={(event) => event.currentTarget.select()} maxLength={200} />
      <button type="submit" className="button primary" disabled={!name.trim()}>Save name</button>
      <button type="button" className="button" onClick={onCancel}>Cancel</button>
    </form>
  );
}

/** One saved map in the library: what it is, and open / rename / delete. */
export const SavedMapRow = memo(function SavedMapRow({ entry, isOpen, renaming, onOpen, onStartRename, onRename, onCancelRename, onDelete }: SavedMapRowProps) {
  return (
    <li className="saved-map" aria-current={isOpen ? 'true' : undefined} data-map-id={entry.id}>
      {renaming ? (
        <RenameForm entry={entry} onRename={(name) => onRename(entry, name)} onCancel={onCancelRename} />
      ) : (
        <>
          <div className="info">
            <IsolatedName className="name" name={entry.name} />
            {isOpen ? <span className="open-badge">Open now</span> : null}
            <span className="meta">
              {sourceName(entry.sourceKind)} · {nodeCount(entry.nodeCount)} · {taggedCount(entry.taggedCount)} · saved <time dateTime={entry.savedAt}>{formatDateTime(entry.savedAt)}</time>
            </span>
          </div>
          <div className="row-actions">
            <button type="button" className="button primary" disabled={isOpen} aria-label={`Open “${revealBidiControls(entry.name)}”`} onClick={() => onOpen(entry)}>Open</button>
            <button type="button" className="button" aria-label={`Rename “${revealBidiControls(entry.name)}”`} onClick={() => onStartRename(entry)}>Rename</button>
            <button type="button" className="button danger" aria-label={`Delete “${revealBidiControls(entry.name)}”`} onClick={() => onDelete(entry)}>Delete</button>
          </div>
        </>
      )}
    </li>
  );
});
