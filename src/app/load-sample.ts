import type { SampleDocument } from '../store/autosave';
import { showError } from '../store/actions';
import { openInputOffThread } from '../features/open-thread/open-off-thread';

const SAMPLE_FILE = 'eggos-unikernel-thread.txt';

/**
 * Reads the sample discussion that ships inside the app (no network needed). Like any other
 * thread it is parsed in the worker; its text is a chunk of its own, fetched only when the sample
 * is wanted. Null when it cannot be read (the error is shown).
 */
export async function readSample(): Promise<SampleDocument | null> {
  const { default: text } = await import('../sample/eggos-unikernel-thread.txt?raw');
  const result = await openInputOffThread(text, { retrievedAt: null, fileName: SAMPLE_FILE });
  if (result.ok) return { document: result.value, warnings: result.warnings };
  showError(result.error);
  return null;
}
