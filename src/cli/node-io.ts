import { constants, type Stats } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import type { CliIo, InputRead } from './run-cli';

const CHUNK = 1024 * 1024;

/**
 * Reads a stream into memory, but never more than one byte past `maxBytes`: standard input may be
 * /dev/zero or a pipe that never ends, and the size of neither is known before reading.
 */
export async function readAtMost(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<InputRead> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of stream) {
    received += chunk.byteLength;
    if (received > maxBytes) return { kind: 'tooLarge', knownSize: null };
    chunks.push(chunk);
  }
  return { kind: 'bytes', bytes: Buffer.concat(chunks) };
}

function describeNonRegular(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file of at most `maxBytes`. Opened without blocking, so that naming a FIFO does
 * not wait for a writer, and checked after opening, so that what is read is what was checked.
 * A file that grows while it is read is still cut off at the limit.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<InputRead> {
  // O_NONBLOCK does not exist on Windows, where opening a file never waits anyway.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'notAFile', what: describeNonRegular(info) };
    if (info.size > maxBytes) return { kind: 'tooLarge', knownSize: info.size };
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - received));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      received += bytesRead;
      if (received > maxBytes) return { kind: 'tooLarge', knownSize: null };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { kind: 'bytes', bytes: Buffer.concat(chunks) };
  } finally {
    await handle.close();
  }
}

/** The CLI's view of the real file system and terminal. */
export const nodeIo: CliIo = {
  readInput: (path, maxBytes) => (path === '-' ? readAtMost(process.stdin, maxBytes) : readRegularFile(path, maxBytes)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date().toISOString(),
};
