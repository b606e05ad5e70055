import { describe, expect, it } from 'vitest';
import { fixtureText } from '../agreement/testing/coder-files';
import { coderLayer } from './migrations';
import { coderLayers, mainAnnotations, soleCoderName } from './coder-layers';
import { RUMOUREVAL_CODEBOOK } from './codebook';
import { openDocument } from './open-document';
import type { ThreadmapDocument } from './types';

const V1 = 'threadmap-v1_lobsters-tdfoqh_tagged.json';
const V2 = 'threadmap-v2_lobsters-tdfoqh_tagged-by-ben.json';

function open(name: string, fileName?: string): ThreadmapDocument {
  const result = openDocument(JSON.parse(fixtureText(name)), fileName === undefined ? {} : { fileName });
  if (!result.ok) throw new Error(result.error.message);
  expect(result.warnings).toEqual([]);
  return result.value;
}

describe('step 2 → 3: the one coder\'s layer', () => {
  it('names the layer of a recorded version 2 file after the coder its annotations record', () => {
    const raw = JSON.parse(fixtureText(V2)) as { coder: null; annotations: Record<string, { coder: string }> };
    expect(raw.coder).toBeNull();
    const doc = open(V2, 'ben.json');
    expect(doc.version).toBe(3);
    expect(doc.coder).toBe('Ben Okafor');
    expect(doc.layers).toBeUndefined();
    expect(coderLayers(doc)).toEqual([{ coder: 'Ben Okafor', annotations: doc.annotations }]);
    expect(Object.keys(doc.annotations)).toEqual(Object.keys(raw.annotations));
  });

  it('names the layer of a recorded version 1 file (no coder anywhere) after its file name, else "unknown"', () => {
    expect(open(V1, 'data/ana-lima.json').coder).toBe('ana-lima');
    expect(open(V1).coder).toBe('unknown');
    const untouched = open(V1, 'ana.json');
    expect(Object.values(untouched.annotations).every((annotation) => annotation.coder === null)).toBe(true);
  });

  it('up works as expected: a file without annotations keeps its coder; one with a coder keeps that name', () => {
    expect(coderLayer.up({ version: 2, coder: null, annotations: {} }, { fileName: 'x.json' })).toEqual({ version: 2, coder: null, annotations: {} });
    expect(coderLayer.up({ version: 2, coder: 'Ana', annotations: { a: { coder: 'Ben' } } }, { fileName: 'x.json' }).coder).toBe('Ana');
    expect(soleCoderName({ coder: null, annotations: { a: { coder: 'Ben' }, b: { coder: 'Cy' }, c: { coder: 'Cy' } } })).toBe('Cy');
  });
});

describe('the main annotations of a map', () => {
  const doc = open(V2, 'ben.json');
  const [first, second] = Object.keys(doc.annotations);

  it('are the only layer\'s when a map has one coder', () => {
    expect(mainAnnotations(doc)).toEqual(doc.annotations);
  });

  it('are none, with two coders and no decision; the gold where decided', () => {
    const two: ThreadmapDocument = { ...doc, layers: [{ coder: 'Ben', annotations: doc.annotations }, { coder: 'Ana', annotations: {} }] };
    expect(mainAnnotations(two)).toEqual({});
    const decided: ThreadmapDocument = { ...two, gold: { [first!]: { category: 'con', note: 'Attacks the premise.', decidedBy: 'Cy', decidedAt: '2026-12-01T10:00:00.000Z', coderTags: { Ben: 'pro', Ana: null } } } };
    expect(mainAnnotations(decided)).toEqual({ [first!]: { tag: 'con', note: 'Attacks the premise.', coder: 'Cy', updatedAt: '2026-12-01T10:00:00.000Z' } });
  });

  it('carry a codebook category as its tag when it counts as one, and as `category` when it does not', () => {
    const gold = (category: string) => ({ category, decidedBy: 'Cy', decidedAt: '2026-12-01T10:00:00.000Z', coderTags: {} });
    const rumour: ThreadmapDocument = { ...doc, codebook: RUMOUREVAL_CODEBOOK, layers: coderLayers(doc), gold: { [first!]: gold('deny'), [second!]: gold('comment') } };
    const main = mainAnnotations(rumour);
    expect(main[first!]).toMatchObject({ tag: 'con', category: 'deny' });
    expect(main[second!]).toEqual({ category: 'comment', coder: 'Cy', updatedAt: '2026-12-01T10:00:00.000Z' });
  });
});
