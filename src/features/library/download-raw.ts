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
export function downloadRaw(record: DamagedRecord): void {
  const url = URL.createObjectURL(new Blob([textOf(record.value)], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `damaged-map-${record.id.slice(0, 8)}.json`;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
