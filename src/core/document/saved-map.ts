import { importError, type Result } from '../result';
import { openDocument } from './open-document';
import type { ThreadmapDocument } from './types';

// Apart from library.ts: the page loads these checks (zod and the migrations) only when it first
// reads a saved map, while the library's bookkeeping ships with the page.

/**
 * Opens a stored document through the same checks and migrations as a file; anything that is
 * not a readable map is an error whose message says why, so the entry can be set aside.
 */
export function readSavedMap(raw: unknown): Result<ThreadmapDocument> {
  if (raw === undefined) return importError('invalidDocument', 'Its saved content is missing.');
  try {
    const opened = openDocument(raw);
    return opened.ok ? opened : importError(opened.error.kind, `Its saved content cannot be opened: ${opened.error.message}`);
  } catch (error) {
    return importError('invalidDocument', `Its saved content cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}
