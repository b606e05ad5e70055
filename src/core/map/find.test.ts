import { describe, expect, it } from 'vitest';
import { authorsByActivity, buildSearchIndex, findMatches, NO_CRITERIA, stepThroughMatches, type FindCriteria } from './find';
import { buildMap } from './graph';
import { preorderRanks } from './edit-tree';
import { openRecorded } from './testing/edit-fixtures';

const doc = openRecorded('hn-algolia-derived_14952787_first-3-top-level.json');
const { graph } = buildMap(doc.nodes);
const index = buildSearchIndex(doc.nodes);
const find = (criteria: Partial<FindCriteria>, annotations = doc.annotations) => findMatches(graph, index, annotations, { ...NO_CRITERIA, ...criteria });
const idsOf = (criteria: Partial<FindCriteria>) => find(criteria)!.order.map((position) => graph.nodes[position]!.id);

describe('findMatches', () => {
  it('finds nothing to filter without criteria', () => {
    expect(find({})).toBeNull();
    expect(find({ query: '   ' })).toBeNull();
  });

  it('matches an author name in any case', () => {
    const upper = idsOf({ query: 'SCTB' });
    expect(upper).toContain('14953048');
    expect(upper).toEqual(idsOf({ query: 'sctb' }));
  });

  it('matches every word of the query in the text, in thread order', () => {
    const both = find({ query: 'diversity program' })!;
    const expected = doc.nodes.filter((node) => /diversity/i.test(`${node.author}\n${node.title}\n${node.text}`) && /program/i.test(`${node.author}\n${node.title}\n${node.text}`));
    expect(both.order.length).toBe(expected.length);
    expect(both.order.length).toBeGreaterThan(20);
    expect([...both.ids]).toEqual(expected.map((node) => node.id));
  });

  it('filters to untagged cards or to one tag', () => {
    const annotations = { '14953048': { tag: 'con' as const, updatedAt: '2026-11-26T14:00:00.000Z' }, '14953024': { note: 'only a note', updatedAt: '2026-11-26T14:00:00.000Z' } };
    // Still to code: every comment but the tagged one; the post takes no tag, so it is not among them.
    const comments = doc.nodes.filter((node) => node.parent !== null && node.kind !== 'more');
    expect(comments).toHaveLength(578);
    // Deleted items with no text left take no tag either, so they are not among the cards still to code.
    const judgeable = comments.filter((node) => !(node.status === 'deleted' && node.text === ''));
    expect(judgeable).toHaveLength(545);
    expect(find({ tag: 'untagged' }, annotations)!.order).toHaveLength(544);
    expect(find({ tag: 'con' }, annotations)!.order.map((at) => graph.nodes[at]!.id)).toEqual(['14953048']);
    expect(find({ tag: 'pro' }, annotations)!.order).toEqual([]);
  });

  it('filters by exact author and by a depth range', () => {
    const byAuthor = find({ author: 'Sctb' })!;
    expect([...byAuthor.ids].every((id) => doc.nodes.find((node) => node.id === id)!.author === 'sctb')).toBe(true);
    const topLevel = find({ depthMin: 1, depthMax: 1 })!;
    expect(topLevel.order).toEqual(graph.children[graph.roots[0]!]);
    const deep = find({ depthMin: 10 })!;
    expect(deep.order.every((at) => graph.depth[at]! >= 10)).toBe(true);
    expect(deep.order.length).toBe(Array.from(graph.depth).filter((depth) => depth >= 10).length);
  });

  it('counts the matches of the whole 2,565-item thread like a plain scan does', () => {
    const big = openRecorded('hn-firebase_14952787_flat-items_forum-explorer.json');
    const bigGraph = buildMap(big.nodes).graph;
    const result = findMatches(bigGraph, buildSearchIndex(big.nodes), {}, { ...NO_CRITERIA, query: 'Google' })!;
    const scanned = big.nodes.filter((node) => [node.author ?? '', node.title ?? '', node.text].some((field) => field.toLowerCase().includes('google')));
    expect(result.order.length).toBe(scanned.length);
    expect(result.order.length).toBeGreaterThan(300);
  });
});

describe('stepThroughMatches', () => {
  const result = find({ query: 'women' })!;
  const rank = preorderRanks(graph);
  const rankOf = (position: number) => rank[position]!;

  it('steps forward and backward in thread order and wraps around at both ends', () => {
    const [first, second] = result.order;
    const last = result.order.at(-1)!;
    expect(stepThroughMatches(result, rankOf, undefined, 1)).toBe(first);
    expect(stepThroughMatches(result, rankOf, first, 1)).toBe(second);
    expect(stepThroughMatches(result, rankOf, second, -1)).toBe(first);
    expect(stepThroughMatches(result, rankOf, last, 1)).toBe(first);
    expect(stepThroughMatches(result, rankOf, first, -1)).toBe(last);
  });

  it('steps from a card that does not match to the next one that does', () => {
    const root = graph.roots[0]!;
    expect(result.mask[root]).toBe(0);
    expect(stepThroughMatches(result, rankOf, root, 1)).toBe(result.order[0]);
  });
});

describe('authorsByActivity', () => {
  it('lists the most active authors first', () => {
    const authors = authorsByActivity(doc.nodes);
    const count = (name: string) => doc.nodes.filter((node) => node.author === name).length;
    expect(count(authors[0]!)).toBeGreaterThanOrEqual(count(authors[1]!));
    expect(new Set(authors).size).toBe(authors.length);
    expect(authors).toContain('sctb');
  });
});
