import { openInput, type OpenInputContext } from '../../core/document/open-input';
import { openDocument, setBusy, showError, showNotice } from '../../store/actions';

/** Yields to the browser so a progress message paints before a long parse starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Opens text from a file, a paste or a fetch as the current map. On failure the error is shown
 * and the open map stays exactly as it was.
 */
export async function openText(text: string, context: OpenInputContext, label: string): Promise<boolean> {
  setBusy(`Opening ${label}…`);
  await nextFrame();
  // User Timing marks let the browser benchmark and DevTools show where opening spends its time.
  performance.mark('threadmap:parse-start');
  const result = openInput(text, context);
  performance.measure('threadmap:parse', 'threadmap:parse-start');
  if (!result.ok) {
    showError(result.error);
    return false;
  }
  performance.mark('threadmap:apply-start');
  openDocument(result.value, result.warnings);
  performance.measure('threadmap:apply', 'threadmap:apply-start');
  const count = result.value.nodes.length;
  showNotice(`Opened ${result.value.source.title ? `“${result.value.source.title}”` : label}: ${count} ${count === 1 ? 'node' : 'nodes'}.`);
  return true;
}

/** Reads a file as UTF-8 text (invalid bytes become U+FFFD, which the binary check notices). */
export async function readFileText(file: Blob): Promise<string> {
  const buffer = await file.arrayBuffer();
  return new TextDecoder('utf-8').decode(buffer);
}

export async function openFile(file: File): Promise<boolean> {
  setBusy(`Reading ${file.name}…`);
  const text = await readFileText(file);
  return openText(text, { retrievedAt: null, fileName: file.name }, file.name);
}
