import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openInput } from '../document/open-input';
import type { ThreadmapDocument } from '../document/types';
import { exporters, findExporter } from './index';
import { exportJson } from './json';

const NOW = '2026-11-26T14:00:00.000Z';
const text = readFileSync(new URL('../../../test/fixtures/hn-algolia-derived_14952787_first-3-top-level.json', import.meta.url), 'utf8');
const opened = openInput(text, { retrievedAt: '2026-11-26T13:59:58.000Z', now: '2026-01-01T00:00:00.000Z' });
if (!opened.ok) throw new Error(opened.error.message);
const doc: ThreadmapDocument = opened.value;

describe('exportJson', () => {
  const output = exportJson(doc, { now: NOW });
  const file = JSON.parse(output) as Record<string, unknown> & { nodes: Record<string, unknown>[] };

  it('writes the wrapper fields in the documented order, with exportedAt set to now', () => {
    expect(Object.keys(file)).toEqual(['format', 'version', 'generator', 'exportedAt', 'coder', 'source', 'nodes', 'links', 'annotations']);
    expect(file).toMatchObject({ format: 'threadmap', version: 3, generator: 'threadmap 0.1.0', exportedAt: NOW, coder: null });
    expect(file.source).toEqual({ kind: 'hn', url: 'https://news.ycombinator.com/item?id=14952787', title: 'Google Fires Employee Behind Controversial Diversity Memo', retrievedAt: '2026-11-26T13:59:58.000Z' });
  });

  it('writes each node\'s fields in the documented order, the story with its title', () => {
    expect(Object.keys(file.nodes[0]!).slice(0, 9)).toEqual(['id', 'parent', 'kind', 'author', 'createdAt', 'text', 'url', 'status', 'title']);
    expect(file.nodes[0]).toMatchObject({ id: '14952787', parent: null, kind: 'post', title: 'Google Fires Employee Behind Controversial Diversity Memo' });
    for (const node of file.nodes) expect(Object.keys(node).slice(0, 8)).toEqual(['id', 'parent', 'kind', 'author', 'createdAt', 'text', 'url', 'status']);
  });

  it('keeps every node, in thread order', () => {
    expect(file.nodes.map((node) => node.id)).toEqual(doc.nodes.map((node) => node.id));
    expect(file.nodes).toHaveLength(579);
  });

  it('is pretty-printed with two spaces and ends in a newline', () => {
    expect(output.startsWith('{\n  "format": "threadmap",\n  "version": 3,\n')).toBe(true);
    expect(output.endsWith('}\n')).toBe(true);
  });

  it('orders annotation and view fields, and writes unknown fields after the known ones', () => {
    const id = doc.nodes[1]!.id;
    const withExtras = {
      ...doc,
      annotations: { [id]: { updatedAt: NOW, confidence: 2, note: 'n', tag: 'pro' as const } },
      view: { viewport: { x: 0, y: 0, zoom: 1 }, layout: 'outline' },
      corpus: 'A',
    } as unknown as ThreadmapDocument;
    const out = JSON.parse(exportJson(withExtras, { now: NOW })) as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(out)).toEqual(['format', 'version', 'generator', 'exportedAt', 'coder', 'source', 'nodes', 'links', 'annotations', 'view', 'corpus']);
    expect(Object.keys(out.annotations![id]!)).toEqual(['tag', 'note', 'updatedAt', 'coder', 'confidence']);
    expect(Object.keys(out.view!)).toEqual(['layout', 'viewport']);
  });

  it('writes version 1 for older readers, without the coder, move and re-check fields version 1 cannot hold', () => {
    const [root, first] = doc.nodes;
    const edited: ThreadmapDocument = {
      ...doc,
      coder: 'Ana',
      nodes: [root!, { ...first!, moved: true, originalParent: root!.id }, ...doc.nodes.slice(2)],
      annotations: { [first!.id]: { tag: 'con', note: 'n', updatedAt: NOW, coder: 'Ana', recheck: true } },
    };
    const v2 = JSON.parse(exportJson(edited, { now: NOW })) as Record<string, unknown> & { nodes: Record<string, unknown>[]; annotations: Record<string, unknown> };
    expect(v2).toMatchObject({ version: 3, coder: 'Ana' });
    expect(v2.nodes[1]).toMatchObject({ moved: true, originalParent: root!.id });
    expect(v2.annotations[first!.id]).toEqual({ tag: 'con', note: 'n', updatedAt: NOW, coder: 'Ana', recheck: true });
    const v1 = JSON.parse(exportJson(edited, { now: NOW, formatVersion: 1 })) as typeof v2;
    expect(v1.version).toBe(1);
    expect('coder' in v1).toBe(false);
    expect(Object.keys(v1.nodes[1]!)).toEqual(Object.keys(v2.nodes[1]!).filter((key) => key !== 'moved' && key !== 'originalParent'));
    expect(v1.annotations[first!.id]).toEqual({ tag: 'con', note: 'n', updatedAt: NOW });
  });

  it('records this version as the generator, whatever wrote the document before', () => {
    expect(JSON.parse(exportJson({ ...doc, generator: 'threadmap 0.0.1' }, { now: NOW })).generator).toBe('threadmap 0.1.0');
  });
});

describe('the exporter registry', () => {
  it('offers threadmap JSON', () => {
    const json = findExporter('json');
    expect(json).toMatchObject({ format: 'json', label: 'threadmap JSON', extension: 'json', mimeType: 'application/json' });
    expect(exporters).toContain(json);
    expect(JSON.parse(json!.run(doc)).nodes).toHaveLength(579);
  });

  it('finds nothing for an unknown format', () => {
    expect(findExporter('docx')).toBeUndefined();
  });

  it('has one entry per format', () => {
    const formats = exporters.map((exporter) => exporter.format);
    expect(new Set(formats).size).toBe(formats.length);
  });
});
