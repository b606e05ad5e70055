import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMA_PATH, threadmapJsonSchema } from './json-schema';
import { CURRENT_VERSION } from './types';

describe('the published JSON Schema of the current version', () => {
  it('is exactly the one generated from the zod schema (regenerate: npx tsx scripts/write-json-schema.ts)', () => {
    const published = readFileSync(new URL(`../../../${PUBLISHED_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(published).toBe(`${JSON.stringify(threadmapJsonSchema(), null, 2)}\n`);
  });

  it('sits next to the version 1 and 2 schemas, which stay published for files written as those versions', () => {
    expect(PUBLISHED_SCHEMA_PATH).toBe(`public/schema/threadmap-v${CURRENT_VERSION}.schema.json`);
    for (const version of [1, 2]) {
      const older = JSON.parse(readFileSync(new URL(`../../../public/schema/threadmap-v${version}.schema.json`, import.meta.url), 'utf8')) as { properties: { version: { const: number }; layers?: unknown } };
      expect(older.properties.version.const).toBe(version);
      expect(older.properties.layers).toBeUndefined();
    }
  });

  it('describes the version 3 coding fields: layers, codebook, gold and the annotation category', () => {
    const schema = threadmapJsonSchema() as { required: string[]; properties: Record<string, { description?: string; items?: { required?: string[] } }> & { annotations: { additionalProperties: { properties: Record<string, unknown> } } } };
    expect(schema.required).not.toContain('layers');
    expect(schema.properties.layers?.items?.required).toEqual(['coder', 'annotations']);
    expect(schema.properties.codebook?.description).toContain('pro/con/question');
    expect(schema.properties.gold?.description).toContain('adjudicated');
    expect(schema.properties.annotations.additionalProperties.properties.category).toBeDefined();
  });

  it('requires the version 2 fields Threadmap always writes and describes the optional ones', () => {
    const schema = threadmapJsonSchema() as {
      required: string[];
      properties: { nodes: { items: { properties: Record<string, { description?: string }> } }; annotations: { additionalProperties: { required: string[]; properties: Record<string, { description?: string }> } } };
    };
    expect(schema.required).toContain('coder');
    expect(schema.properties.annotations.additionalProperties.required).toEqual(['updatedAt', 'coder']);
    expect(schema.properties.annotations.additionalProperties.properties.recheck?.description).toContain('moved');
    expect(schema.properties.nodes.items.properties.originalParent?.description).toContain('before any move');
  });
});
