import { describe, expect, it } from 'vitest';
import { addCoders, migrateDocument, migrations, type Migration, type RawDocument } from './migrations';
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
  it('has one step per version before the current one, in order', () => {
    expect(migrations.map((step) => step.from)).toEqual([1, 2]);
  });

  it('leaves a document of the current version as it is', () => {
    const v3 = { ...v1, version: 3, coder: null };
    const result = migrateDocument(v3);
    expect(result).toEqual({ ok: true, value: v3, warnings: [] });
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
    expect(openDocument({ ...v1, version: 3 }, { migrations: spy }).ok).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('step 1 → 2: coders', () => {
  const tagged: RawDocument = {
    ...v1,
    nodes: [...(v1.nodes as object[]), { id: '14953048', parent: '14952787', text: 'We have closed this thread.' }],
    annotations: { '14953048': { tag: 'con', note: 'n', updatedAt: '2026-11-26T14:01:00.000Z' }, __proto__: { tag: 'pro' } },
  };

  it('up works as expected: the file and every annotation get an unknown (null) coder, nothing else changes', () => {
    const up = addCoders.up(JSON.parse(JSON.stringify(tagged)) as RawDocument, {});
    expect(up.coder).toBeNull();
    expect(up.annotations).toEqual({ '14953048': { tag: 'con', note: 'n', updatedAt: '2026-11-26T14:01:00.000Z', coder: null } });
    expect(up.nodes).toEqual(tagged.nodes);
  });

  it('keeps an annotation keyed "__proto__" as an ordinary entry', () => {
    const raw = JSON.parse('{"annotations":{"__proto__":{"tag":"pro"}}}') as RawDocument;
    const up = addCoders.up(raw, {}) as { annotations: Record<string, unknown> };
    expect(Object.keys(up.annotations)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(up.annotations)).toBe(Object.prototype);
  });

  it('opens a version 1 file as version 3 through both steps, with no warning; its one layer is named "unknown"', () => {
    const result = openDocument(JSON.parse(JSON.stringify({ ...tagged, annotations: { '14953048': { tag: 'con', updatedAt: '2026-11-26T14:01:00.000Z' } } })));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.value).toMatchObject({ version: 3, coder: 'unknown', annotations: { '14953048': { tag: 'con', coder: null } } });
  });
});
