import { importError, ok, type Result } from '../result';
import { CURRENT_VERSION } from './types';

/** A document as read from JSON, before it is validated. */
export type RawDocument = Record<string, unknown>;

/**
 * One numbered step of the file format: turns a document of version `from` into one of version
 * `from + 1`. A step returns a new object and leaves its input alone.
 */
export interface Migration {
  from: number;
  up(doc: RawDocument): RawDocument;
}

/**
 * Every step from the first format version to CURRENT_VERSION, in order. Version 1 is the first,
 * so there is none yet; the step from 1 to 2 goes here together with its test.
 */
export const migrations: readonly Migration[] = [];

/**
 * Brings a document from its own version up to `target` by applying each step in turn. Never
 * throws: a missing step or a step that fails gives 'invalidDocument'.
 */
export function migrateDocument(
  doc: RawDocument,
  steps: readonly Migration[] = migrations,
  target: number = CURRENT_VERSION,
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
      current = { ...step.up(current), version: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return importError('invalidDocument', `This file uses format version ${from} and could not be converted to version ${target} (step from version ${version} failed: ${reason}).`);
    }
  }
  return ok(current);
}
