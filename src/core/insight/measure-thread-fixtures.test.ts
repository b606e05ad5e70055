import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openInput } from '../document/open-input';
import type { ThreadmapDocument } from '../document/types';
import { measureThread } from './measure-thread';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
function open(name: string): ThreadmapDocument {
  const opened = openInput(read(name), { retrievedAt: null, fileName: name, now: '2026-01-01T00:00:00.000Z' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

interface FirebaseItem { id: number; parent?: number; by?: string; time?: number; type: string; deleted?: boolean; dead?: boolean }

/**
 * The figures worked out again from the raw Firebase items by plain recursion over a children
 * table built from `parent`, with none of the app's parsing or graph code.
 */
function naiveFirebase(items: FirebaseItem[]) {
  const byId = new Map(items.map((item) => [item.id, item]));
  const kids = new Map<number, number[]>();
  for (const item of items) if (item.parent !== undefined) kids.set(item.parent, [...(kids.get(item.parent) ?? []), item.id]);
  const speaks = (item: FirebaseItem) => !item.deleted && !item.dead && !!item.by;
  const story = items.find((item) => item.type === 'story')!;
  const depthOf = (id: number): number => (byId.get(id)!.parent === undefined ? 0 : 1 + depthOf(byId.get(id)!.parent!));
  const subtree = (id: number): number[] => [id, ...(kids.get(id) ?? []).flatMap(subtree)];
  const height = (id: number): number => Math.max(0, ...(kids.get(id) ?? []).map((kid) => 1 + height(kid)));
  const topLevel = (kids.get(story.id) ?? []).map((id) => {
    const members = subtree(id).map((m) => byId.get(m)!);
    const times = members.filter((m) => m.time !== undefined).map((m) => m.time! * 1000);
    return {
      id: String(id),
      size: members.length,
      depth: height(id),
      participants: new Set(members.filter(speaks).map((m) => m.by)).size,
      start: new Date(Math.min(...times)).toISOString(),
      end: new Date(Math.max(...times)).toISOString(),
    };
  });
  // Walk up from every item while two authors keep taking turns.
  let longest = 0;
  for (const item of items) {
    if (!speaks(item)) continue;
    const chain = [item];
    for (let at = item; at.parent !== undefined; ) {
      const up = byId.get(at.parent)!;
      if (!speaks(up) || up.by === at.by) break;
      if (chain.length >= 2 && up.by !== chain[chain.length - 2]!.by) break;
      chain.push(up);
      at = up;
    }
    longest = Math.max(longest, chain.length);
  }
  const pairCounts = new Map<string, number>();
  for (const item of items) {
    const up = item.parent === undefined ? undefined : byId.get(item.parent);
    if (!up || !speaks(item) || !speaks(up) || up.by === item.by) continue;
    const key = [item.by, up.by].sort().join(' ');
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
  }
  const firstHour = items.filter((item) => item.type === 'comment' && item.time !== undefined && item.time >= story.time! && item.time < story.time! + 3600);
  return {
    nodes: items.length,
    // Commenters: the story's author counts only for comments they wrote.
    participants: new Set(items.filter((item) => speaks(item) && item.type !== 'story').map((item) => item.by)).size,
    comments: items.filter((item) => speaks(item) && item.type !== 'story').length,
    maxDepth: Math.max(...items.map((item) => depthOf(item.id))),
    topLevel,
    longest,
    strongestPair: Math.max(...pairCounts.values()),
    firstHour: firstHour.length,
    timedComments: items.filter((item) => item.type === 'comment' && item.time !== undefined).length,
  };
}

describe('measures of the 2,565-item HN thread agree with a naive count over its raw items', () => {
  const items = JSON.parse(read('hn-firebase_14952787_flat-items_forum-explorer.json')) as FirebaseItem[];
  const expected = naiveFirebase(items);
  const measures = measureThread(open('hn-firebase_14952787_flat-items_forum-explorer.json'));

  it('counts nodes, participants (deleted and dead excluded) and the deepest reply level', () => {
    expect(measures.nodes).toBe(expected.nodes);
    expect(measures.participants).toBe(expected.participants);
    expect(measures.participants).toBe(871);
    expect(measures.maxDepth).toBe(expected.maxDepth);
    expect(measures.maxDepth).toBe(24);
  });

  it('lists the story\'s author as the post\'s author, with no comments, so the people add up to the comments', () => {
    const story = items.find((item) => item.type === 'story')!;
    const poster = measures.people.find((person) => person.author === story.by)!;
    expect([poster.comments, poster.posts]).toEqual([0, 1]);
    expect(measures.people.reduce((sum, person) => sum + person.comments, 0)).toBe(expected.comments);
    expect(expected.comments).toBe(2372);
    expect(measures.people.filter((person) => person.comments > 0)).toHaveLength(measures.participants);
  });

  it('measures every top-level sub-debate: size, depth, participants, first and last time', () => {
    expect(measures.topLevel).toHaveLength(230);
    const byId = new Map(measures.topLevel.map((debate) => [debate.id, debate]));
    for (const debate of expected.topLevel) {
      const got = byId.get(debate.id)!;
      expect({ id: got.id, size: got.size, depth: got.depth, participants: got.participants, start: got.start, end: got.end }).toEqual(debate);
    }
    const sizes = measures.topLevel.map((debate) => debate.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBe(778);
  });

  it('finds a longest back-and-forth as long as the naive walk, and it really alternates', () => {
    const chain = measures.longestBackAndForth!;
    expect(chain.length).toBe(expected.longest);
    expect(chain.ids).toHaveLength(chain.length);
    const byId = new Map(items.map((item) => [String(item.id), item]));
    chain.ids.forEach((id, k) => {
      expect(byId.get(id)!.by).toBe(chain.authors[k % 2]);
      if (k > 0) expect(String(byId.get(id)!.parent)).toBe(chain.ids[k - 1]);
    });
  });

  it('finds the strongest reply pair and the first hour as the raw items count them', () => {
    expect(measures.pairs[0]!.total).toBe(expected.strongestPair);
    expect(measures.pairs[0]!.aToB + measures.pairs[0]!.bToA).toBe(measures.pairs[0]!.total);
    expect(measures.firstHour!.comments).toBe(expected.firstHour);
    expect(measures.firstHour!.share).toBeCloseTo(expected.firstHour / expected.timedComments, 12);
  });

  it('spreads every timed comment over the buckets once, stacks and the rest adding up to the total', () => {
    const series = measures.timeSeries!;
    expect(series.counts.reduce((a, b) => a + b, 0)).toBe(expected.timedComments);
    series.counts.forEach((count, k) => {
      expect(series.stacks.reduce((sum, stack) => sum + stack.counts[k]!, 0) + series.other[k]!).toBe(count);
    });
    expect(series.stacks.map((stack) => stack.id)).toEqual(measures.topLevel.slice(0, 5).map((debate) => debate.id));
    // Tombstones keep their time in this source, so the biggest stack holds its whole subtree.
    const biggest = [...expected.topLevel].sort((a, b) => b.size - a.size)[0]!;
    expect(series.stacks[0]!.counts.reduce((a, b) => a + b, 0)).toBe(biggest.size);
    expect(series.counts.length).toBeLessThanOrEqual(48);
  });

  it('writes the summary from those numbers', () => {
    const top5 = expected.topLevel.map((debate) => debate.size).sort((a, b) => b - a).slice(0, 5).reduce((a, b) => a + b, 0);
    const share = Math.round((100 * top5) / (expected.nodes - 1));
    expect(measures.summary).toContain(`2,564 comments by ${expected.participants.toLocaleString('en-US')} people over 13 days`);
    expect(measures.summary).toContain(`the five biggest of 230 sub-debates hold ${share} %`);
    expect(measures.summary).toContain(`the longest back-and-forth is ${expected.longest} comments between`);
    expect(measures.summary).not.toContain('question');
  });
});

interface AlgoliaItem { id: number; author?: string | null; created_at?: string | null; children: AlgoliaItem[] }

describe('measures of the Algolia-shaped HN thread agree with recursion over its nested JSON', () => {
  const raw = JSON.parse(read('hn-algolia-derived_14952787_first-3-top-level.json')) as AlgoliaItem;
  const measures = measureThread(open('hn-algolia-derived_14952787_first-3-top-level.json'));
  const all = (item: AlgoliaItem): AlgoliaItem[] => [item, ...item.children.flatMap(all)];
  const height = (item: AlgoliaItem): number => Math.max(0, ...item.children.map((kid) => 1 + height(kid)));

  it('counts nodes, authors and the three sub-debates, tombstones having no author', () => {
    expect(measures.nodes).toBe(all(raw).length);
    expect(measures.participants).toBe(new Set(all(raw).filter((item) => item.author && item !== raw).map((item) => item.author)).size);
    expect(measures.maxDepth).toBe(height(raw));
    const expected = raw.children
      .map((child) => ({ id: String(child.id), size: all(child).length, depth: height(child), participants: new Set(all(child).filter((item) => item.author).map((item) => item.author)).size }))
      .sort((a, b) => b.size - a.size);
    expect(measures.topLevel.map(({ id, size, depth, participants }) => ({ id, size, depth, participants }))).toEqual(expected);
  });
});

describe('threads without times or authors', () => {
  it('says the pasted text sample carries no times, and measures its guessed structure anyway', () => {
    const measures = measureThread(open('hn-text_eggos-unikernel-thread.txt'));
    expect(measures.timed).toBe(false);
    expect(measures.timeSeries).toBeNull();
    expect(measures.firstHour).toBeNull();
    expect(measures.topLevel.every((debate) => debate.start === null && debate.activity === null)).toBe(true);
    expect(measures.topLevel.reduce((sum, debate) => sum + debate.size, 0)).toBe(measures.nodes - 1);
    expect(measures.summary).toContain('no times');
    expect(measures.summary).not.toMatch(/over \d/);
  });

  it('leaves Reddit `more` stubs and deleted comments out of the participants', () => {
    const doc = open('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const measures = measureThread(doc);
    const speaking = doc.nodes.filter((node) => node.status === 'ok' && node.kind !== 'more' && node.kind !== 'post' && node.author);
    expect(measures.participants).toBe(new Set(speaking.map((node) => node.author)).size);
    expect(doc.nodes.some((node) => node.kind === 'more')).toBe(true);
    expect(measures.people.reduce((sum, person) => sum + person.comments, 0)).toBe(speaking.length);
  });
});
