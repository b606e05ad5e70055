import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ThreadNode } from '../map/types';
import { measureThread } from './measure-thread';

/** Random reply trees: each comment answers an earlier node, written by one of a few people. */
const threads = fc
  .array(fc.record({ parent: fc.nat(), author: fc.constantFrom('ann', 'bob', 'cy', null), minutes: fc.option(fc.nat(5000)), deleted: fc.boolean() }), { minLength: 1, maxLength: 60 })
  .map((rows) =>
    rows.map((row, k): ThreadNode => ({
      id: `n${k}`,
      parent: k === 0 ? null : `n${row.parent % k}`,
      kind: k === 0 ? 'post' : 'comment',
      author: row.author,
      createdAt: row.minutes === null ? null : new Date(Date.UTC(2026, 0, 1) + row.minutes * 60_000).toISOString(),
      text: '',
      url: null,
      status: row.deleted && k > 0 ? 'deleted' : 'ok',
    })),
  );

/** Brute force from the parent ids alone: walk up from every node. */
function naive(nodes: ThreadNode[]) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const up = (node: ThreadNode) => (node.parent === null ? undefined : byId.get(node.parent));
  const ancestors = (node: ThreadNode) => {
    const out: ThreadNode[] = [];
    for (let at = up(node); at; at = up(at)) out.push(at);
    return out;
  };
  const speaks = (node: ThreadNode | undefined) => !!node && node.status === 'ok' && node.author !== null;
  const topLevel = nodes.filter((node) => node.parent === 'n0').map((top) => {
    const members = nodes.filter((node) => node === top || ancestors(node).includes(top));
    const times = members.flatMap((node) => (node.createdAt ? [Date.parse(node.createdAt)] : []));
    return {
      id: top.id,
      size: members.length,
      depth: Math.max(...members.map((node) => ancestors(node).length)) - ancestors(top).length,
      participants: new Set(members.filter(speaks).map((node) => node.author)).size,
      start: times.length ? new Date(Math.min(...times)).toISOString() : null,
      end: times.length ? new Date(Math.max(...times)).toISOString() : null,
    };
  });
  let longest = 0;
  for (const node of nodes) {
    if (!speaks(node)) continue;
    const chain = [node];
    for (let at = up(node); speaks(at) && at!.author !== chain[chain.length - 1]!.author && (chain.length < 2 || at!.author === chain[chain.length - 2]!.author); at = up(at!)) chain.push(at!);
    longest = Math.max(longest, chain.length);
  }
  return { topLevel, longest, maxDepth: Math.max(...nodes.map((node) => ancestors(node).length)) };
}

describe('measures of random reply trees agree with brute force', () => {
  it('sizes, depths, participants, times of every sub-debate, the deepest level and the longest back-and-forth', () => {
    fc.assert(
      fc.property(threads, (nodes) => {
        const expected = naive(nodes);
        const measures = measureThread({ nodes, annotations: {} });
        expect(measures.maxDepth).toBe(expected.maxDepth);
        // A lone comment is no back-and-forth: the measure starts at one reply between two people.
        expect(measures.longestBackAndForth?.length ?? 0).toBe(expected.longest >= 2 ? expected.longest : 0);
        const got = measures.topLevel.map(({ id, size, depth, participants, start, end }) => ({ id, size, depth, participants, start, end }));
        expect(got.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.topLevel.sort((a, b) => a.id.localeCompare(b.id)));
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
