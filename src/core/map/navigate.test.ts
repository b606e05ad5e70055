import { describe, expect, it } from 'vitest';
import { buildMap, graphFromParents } from './graph';
import { moveFrom } from './navigate';
import type { ThreadNode } from './types';
import { openRecorded } from './testing/edit-fixtures';

function node(id: string, parent: string | null): ThreadNode {
  return { id, parent, kind: parent ? 'comment' : 'post', author: null, createdAt: null, text: id, url: null, status: 'ok' };
}

// root ─ a ─ a1
//      │   └ a2
//      └ b
const { graph } = buildMap([node('root', null), node('a', 'root'), node('a1', 'a'), node('a2', 'a'), node('b', 'root')]);
const at = (id: string) => graph.index.get(id)!;
const idOf = (position: number) => graph.nodes[position]!.id;
const all = { isShown: () => true };

describe('moveFrom', () => {
  it('moves up to the parent and down to the first reply', () => {
    expect(idOf(moveFrom(graph, at('a1'), 'parent', all))).toBe('a');
    expect(idOf(moveFrom(graph, at('a'), 'firstReply', all))).toBe('a1');
    expect(idOf(moveFrom(graph, at('root'), 'parent', all))).toBe('root');
  });

  it('moves between siblings and stops at the ends', () => {
    expect(idOf(moveFrom(graph, at('a1'), 'nextSibling', all))).toBe('a2');
    expect(idOf(moveFrom(graph, at('a2'), 'nextSibling', all))).toBe('a2');
    expect(idOf(moveFrom(graph, at('b'), 'previousSibling', all))).toBe('a');
  });

  it('walks the thread in reading order, skipping hidden nodes', () => {
    const hiddenUnderA = { isShown: (p: number) => p !== at('a1') && p !== at('a2') };
    expect(idOf(moveFrom(graph, at('a'), 'next', all))).toBe('a1');
    expect(idOf(moveFrom(graph, at('a'), 'next', hiddenUnderA))).toBe('b');
    expect(idOf(moveFrom(graph, at('b'), 'previous', all))).toBe('a2');
  });

  it('finds the next untagged node, wrapping around to the start, never the root', () => {
    const tagged = new Set(['a', 'a2', 'b']);
    const context = { isShown: () => true, isTagged: (p: number) => tagged.has(idOf(p)) };
    expect(idOf(moveFrom(graph, at('a2'), 'nextUntagged', context))).toBe('a1');
    expect(idOf(moveFrom(graph, at('root'), 'nextUntagged', context))).toBe('a1');
    tagged.add('a1');
    expect(idOf(moveFrom(graph, at('b'), 'nextUntagged', context))).toBe('b');
  });

  it('walks J, K and U past the post and the 21 "more" stubs of the Reddit thread', () => {
    const reddit = buildMap(openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json').nodes).graph;
    const visited: string[] = [];
    for (let from = reddit.roots[0]!, to = moveFrom(reddit, from, 'next', all); to !== from; from = to, to = moveFrom(reddit, from, 'next', all)) visited.push(reddit.nodes[to]!.id);
    expect(visited).toHaveLength(51);
    expect(visited.every((id) => reddit.nodes[reddit.index.get(id)!]!.kind === 'comment')).toBe(true);
    const last = reddit.index.get(visited.at(-1)!)!;
    expect(reddit.nodes[moveFrom(reddit, last, 'previous', all)]!.id).toBe(visited.at(-2));
    const allTaggedButOne = { isShown: () => true, isTagged: (p: number) => reddit.nodes[p]!.id !== visited[0] };
    expect(reddit.nodes[moveFrom(reddit, last, 'nextUntagged', allTaggedButOne)]!.id).toBe(visited[0]);
    const noneTagged = { isShown: () => true, isTagged: () => false };
    const stub = reddit.nodes.findIndex((node) => node.kind === 'more');
    expect(reddit.nodes[moveFrom(reddit, stub - 1, 'nextUntagged', noneTagged)]!.kind).toBe('comment');
  });
});

describe('next untagged on the 2,565-item HN thread', () => {
  const hn = buildMap(openRecorded('hn-firebase_14952787_flat-items_forum-explorer.json').nodes).graph;
  const isGone = (position: number) => hn.nodes[position]!.status === 'deleted' && hn.nodes[position]!.text === '';

  it('passes over the deleted items with no text, which J still reaches', () => {
    const noneTagged = { isShown: () => true, isTagged: () => false };
    const order = Array.from(hn.preorder);
    const rank = order.findIndex(isGone);
    expect(rank).toBeGreaterThan(1);
    const before = order[rank - 1]!;
    expect(isGone(before)).toBe(false);
    expect(moveFrom(hn, before, 'next', all)).toBe(order[rank]);
    const landed = moveFrom(hn, before, 'nextUntagged', noneTagged);
    expect(isGone(landed)).toBe(false);
    expect(order.indexOf(landed)).toBeGreaterThan(rank);
  });

  it('walks every card still to code once and no deleted item with no text', () => {
    const tagged = new Set<number>();
    const context = { isShown: () => true, isTagged: (p: number) => tagged.has(p) };
    for (let at = moveFrom(hn, hn.roots[0]!, 'nextUntagged', context); !tagged.has(at); at = moveFrom(hn, at, 'nextUntagged', context)) tagged.add(at);
    expect(tagged.size).toBe(hn.nodes.length - 1 - goneCount(hn));
    expect([...tagged].some(isGone)).toBe(false);
  });
});

/** Deleted items with no text, counted straight from the nodes. */
function goneCount(graph: ReturnType<typeof buildMap>['graph']): number {
  return graph.nodes.filter((node) => node.status === 'deleted' && node.text === '').length;
}

describe('graphFromParents', () => {
  it('rebuilds the same tree shape from the parent array alone', () => {
    const shape = graphFromParents(graph.parent.slice(), graph.roots);
    expect(shape.nodes).toHaveLength(graph.nodes.length);
    expect(shape.children).toEqual(graph.children);
    expect(Array.from(shape.depth)).toEqual(Array.from(graph.depth));
    expect(Array.from(shape.preorder)).toEqual(Array.from(graph.preorder));
  });
});

describe('sub-debate jumps on the 2,565-item HN thread', () => {
  const doc = openRecorded('hn-firebase_14952787_flat-items_forum-explorer.json');
  const hn = buildMap(doc.nodes).graph;
  // The replies to the story, in the file's order, from the parent links alone.
  const storyId = doc.nodes.find((n) => n.parent === null)!.id;
  const topIds = doc.nodes.filter((n) => n.parent === storyId).map((n) => n.id);
  const posOf = (id: string) => hn.index.get(id)!;

  it('} goes from the story through every reply to the story once, in order, from anywhere inside one', () => {
    const visited: string[] = [];
    for (let at = moveFrom(hn, hn.roots[0]!, 'nextSubDebate', all); !visited.includes(hn.nodes[at]!.id); at = moveFrom(hn, at, 'nextSubDebate', all)) visited.push(hn.nodes[at]!.id);
    expect(visited).toEqual(topIds);
    // From a reply deep inside the third sub-debate, } lands on the fourth's top comment.
    const third = posOf(visited[2]!);
    let deep = third;
    while (hn.children[deep]!.length) deep = hn.children[deep]![0]!;
    expect(deep).not.toBe(third);
    expect(hn.nodes[moveFrom(hn, deep, 'nextSubDebate', all)]!.id).toBe(visited[3]);
  });

  it('{ first goes to the top of the sub-debate it is in, then to the one before; the last } and the first { stay', () => {
    const visited: string[] = [];
    for (let at = moveFrom(hn, hn.roots[0]!, 'nextSubDebate', all); !visited.includes(hn.nodes[at]!.id); at = moveFrom(hn, at, 'nextSubDebate', all)) visited.push(hn.nodes[at]!.id);
    const second = posOf(visited[1]!);
    const inside = hn.children[second]![0]!;
    expect(moveFrom(hn, inside, 'previousSubDebate', all)).toBe(second);
    expect(hn.nodes[moveFrom(hn, second, 'previousSubDebate', all)]!.id).toBe(visited[0]);
    expect(moveFrom(hn, posOf(visited[0]!), 'previousSubDebate', all)).toBe(posOf(visited[0]!));
    expect(moveFrom(hn, posOf(visited.at(-1)!), 'nextSubDebate', all)).toBe(posOf(visited.at(-1)!));
    expect(moveFrom(hn, hn.roots[0]!, 'previousSubDebate', all)).toBe(hn.roots[0]);
  });
});
