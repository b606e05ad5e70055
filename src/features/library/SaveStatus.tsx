import { formatDateTime } from '../../components/format';
import { useAutosaveStore } from '../../store/autosave';

const LABEL = { starting: '', idle: '', pending: 'Saving…', saving: 'Saving…', saved: 'Saved', off: 'Not saved' } as const;

/** A quiet word beside the Maps button: whether the open map is saved in this browser. */
export function SaveStatus() {
  const status = useAutosaveStore((state) => state.status);
  const savedAt = useAutosaveStore((state) => state.savedAt);
  const label = LABEL[status];
  const title =
    status === 'saved' && savedAt
      ? `Saved in this browser at ${formatDateTime(savedAt)}`
      : status === 'off'
        ? 'Changes to this map are not being saved: see the message above the map.'
        : undefined;
  return (
    <span className={`save-status ${status}`} data-testid="save-status" data-status={status} title={title}>
      {label}
    </span>
  );
}
