import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openInput } from '../document/open-input';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { authorMask, commentTimes, subtreeMask, writtenBy } from './map-masks';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const MINUTE = 60_000;
function item(id: string, parent: string | null, author: string | null, minutes: number | null): ThreadNode {
  const createdAt = minutes === null ? null : new Date(T0 + minutes * MINUTE).toISOString();
  return { id, parent, kind: parent === null ? 'post' : 'comment', author, createdAt, text: id, url: null, status: 'ok' };
}

// p(0) ─ a(1) ─ a1(5) ─ a11(2: a clock that runs behind)
//      │       └ a2(untimed)
//      └ b(3) ─ b1(4)
const nodes = [item('p', null, 'op', 0), item('a', 'p', 'ann', 1), item('a1', 'a', 'bob', 5), item('a11', 'a1', 'ann', 2), item('a2', 'a', null, null), item('b', 'p', 'bob', 3), item('b1', 'b', 'ann', 4)];
const { graph } = buildMap(nodes);
const ids = (mask: Uint8Array) => graph.nodes.filter((_, at) => mask[at]).map((node) => node.id);

describe('the map as it was at a moment', () => {
  it('holds the nodes written by then, an untimed node with its parent, and nothing under a node not yet written', () => {
    expect(ids(writtenBy(graph, T0))).toEqual(['p']);
    expect(ids(writtenBy(graph, T0 + 2 * MINUTE))).toEqual(['p', 'a', 'a2']);
    expect(ids(writtenBy(graph, T0 + 4 * MINUTE))).toEqual(['p', 'a', 'a2', 'b', 'b1']);
    expect(ids(writtenBy(graph, T0 + 5 * MINUTE))).toEqual(['p', 'a', 'a1', 'a11', 'a2', 'b', 'b1']);
  });

  it('on the 2,565-item HN thread at its middle comment holds exactly the comments no later than it whose ancestors are too', () => {
    const raw = readFileSync(new URL('../../../test/fixtures/hn-firebase_14952787_flat-items_forum-explorer.json', import.meta.url), 'utf8');
    const opened = openInput(raw, { retrievedAt: null, fileName: 'hn.json', now: '2026-01-01T00:00:00.000Z' });
    if (!opened.ok) throw new Error(opened.error.message);
    // Worked out from the raw items: Firebase times are seconds; a reply shows when it and every ancestor is written.
    const items = JSON.parse(raw) as { id: number; parent?: number; time?: number }[];
    const byId = new Map(items.map((entry) => [entry.id, entry]));
    const times = items.filter((entry) => entry.parent !== undefined && entry.time !== undefined).map((entry) => entry.time!).sort((x, y) => x - y);
    const middle = times[Math.floor(times.length / 2)]! * 1000;
    const shownRaw = (entry: { parent?: number; time?: number }): boolean =>
      (entry.time === undefined || entry.time * 1000 <= middle) && (entry.parent === undefined || !byId.has(entry.parent) || shownRaw(byId.get(entry.parent)!));
    const expected = items.filter(shownRaw).length;
    const mapGraph = buildMap(opened.value.nodes).graph;
    const mask = writtenBy(mapGraph, middle);
    expect(mask.reduce((sum, bit) => sum + bit, 0)).toBe(expected);
    expect(expected).toBeGreaterThan(1000);
    expect(expected).toBeLessThan(2565);
    expect(commentTimes(mapGraph)[0]).toBe(times[0]! * 1000);
  });
});

describe('emphasis masks', () => {
  it('mark a sub-debate whole and one person’s comments', () => {
    expect(ids(subtreeMask(graph, 'a'))).toEqual(['a', 'a1', 'a11', 'a2']);
    expect(ids(subtreeMask(graph, 'nobody'))).toEqual([]);
    expect(ids(authorMask(graph, 'ann'))).toEqual(['a', 'a11', 'b1']);
  });

  it('give the replay its steps in the order the comments were written', () => {
    expect(Array.from(commentTimes(graph), (t) => (t - T0) / MINUTE)).toEqual([1, 2, 3, 4, 5]);
  });
});
