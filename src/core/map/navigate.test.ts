import { describe, expect, it } from 'vitest';
import { buildMap, graphFromParents } from './graph';
import { moveFrom } from './navigate';
import type { ThreadNode } from './types';

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

  it('finds the next untagged node, wrapping around to the start', () => {
    const tagged = new Set(['a1', 'a2', 'b']);
    const context = { isShown: () => true, isTagged: (p: number) => tagged.has(idOf(p)) };
    expect(idOf(moveFrom(graph, at('a'), 'nextUntagged', context))).toBe('root');
    expect(idOf(moveFrom(graph, at('root'), 'nextUntagged', context))).toBe('a');
  });
});

describe('graphFromParents', () => {
  it('rebuilds the same tree shape from the parent array alone', () => {
    const shape = graphFromParents(graph.parent.slice(), graph.roots);
    expect(shape.nodes).toHaveLength(graph.nodes.length);
    expect(shape.children).toEqual(graph.children);
    expect(Array.from(shape.depth)).toEqual(Array.from(graph.depth));
    expect(Array.from(shape.preorder)).toEqual(Array.from(graph.preorder));
  });
});
