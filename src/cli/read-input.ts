import { decodeInput } from '../core/document/decode-input';
import { DEFAULT_MAX_BYTES, formatBytes, tooLargeError } from '../core/document/input-checks';
import type { CliIo, InputRead } from './run-cli';

export type InputText = { ok: true; text: string; warnings: string[] } | { ok: false; message: string };

/**
 * Reads a file (or standard input for "-") within the size limit and decodes it; every command
 * reads its inputs through here, so the limits and the sentences are the same for all of them.
 */
export async function readInputText(file: string, io: CliIo): Promise<InputText> {
  let read: InputRead;
  try {
    read = await io.readInput(file, DEFAULT_MAX_BYTES);
  } catch (error) {
    return { ok: false, message: `The file could not be read (${describeFsError(error)}).` };
  }
  if (read.kind === 'notAFile') {
    return { ok: false, message: `This is ${read.what}, not a file; Threadmap reads regular files, or standard input with "-".` };
  }
  if (read.kind === 'tooLarge') {
    const tooLarge = read.knownSize === null ? null : tooLargeError(read.knownSize, DEFAULT_MAX_BYTES);
    const sentence = tooLarge && !tooLarge.ok ? tooLarge.error.message : `The input is larger than the ${formatBytes(DEFAULT_MAX_BYTES)} Threadmap opens; reading stopped there. Open a smaller export of the thread.`;
    return { ok: false, message: sentence };
  }
  const { text, warnings } = decodeInput(read.bytes);
  return { ok: true, text, warnings };
}

const fsErrors: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder in the path is not a folder',
};

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(fsErrors, code)) return fsErrors[code]!;
  return error instanceof Error ? error.message : String(error);
}
