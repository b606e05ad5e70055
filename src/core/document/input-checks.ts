import { importError, ok, type Result } from '../result';

/** The largest input openInput accepts unless told otherwise: 100 MB. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** "100 MB", "1.5 MB", "12 KB", "512 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimNumber(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** The 'tooLarge' error, shared with callers that know a file's size before reading it. */
export function tooLargeError(bytes: number, maxBytes: number, what: InputNoun = 'The file'): Result<never> {
  return importError('tooLarge', `${what} is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} Threadmap opens. Open a smaller export of the thread.`);
}

/** UTF-8 size of a string, counting no further than `stopAbove` (so a huge input costs little). */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const SAMPLE_LENGTH = 1024;

/** True when the text is really binary data decoded as text (an image, archive, PDF, …). */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, SAMPLE_LENGTH);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are ordinary in text; other controls are not.
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
    if (control || code === 0xfffd) odd++;
  }
  // A few replacement characters happen in text saved in another encoding; binary has many.
  return odd >= 3 && odd > sample.length * 0.1;
}

/** How messages name the input: a file, pasted text, a page fetched from a URL, or standard input. */
export type InputNoun = 'The file' | 'The pasted text' | 'The page' | 'The input';

/** Refuses input that is too large, empty or binary, before anything tries to parse it. */
export function checkInputText(text: string, maxBytes: number, what: InputNoun = 'The file'): Result<null> {
  if (text.length > maxBytes / 3) {
    const bytes = utf8Length(text, maxBytes);
    if (bytes > maxBytes) return tooLargeError(utf8Length(text), maxBytes, what);
  }
  if (!/\S/.test(text)) return importError('empty', `${what} is empty.`);
  if (looksBinary(text)) {
    return importError('binary', `${what} is not text: it looks like binary data (an image, an archive or a document). Threadmap opens threads saved as JSON or plain text.`);
  }
  return ok(null);
}
