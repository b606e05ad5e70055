import { describe, expect, it } from 'vitest';
import { migrateDocument, migrations, type Migration, type RawDocument } from './migrations';
import { openDocument } from './open-document';

/** Version 1 stores `source.kind`; pretend version 2 renamed it `source.site` and 3 added `tags`. */
const steps: Migration[] = [
  {
    from: 2,
    up: (doc) => ({ ...doc, tags: [] }),
  },
  {
    from: 1,
    up: (doc) => {
      const { kind, ...source } = doc.source as Record<string, unknown>;
      return { ...doc, source: { ...source, site: kind } };
    },
  },
];

const v1: RawDocument = {
  format: 'threadmap',
  version: 1,
  source: { kind: 'hn', url: null, title: null, retrievedAt: null },
  nodes: [{ id: '14952787', parent: null, text: 'Google Fires Employee Behind Controversial Diversity Memo' }],
};

describe('migrateDocument', () => {
  it('has no step yet, because version 1 is the first format version', () => {
    expect(migrations).toEqual([]);
  });

  it('leaves a document of the current version as it is', () => {
    const result = migrateDocument(v1);
    expect(result).toEqual({ ok: true, value: v1, warnings: [] });
  });

  it('applies each step in version order, whatever order the list is in, and sets the version', () => {
    const result = migrateDocument(v1, steps, 3);
    expect(result.ok && result.value).toEqual({
      ...v1,
      version: 3,
      source: { url: null, title: null, retrievedAt: null, site: 'hn' },
      tags: [],
    });
  });

  it('starts from the file\'s own version', () => {
    const result = migrateDocument({ ...v1, version: 2 }, steps, 3);
    expect(result.ok && result.value).toEqual({ ...v1, version: 3, tags: [] });
  });

  it('leaves the input document untouched', () => {
    const input = structuredClone(v1);
    migrateDocument(input, steps, 3);
    expect(input).toEqual(v1);
  });

  it('refuses to skip a version when a step is missing', () => {
    const result = migrateDocument(v1, [steps[0]!], 3);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual({
      kind: 'invalidDocument',
      message: 'This file uses format version 1, which this version of Threadmap cannot convert (no step from version 1 to 2).',
    });
  });

  it('turns a step that throws into a named error instead of throwing', () => {
    const broken: Migration[] = [{ from: 1, up: () => { throw new Error('source is not an object'); } }];
    const result = migrateDocument(v1, broken, 2);
    expect(!result.ok && result.error.kind).toBe('invalidDocument');
    expect(!result.ok && result.error.message).toContain('step from version 1 failed: source is not an object');
  });

  it('runs no step when openDocument opens a file of the current version', () => {
    const seen: number[] = [];
    const spy: Migration[] = [{ from: 1, up: (doc) => { seen.push(doc.version as number); return doc; } }];
    expect(openDocument(v1, { migrations: spy }).ok).toBe(true);
    expect(seen).toEqual([]);
  });
});
