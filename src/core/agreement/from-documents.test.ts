import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openInput } from '../document/open-input';
import type { ThreadmapDocument } from '../document/types';
import { coderName, differentThreadMessage, duplicateCoderMessage, reliabilityDataFromDocuments, type CodedDocument } from './from-documents';

function openFixture(name: string): ThreadmapDocument {
  const text = readFileSync(fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url)), 'utf8');
  const result = openInput(text, { retrievedAt: null, fileName: name, now: '2026-01-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const hn = openFixture('hn-algolia-derived_14952787_first-3-top-level.json');

function coded(coder: string, doc: ThreadmapDocument, tags: Record<string, string>): CodedDocument {
  const annotations = Object.fromEntries(Object.entries(tags).map(([id, tag]) => [id, { tag: tag as 'pro', updatedAt: '2026-01-01T00:00:00.000Z', coder }]));
  return { coder, label: `${coder}.json`, doc: { ...doc, annotations } };
}

describe('reliability data from coders’ maps', () => {
  it('takes as units the Reddit thread’s comments, leaving out the post, the `more` stubs and the "[deleted]" comments', () => {
    const stubs = reddit.nodes.filter((n) => n.kind === 'more');
    const deleted = reddit.nodes.filter((n) => n.kind === 'comment' && n.text === '[deleted]');
    expect(stubs.length).toBeGreaterThan(0);
    expect(deleted).toHaveLength(2);
    const data = reliabilityDataFromDocuments([coded('ana', reddit, {}), coded('ben', reddit, {})]);
    expect(data.units).toHaveLength(reddit.nodes.length - 1 - stubs.length - deleted.length);
    expect(data.units).not.toContain(reddit.nodes[0]!.id);
    for (const stub of [...stubs, ...deleted]) expect(data.units).not.toContain(stub.id);
  });

  it('makes untagged comments, and tags on the root or a stub, missing rather than a category', () => {
    const [first, second] = reddit.nodes.filter((n) => n.kind === 'comment');
    const stub = reddit.nodes.find((n) => n.kind === 'more')!;
    const data = reliabilityDataFromDocuments([
      coded('ana', reddit, { [first!.id]: 'pro', [second!.id]: 'question', [reddit.nodes[0]!.id]: 'con', [stub.id]: 'con' }),
      coded('ben', reddit, { [first!.id]: 'con' }),
    ]);
    expect(data.values[data.units.indexOf(first!.id)]).toEqual([0, 1]);
    expect(data.values[data.units.indexOf(second!.id)]).toEqual([2, null]);
    expect(data.values.flat().filter((v) => v !== null)).toHaveLength(3);
  });

  it('counts a tag outside the given categories as missing, and says how many there were', () => {
    const id = reddit.nodes[1]!.id;
    const data = reliabilityDataFromDocuments([coded('ana', reddit, { [id]: 'pro' }), coded('ben', reddit, { [id]: 'question' })], ['pro', 'con']);
    expect(data.values[data.units.indexOf(id)]).toEqual([0, null]);
    expect(data.ignoredTags).toBe(1);
  });
});

describe('which maps can be compared', () => {
  it('names a coder by the map’s coder field, else by the file name without its extension', () => {
    expect(coderName({ coder: ' Ana ' }, 'x/ben.json')).toBe('Ana');
    expect(coderName({ coder: null }, 'maps/ben.v2.json')).toBe('ben.v2');
    expect(coderName({}, 'C:\\maps\\cy')).toBe('cy');
  });

  it('refuses a map of another thread, and accepts one whose URL is unknown', () => {
    expect(differentThreadMessage([coded('ana', hn, {}), coded('ben', hn, {})])).toBeNull();
    expect(differentThreadMessage([coded('ana', hn, {}), coded('ben', reddit, {})])).toMatch(/^ben\.json is a map of a different thread \(reddit, /);
    const otherUrl = { ...hn, source: { ...hn.source, url: 'https://news.ycombinator.com/item?id=1' } };
    expect(differentThreadMessage([coded('ana', hn, {}), coded('ben', otherUrl, {})])).toContain('ben.json is a map of a different thread');
    const noUrl = { ...hn, source: { ...hn.source, url: null } };
    expect(differentThreadMessage([coded('ana', hn, {}), coded('ben', noUrl, {})])).toBeNull();
  });

  it('refuses two maps under one coder name', () => {
    const a = coded('ana', hn, {});
    expect(duplicateCoderMessage([a, { ...a, label: 'copy.json' }])).toBe('ana.json and copy.json are both coded by "ana"; give each coder\'s map once (set the coder name in the map, or rename the file).');
    expect(duplicateCoderMessage([a, coded('ben', hn, {})])).toBeNull();
  });
});
