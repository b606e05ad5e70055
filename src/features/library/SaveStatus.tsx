import { formatDateTime } from '../../components/format';
import { useMapStore } from '../../store/map-store';

const LABEL = { starting: '', idle: '', saving: 'Saving…', saved: 'Saved', off: 'Not saved' } as const;

/** A quiet word beside the Maps button: whether the open map is saved in this browser. */
export function SaveStatus() {
  const status = useMapStore((state) => state.save.status);
  const savedAt = useMapStore((state) => state.save.savedAt);
  const readOnly = useMapStore((state) => state.save.readOnly);
  const label = readOnly ? 'Read only' : LABEL[status];
  const title =
    readOnly
      ? 'Another tab is editing this map; this tab shows its changes.'
      : status === 'saved' && savedAt
      ? `Saved in this browser at ${formatDateTime(savedAt)}`
      : status === 'off'
        ? 'Changes to this map are not being saved: see the message above the map.'
        : undefined;
  return (
    <span className={`save-status ${status}`} data-testid="save-status" data-status={readOnly ? 'read-only' : status} title={title}>
      {label}
    </span>
  );
}
