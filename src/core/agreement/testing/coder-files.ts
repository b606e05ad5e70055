import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isJudgeable } from '../../annotations/taggable';
import { openInput } from '../../document/open-input';
import type { ThreadmapDocument } from '../../document/types';
import type { Tag } from '../../map/types';

/** Text of a recorded file in test/fixtures. */
export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../test/fixtures/${name}`, import.meta.url)), 'utf8');
}

/** A recorded thread or map opened as the app opens it. */
export function openFixture(name: string): ThreadmapDocument {
  const result = openInput(fixtureText(name), { retrievedAt: null, fileName: name, now: '2026-01-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The comments a tag can mean something on, in thread order. */
export function cardsOf(doc: ThreadmapDocument): string[] {
  return doc.nodes.filter(isJudgeable).map((node) => node.id);
}

/** A one-coder map of `doc` with the given tags, as that coder's exported file would hold it. */
export function codedBy(doc: ThreadmapDocument, coder: string | null, tags: Record<string, Tag>): ThreadmapDocument {
  const annotations = Object.fromEntries(Object.entries(tags).map(([id, tag]) => [id, { tag, updatedAt: '2026-11-30T12:00:00.000Z', coder }]));
  return { ...doc, coder, annotations };
}
