import { describe, expect, it } from 'vitest';
import { buildMap, descendantsOf } from '../map/graph';
import { chainThread } from '../../../bench/synthetic';
import { indentFor } from './indent';
import { layoutMap, OUTLINE, OVERVIEW } from './index';
import { fixtureGraph, HN_THREAD } from './testing/fixture-graphs';

const thread = fixtureGraph(HN_THREAD);
const pitch = OVERVIEW.rowWidth + OVERVIEW.columnGap;

describe('outline', () => {
  it('puts one row per comment in reading order, indented by reply depth', () => {
    const layout = layoutMap(thread, { mode: 'outline' });
    Array.from(thread.preorder).forEach((at, row) => {
      expect(layout.y[at]).toBe(row * (OUTLINE.cardHeight + OUTLINE.gap));
      expect(layout.x[at]).toBe(indentFor(thread.depth[at]!, OUTLINE.indent));
      expect(layout.x[at]! + layout.width[at]!).toBe(OUTLINE.rowWidth);
    });
  });

  it('stops indenting deep replies so a card 500 levels down is still 280 px or wider', () => {
    const chain = buildMap(chainThread(500)).graph;
    const layout = layoutMap(chain, { mode: 'outline' });
    expect(layout.x[12]).toBe(12 * 24);
    expect(layout.x[13]).toBe(12 * 24 + 6);
    expect(layout.x[500]).toBe(OUTLINE.indent.max);
    expect(layout.x[500]).toBe(layout.x[100]);
    expect(layout.width[500]).toBeGreaterThanOrEqual(280);
  });
});

describe('overview', () => {
  const layout = layoutMap(thread, { mode: 'overview', aspect: 1400 / 900 });
  const column = (at: number) => Math.floor(layout.x[at]! / pitch);

  it('flows the thread into columns that make a box of about the window shape', () => {
    const columns = new Set(Array.from(layout.visible, column)).size;
    expect(columns).toBeGreaterThan(10);
    const shape = layout.bounds.width / layout.bounds.height;
    expect(shape).toBeGreaterThan(1.2);
    expect(shape).toBeLessThan(1.9);
  });

  it('uses compact cards no larger than 300×48 for the comments, and a banner across all columns for the post', () => {
    const root = thread.roots[0]!;
    expect([layout.x[root], layout.y[root], layout.width[root]]).toEqual([0, 0, layout.bounds.width]);
    for (const at of layout.visible) {
      if (at !== root) expect(layout.width[at]).toBeLessThanOrEqual(300);
      expect(layout.height[at]).toBeLessThanOrEqual(48);
    }
  });

  it('splits a top-level subtree over columns only when it is taller than a column', () => {
    const rowsPerColumn = Math.round(layout.bounds.height / (OVERVIEW.cardHeight + OVERVIEW.gap)) + 1;
    let split = 0;
    for (const top of thread.children[thread.roots[0]!]!) {
      const members = [top, ...descendantsOf(thread, top)];
      const spans = new Set(members.map(column)).size;
      if (spans > 1) {
        split++;
        expect(members.length).toBeGreaterThan(rowsPerColumn);
      }
    }
    // The 778- and 458-comment subtrees cannot fit in one column; most others are kept whole.
    expect(split).toBeGreaterThan(0);
    expect(split).toBeLessThan(10);
  });

  it('makes fewer, taller columns for a portrait window', () => {
    const portrait = layoutMap(thread, { mode: 'overview', aspect: 900 / 1400 });
    expect(portrait.bounds.width).toBeLessThan(layout.bounds.width);
    expect(portrait.bounds.height).toBeGreaterThan(layout.bounds.height);
  });

  it('packs for the default window shape when the given one is not a positive number', () => {
    const fallback = layoutMap(thread, { mode: 'overview' });
    for (const aspect of [0, -2, Number.NaN, Infinity]) expect(layoutMap(thread, { mode: 'overview', aspect }).bounds).toEqual(fallback.bounds);
    expect(fallback.bounds).toEqual(layout.bounds);
  });

  it('reflows the columns when a subtree is collapsed', () => {
    const biggest = thread.children[thread.roots[0]!]!.reduce((a, b) => (descendantsOf(thread, a).length >= descendantsOf(thread, b).length ? a : b));
    const collapsed = layoutMap(thread, { mode: 'overview', collapsed: new Set([biggest]) });
    expect(collapsed.bounds.width * collapsed.bounds.height).toBeLessThan(layout.bounds.width * layout.bounds.height);
  });
});
