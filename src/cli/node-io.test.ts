import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAtMost, readRegularFile } from './node-io';

const folder = mkdtempSync(path.join(tmpdir(), 'threadmap-cli-'));

describe('reading an input file for the CLI', () => {
  it('refuses devices, directories and named pipes without reading from them', async () => {
    expect(await readRegularFile('/dev/zero', 1000)).toEqual({ kind: 'notAFile', what: 'a device' });
    expect(await readRegularFile(folder, 1000)).toEqual({ kind: 'notAFile', what: 'a directory' });
    const fifo = path.join(folder, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Opening a FIFO for reading waits for a writer unless it is opened without blocking.
    expect(await readRegularFile(fifo, 1000)).toEqual({ kind: 'notAFile', what: 'a named pipe' });
  });

  it('reads a regular file up to the limit and refuses one past it by its size', async () => {
    const file = path.join(folder, 'thread.txt');
    writeFileSync(file, 'x'.repeat(1001));
    expect(await readRegularFile(file, 1001)).toEqual({ kind: 'bytes', bytes: Buffer.from('x'.repeat(1001)) });
    expect(await readRegularFile(file, 1000)).toEqual({ kind: 'tooLarge', knownSize: 1001 });
  });

  it('stops reading an endless stream at the limit', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(4096);
      }
    }
    expect(await readAtMost(endless(), 100_000)).toEqual({ kind: 'tooLarge', knownSize: null });
    expect(pulled).toBe(Math.ceil(100_001 / 4096));
  });

  it('reads a stream that ends within the limit whole', async () => {
    async function* twoChunks() {
      yield new TextEncoder().encode('{"a":');
      yield new TextEncoder().encode('1}');
    }
    expect(await readAtMost(twoChunks(), 7)).toEqual({ kind: 'bytes', bytes: Buffer.from('{"a":1}') });
  });
});
