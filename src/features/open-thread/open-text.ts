import { resourceKey, type Editor } from '../../store/editor';
import { decodeInput } from '../../core/document/decode-input';
import type { OpenInputContext } from '../../core/document/open-input';
import { openInputOffThread } from './open-off-thread';
import { yieldToBrowser } from '../../components/yield-to-browser';

/** Counts the editor's opens, so that one started later wins over an earlier one that finishes after it. */
const OPENS = resourceKey<{ count: number }>('opens');

/**
 * Opens text from a file, a paste or a fetch as the current map. The text is read in a Web Worker
 * while the page shows progress. On failure the error is shown and the open map stays exactly as
 * it was.
 */
export async function openText(editor: Editor, text: string, context: OpenInputContext, label: string): Promise<boolean> {
  const { openDocument, setBusy, showError, showNotice } = editor.actions;
  const opens = editor.resource(OPENS, () => ({ count: 0 }));
  const open = ++opens.count;
  const isLatest = () => opens.count === open;
  setBusy(`Opening ${label}…`);
  await yieldToBrowser();
  // User Timing marks let the browser benchmark and DevTools show where opening spends its time.
  performance.mark('threadmap:parse-start');
  const result = await openInputOffThread(editor, text, context, (stage) => {
    if (isLatest()) setBusy(`Opening ${label}: ${stage}…`);
  });
  performance.measure('threadmap:parse', 'threadmap:parse-start');
  if (!isLatest()) return false;
  if (!result.ok) {
    showError(result.error);
    return false;
  }
  const count = result.value.nodes.length;
  setBusy(`Opening ${label}: drawing ${count.toLocaleString('en-US')} ${count === 1 ? 'card' : 'cards'}…`);
  await yieldToBrowser();
  if (!isLatest()) return false;
  performance.mark('threadmap:apply-start');
  openDocument(result.value, result.warnings);
  performance.measure('threadmap:apply', 'threadmap:apply-start');
  // Counted as the summary and the sub-debates count them: comments, not stubs or the post.
  const comments = result.value.nodes.reduce((sum, node) => sum + (node.kind === 'comment' ? 1 : 0), 0);
  showNotice(`Opened ${result.value.source.title ? `“${result.value.source.title}”` : label}: ${comments.toLocaleString('en-US')} ${comments === 1 ? 'comment' : 'comments'}.`);
  return true;
}

/**
 * Reads a file as text: UTF-16 when its byte order mark says so, UTF-8 otherwise, with a warning
 * when bytes had to be replaced (many replaced bytes make the binary check refuse the file).
 */
export async function readFileText(file: Blob): Promise<{ text: string; warnings: string[] }> {
  return decodeInput(new Uint8Array(await file.arrayBuffer()));
}

export async function openFile(editor: Editor, file: File): Promise<boolean> {
  editor.actions.setBusy(`Reading ${file.name}…`);
  const { text, warnings } = await readFileText(file);
  return openText(editor, text, { retrievedAt: null, fileName: file.name, decodingWarnings: warnings }, file.name);
}
