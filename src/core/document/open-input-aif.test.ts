import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportAif } from '../export/aif';
import { FIXTURE_FILES, fixtureDocument, sampleDocument } from '../export/interop-test-documents';
import { displayText } from '../export/interop-text';
import { buildMap } from '../map/graph';
import { openInput } from './open-input';
import type { ThreadmapDocument } from './types';

const NOW = '2026-11-26T15:00:00.000Z';

function openOk(text: string): ThreadmapDocument {
  const result = openInput(text, { retrievedAt: NOW, now: NOW, fileName: 'map.aif.json' });
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** Each node in thread order as (position of its parent, its text, its tag), so ids may differ. */
function taggedTree(doc: ThreadmapDocument): [number, string, string | null][] {
  const { graph } = buildMap(doc.nodes);
  const order = [...graph.preorder];
  const rank = new Map(order.map((position, k) => [position, k]));
  return order.map((position) => {
    const node = graph.nodes[position]!;
    const parent = graph.parent[position]!;
    return [parent < 0 ? -1 : rank.get(parent)!, displayText(node), doc.annotations[node.id]?.tag ?? null];
  });
}

function countTags(doc: ThreadmapDocument): Record<'pro' | 'con' | 'question', number> {
  const counts = { pro: 0, con: 0, question: 0 };
  for (const annotation of Object.values(doc.annotations)) if (annotation.tag) counts[annotation.tag] += 1;
  return counts;
}

describe('opening an AIF file restores its pro, con and question tags', () => {
  it.each(FIXTURE_FILES)('gives the same tags on the same tree after exporting the tagged %s as AIF', (name) => {
    const original = fixtureDocument(name);
    const reopened = openOk(exportAif(original));
    expect(reopened.source.kind).toBe('aif');
    expect(reopened.nodes).toHaveLength(original.nodes.length);
    expect(countTags(reopened)).toEqual(countTags(original));
    expect(Object.keys(reopened.annotations).length).toBeGreaterThan(0);
    expect(taggedTree(reopened)).toEqual(taggedTree(original));
  });

  it('tags the very comments that were tagged in the hand-built thread', () => {
    const original = sampleDocument();
    const reopened = openOk(exportAif(original));
    const tagByText = (doc: ThreadmapDocument) =>
      Object.fromEntries(doc.nodes.filter((node) => doc.annotations[node.id]?.tag).map((node) => [displayText(node), doc.annotations[node.id]!.tag]));
    const tags = tagByText(reopened);
    expect(tags).toEqual(tagByText(original));
    expect(tags['= SUM(A1:A2) and [a link](http://x.y) and <script>alert(1)</script>']).toBe('con');
  });

  it('opens a real AIFdb nodeset with the tags its inferences and questions state', () => {
    const text = readFileSync(new URL('../sources/aif/testdata/aifdb-nodeset-6064.json', import.meta.url), 'utf8');
    const doc = openOk(text);
    const tags = countTags(doc);
    expect(tags.pro + tags.con + tags.question).toBeGreaterThan(0);
    for (const [id, annotation] of Object.entries(doc.annotations)) {
      expect(doc.nodes.find((node) => node.id === id)?.parent).not.toBeNull();
      expect(annotation.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });
});
