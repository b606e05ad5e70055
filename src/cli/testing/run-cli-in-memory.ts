import { readRegularFile } from '../node-io';
import { runCli, type CliIo } from '../run-cli';

/**
 * Runs the CLI as a test would: files named in `files` are read from memory (and written there),
 * every other path from disk through the real bounded reader; the clock is fixed.
 */
export async function runCliInMemory(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readInput: async (path, maxBytes) =>
      Object.hasOwn(files, path) ? { kind: 'bytes', bytes: new TextEncoder().encode(files[path]!) } : readRegularFile(path, maxBytes),
    writeFile: async (path, text) => void (files[path] = text),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    now: () => '2026-11-26T14:00:00.000Z',
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join(''), files };
}
