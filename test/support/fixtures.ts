import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openInput } from '../../src/core/document/open-input';
import type { ThreadmapDocument } from '../../src/core/document/types';

/** The text of a recorded thread in test/fixtures. */
export function readFixture(name: string): string {
  // From the project root: under jsdom, import.meta.url is not a file URL.
  return readFileSync(path.resolve(process.cwd(), 'test/fixtures', name), 'utf8');
}

/** A recorded thread opened through the same pipeline as the app. */
export function openFixture(name: string): ThreadmapDocument {
  const result = openInput(readFixture(name), { retrievedAt: null, fileName: name, now: '2026-11-26T14:00:00.000Z' });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}
