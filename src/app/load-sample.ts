import sampleText from '../sample/eggos-unikernel-thread.txt?raw';
import { openInput } from '../core/document/open-input';
import { openDocument, showError } from '../store/actions';

/** Opens the sample discussion that ships inside the app (no network needed). */
export function loadSample(): void {
  const result = openInput(sampleText, { retrievedAt: null, fileName: 'eggos-unikernel-thread.txt' });
  if (result.ok) openDocument(result.value, result.warnings);
  else showError(result.error);
}
