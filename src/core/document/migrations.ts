import { importError, ok, type Result } from '../result';
import { soleCoderName } from './coder-layers';
import { CURRENT_VERSION } from './types';

/** A document as read from JSON, before it is validated. */
export type RawDocument = Record<string, unknown>;

/**
 * One numbered step of the file format: turns a document of version `from` into one of version
 * `from + 1`. A step returns a new object and leaves its input alone.
 */
export interface Migration {
  from: number;
  up(doc: RawDocument, context: MigrationContext): RawDocument;
}

/** What a step may know besides the document: the name of the file it was read from, when any. */
export interface MigrationContext {
  fileName?: string;
}

function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 1 → 2: version 2 records who coded (a top-level `coder`, a `coder` on each annotation),
 * moves (`moved`, `originalParent` on nodes) and tags to re-check (`recheck`). A version 1 file
 * knew none of this: its coder is unknown (null) and nothing in it was marked as moved, so only
 * the coder fields are added. Entries that are not objects are left for validation to report.
 */
export const addCoders: Migration = {
  from: 1,
  up(doc) {
    const annotations = doc.annotations;
    const next: RawDocument = { ...doc, coder: null };
    if (isRecord(annotations)) {
      const out: RawDocument = {};
      for (const id of Object.keys(annotations)) {
        const entry = annotations[id];
        // defineProperty, not assignment, so an id such as "__proto__" stays an ordinary entry.
        Object.defineProperty(out, id, { value: isRecord(entry) ? { ...entry, coder: null } : entry, enumerable: true, writable: true, configurable: true });
      }
      next.annotations = out;
    }
    return next;
  },
};

/**
 * Version 2 → 3: version 3 holds one layer of annotations per coder, a codebook and gold answers.
 * A version 2 file is one coder's work, so its annotations become that coder's one layer, which a
 * one-coder map keeps in `annotations` (no `layers` list: see coder-layers.ts). The layer is named
 * by the file's `coder`, else the coder most of its annotations record, else the file name without
 * its extension, else "unknown"; that name becomes the file's `coder`. A file without annotations
 * has no layer to name and keeps its coder as it was. No codebook means the default pro/con/question,
 * which is what version 2 tags are.
 */
export const coderLayer: Migration = {
  from: 2,
  up(doc, context) {
    const annotations = doc.annotations;
    const hasLayer = isRecord(annotations) && Object.keys(annotations).length > 0;
    if (!hasLayer) return { ...doc };
    return { ...doc, coder: soleCoderName({ coder: typeof doc.coder === 'string' ? doc.coder : null, annotations }, context.fileName) };
  },
};

/** Every step from the first format version to CURRENT_VERSION, in order, each with its test. */
export const migrations: readonly Migration[] = [addCoders, coderLayer];

/**
 * Brings a document from its own version up to `target` by applying each step in turn. Never
 * throws: a missing step or a step that fails gives 'invalidDocument'.
 */
export function migrateDocument(
  doc: RawDocument,
  steps: readonly Migration[] = migrations,
  target: number = CURRENT_VERSION,
  context: MigrationContext = {},
): Result<RawDocument> {
  const from = doc.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return importError('invalidDocument', `This Threadmap file is damaged and cannot be opened: version must be a positive integer (found ${JSON.stringify(from) ?? 'nothing'}).`);
  }
  let current = doc;
  for (let version = from; version < target; version++) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) {
      return importError('invalidDocument', `This file uses format version ${from}, which this version of Threadmap cannot convert (no step from version ${version} to ${version + 1}).`);
    }
    try {
      current = { ...step.up(current, context), version: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return importError('invalidDocument', `This file uses format version ${from} and could not be converted to version ${target} (step from version ${version} failed: ${reason}).`);
    }
  }
  return ok(current);
}
