import { combineCoderFiles, type CoderFile, type Combined } from '../core/agreement/combine';
import { checkInputText, DEFAULT_MAX_BYTES } from '../core/document/input-checks';
import { openDocument } from '../core/document/open-document';
import { readInputText } from './read-input';
import type { CliIo } from './run-cli';
import { UsageError } from './usage-error';

/**
 * Reads coders' maps (one file per coder, or files that already hold several coders' layers) and
 * combines them into one map, as `agreement` and `combine` both need. Prints why to stderr and
 * resolves to null when a file cannot be used or the files do not belong together.
 */
export async function openAndCombine(files: readonly string[], io: CliIo, quiet: boolean): Promise<Combined | null> {
  if (files.includes('-')) throw new UsageError('coders\' maps are read from files (the file name can name the coder), not from standard input.');
  const opened: CoderFile[] = [];
  for (const file of files) {
    const map = await openCoderFile(file, io, quiet);
    if (!map) return null;
    opened.push(map);
  }
  const combined = combineCoderFiles(opened);
  if (!combined.ok) {
    io.stderr(`threadmap: ${combined.error.message}\n`);
    return null;
  }
  if (!quiet) for (const warning of combined.warnings) io.stderr(`threadmap: warning: ${warning}\n`);
  return combined.value;
}

/** Reads one coder's map; prints why to stderr and returns null when it cannot be used. */
async function openCoderFile(file: string, io: CliIo, quiet: boolean): Promise<CoderFile | null> {
  const fail = (message: string) => {
    io.stderr(`threadmap: ${file}: ${message}\n`);
    return null;
  };
  const read = await readInputText(file, io);
  if (!read.ok) return fail(read.message);
  const { text } = read;
  const checked = checkInputText(text, DEFAULT_MAX_BYTES);
  if (!checked.ok) return fail(checked.error.message);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('This is not a Threadmap map (it is not JSON): give maps saved by Threadmap, one per coder.');
  }
  const opened = openDocument(json, { fileName: file });
  if (!opened.ok) return fail(opened.error.message);
  if (!quiet) for (const warning of opened.warnings) io.stderr(`threadmap: warning: ${file}: ${warning}\n`);
  return { doc: opened.value, fileName: file };
}
