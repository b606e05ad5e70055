import { readFile, stat, writeFile } from 'node:fs/promises';
import type { CliIo } from './run-cli';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The CLI's view of the real file system and terminal. */
export const nodeIo: CliIo = {
  fileSize: async (path) => {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return info.size;
  },
  readFile: (path) => (path === '-' ? readStdin() : readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date().toISOString(),
};
