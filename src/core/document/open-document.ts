import { importError, type Result } from '../result';
import { migrateDocument, migrations, type Migration } from './migrations';
import { CURRENT_VERSION, FORMAT_NAME, type ThreadmapDocument } from './types';
import { validateDocument } from './validate-document';

export interface OpenDocumentOptions {
  /** The migration steps to apply; the built-in list unless a test injects its own. */
  migrations?: readonly Migration[];
  /** The name of the file the map was read from: names its coder when the file does not (version 2 and older). */
  fileName?: string;
}

/**
 * Opens a parsed `threadmap` file: checks the wrapper, refuses files from a newer version,
 * migrates older ones step by step, then validates and restores the document.
 */
export function openDocument(json: unknown, options: OpenDocumentOptions = {}): Result<ThreadmapDocument> {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as Record<string, unknown>).format !== FORMAT_NAME) {
    return importError('notAThreadmapFile', `This is not a Threadmap map: a map file is a JSON object with "format": "${FORMAT_NAME}".`);
  }
  const doc = json as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const found = version === undefined ? 'it has none' : `found ${JSON.stringify(version) ?? String(version)}`;
    return importError('invalidDocument', `This Threadmap file is damaged and cannot be opened: version must be a positive integer (${found}).`);
  }
  if (version > CURRENT_VERSION) {
    return importError(
      'versionTooNew',
      `This map was saved by a newer version of Threadmap (file format version ${version}). This version opens format version ${CURRENT_VERSION} and older; update Threadmap to open it.`,
    );
  }
  if (isNestedDeeperThan(doc, MAX_DEPTH)) {
    return importError('invalidDocument', `This Threadmap file is damaged and cannot be opened: it is nested more than ${MAX_DEPTH.toLocaleString('en-US')} levels deep.`);
  }
  const migrated = migrateDocument(doc, options.migrations ?? migrations, CURRENT_VERSION, options.fileName === undefined ? {} : { fileName: options.fileName });
  if (!migrated.ok) return migrated;
  return validateDocument(migrated.value);
}

/*
 * A map is flat (nodes is a list), so only unknown fields can nest deeply; writing such a field
 * back out with JSON.stringify would overflow the stack, so refuse it on the way in.
 */
const MAX_DEPTH = 1000;

function isNestedDeeperThan(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (depth > limit) return true;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
    } else {
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
      }
    }
  }
  return false;
}
