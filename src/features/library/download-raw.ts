import { downloadText } from '../../components/download';
import type { DamagedRecord } from '../../store/autosave/map-storage';

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Hands what was stored for a damaged map to the browser as a file, for a person to look at. */
export const downloadRaw = (record: DamagedRecord): void => downloadText(textOf(record.value), `damaged-map-${record.id.slice(0, 8)}.json`, 'application/json');
