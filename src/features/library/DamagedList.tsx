import { formatDateTime } from '../../components/format';
import type { DamagedRecord } from '../../store/autosave/map-storage';
import { deleteDamagedMap } from '../../store/autosave/library-actions';
import { useAutosave } from '../../store/autosave';
import { downloadRaw } from './download-raw';

/** Saved maps that could not be read: kept aside so they can be downloaded and looked at, or deleted. */
export function DamagedList({ records }: { records: DamagedRecord[] }) {
  const autosave = useAutosave();
  if (records.length === 0) return null;
  return (
    <section className="damaged-maps" aria-labelledby="damaged-maps-title">
      <h3 id="damaged-maps-title">Set aside: could not be read</h3>
      <ul>
        {records.map((record) => (
          <li key={record.id} className="saved-map damaged">
            <div className="info">
              <span className="name">{record.name}</span>
              <span className="meta">{record.reason} Found {formatDateTime(record.foundAt)}.</span>
            </div>
            <div className="row-actions">
              <button type="button" className="button" aria-label={`Download what was stored for “${record.name}”`} onClick={() => downloadRaw(record)}>Download</button>
              <button type="button" className="button danger" aria-label={`Delete the damaged “${record.name}”`} onClick={() => void deleteDamagedMap(autosave?.session(), record.id)}>Delete</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
