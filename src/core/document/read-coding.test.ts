import { describe, expect, it } from 'vitest';
import { openDocument } from './open-document';

const base = {
  format: 'threadmap',
  version: 3,
  source: { kind: 'text', url: null, title: null, retrievedAt: null },
  nodes: [
    { id: 'p', parent: null, kind: 'post', text: 'Post' },
    { id: 'a', parent: 'p', text: 'Reply' },
  ],
  annotations: {},
};
const T = '2026-12-01T10:00:00.000Z';

describe('reading the coding fields of a version 3 file', () => {
  it('keeps layers, codebook and gold as written', () => {
    const file = {
      ...base,
      layers: [{ coder: 'Ana', annotations: { a: { tag: 'pro', updatedAt: T, coder: 'Ana' } } }, { coder: 'Ben', annotations: { a: { category: 'comment', updatedAt: T, coder: 'Ben' } } }],
      codebook: { scheme: 'rumoureval', categories: [{ id: 'support', label: 'Support', tag: 'pro' }, { id: 'comment', label: 'Comment' }] },
      gold: { a: { category: 'support', decidedBy: 'Dee', decidedAt: T, coderTags: { Ana: 'pro', Ben: 'comment' } } },
    };
    const result = openDocument(file);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.value.layers![1]!.annotations.a).toEqual({ category: 'comment', updatedAt: T, coder: 'Ben' });
    expect(result.ok && result.value.codebook!.categories[1]).toEqual({ id: 'comment', label: 'Comment', definition: '', example: '', key: '' });
    expect(result.ok && result.value.gold!.a!.decidedBy).toBe('Dee');
  });

  it('repairs what it can and reports it: a repeated coder renamed, a bad codebook and gold on unknown nodes dropped', () => {
    const file = {
      ...base,
      layers: [{ coder: 'Ana', annotations: { a: { tag: 'pro', updatedAt: T } } }, { coder: 'Ana', annotations: { gone: { tag: 'con', updatedAt: T } } }, 'junk'],
      codebook: { scheme: 'x', categories: [] },
      gold: { gone: { category: 'pro', decidedBy: null, decidedAt: T, coderTags: {} }, a: { category: 5 } },
    };
    const result = openDocument(file);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ana (2)']);
    expect(result.value.layers![1]!.annotations).toEqual({});
    expect(result.value.codebook).toBeUndefined();
    expect(result.value.gold).toEqual({});
    expect(result.warnings).toEqual([
      'layers[1].coder "Ana" names an earlier layer\'s coder too; it was renamed "Ana (2)".',
      'layers[2] is not a coder\'s layer ({ coder, annotations }); such layers were dropped.',
      'codebook.categories has too few entries; the default codebook (pro, con, question) is used.',
      'gold.a.category must be a string (found 5); such answers were dropped.',
      'layer "Ana (2)": annotations["gone"] is for a node that is not in the map; such annotations were dropped.',
      'gold["gone"] is for a node that is not in the map; such answers were dropped.',
    ]);
  });
});
