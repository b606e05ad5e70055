import type { SampleDocument } from '../store/autosave';
import type { Editor } from '../store/editor';
import { openInputOffThread } from '../features/open-thread/open-off-thread';

const SAMPLE_FILE = 'eggos-unikernel-thread.txt';

/**
 * Reads the sample discussion that ships inside the app (no network needed). Like any other
 * thread it is parsed in the worker; its text is a chunk of its own, fetched only when the sample
 * is wanted. Null when it cannot be read (the error is shown).
 */
export async function readSample(editor: Editor): Promise<SampleDocument | null> {
  const { default: text } = await import('../sample/eggos-unikernel-thread.txt?raw');
  const result = await openInputOffThread(editor, text, { retrievedAt: null, fileName: SAMPLE_FILE });
  if (result.ok) return { document: result.value, warnings: result.warnings };
  editor.actions.showError(result.error);
  return null;
}
