import { beforeAll, describe, expect, it } from 'vitest';
import { layoutMap } from '../../core/layout';
import { fixtureGraph, HN_THREAD } from '../../core/layout/testing/fixture-graphs';
import { drawCardText } from './draw-regions';
import { cardAuthor } from './card-text';
import { namesFarOut } from './lod';
import type { MapColors } from './draw-map';

/*
 * The canvas layer draws the cards it does not mount (more in view than the DOM holds, or while a
 * sub-debate mounts a slice per frame) with their text: the same words as a mounted card, and a
 * name cut to its card rather than running over the edge. Checked on the 2,565-item HN thread at
 * 50 %, where the overview is drawn this way, with a context that records what it is told to draw.
 */

const graph = fixtureGraph(HN_THREAD);
const layout = layoutMap(graph, { mode: 'overview', aspect: 1.25 });
const ZOOM = 0.5;
const colors = { surface: '#fff', text: '#000', pro: 'g', con: 'r', question: 'b' } as unknown as MapColors;

interface Drawn {
  text: string;
  x: number;
  y: number;
  bold: boolean;
}

/** Text widths as a bold face would give them: wider per character than the lines are counted by. */
const widthOf = (text: string, bold: boolean) => text.length * (bold ? 8.2 : 6.4);

function recordingContext(drawn: Drawn[]): CanvasRenderingContext2D {
  let font = '';
  const context = {
    save() {},
    restore() {},
    fill() {},
    fillRect() {},
    set textBaseline(_: string) {},
    set fillStyle(_: string) {},
    set font(value: string) {
      font = value;
    },
    get font() {
      return font;
    },
    fillText(text: string, x: number, y: number) {
      drawn.push({ text, x, y, bold: font.startsWith('600') });
    },
    measureText(text: string) {
      return { width: widthOf(text, font.startsWith('600')) };
    },
  };
  return context as unknown as CanvasRenderingContext2D;
}

beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D ??= class {
    rect() {}
  };
});

describe('cards drawn with their text by the canvas layer', () => {
  const positions = [...layout.visible];
  /** What one draw of every card told the context, and how many cards it says got text. */
  const draw = () => {
    const drawn: Drawn[] = [];
    const written = drawCardText(recordingContext(drawn), graph, layout, positions, {}, { x: 0, y: 0, zoom: ZOOM }, colors);
    return { drawn, written };
  };
  /** The card whose box on screen holds the point where a text starts. */
  const cardAt = (x: number, y: number) =>
    positions.find((at) => x >= layout.x[at]! * ZOOM && x < (layout.x[at]! + layout.width[at]!) * ZOOM && y >= layout.y[at]! * ZOOM && y < (layout.y[at]! + layout.height[at]!) * ZOOM);

  it('writes every card, each author cut to fit inside its card', () => {
    const { drawn, written } = draw();
    expect(written).toBe(positions.length);
    const authors = drawn.filter((entry) => entry.bold);
    expect(authors.length).toBe(positions.length);
    let cut = 0;
    for (const author of authors) {
      const at = cardAt(author.x, author.y);
      expect(at, author.text).toBeDefined();
      const right = (layout.x[at!]! + layout.width[at!]!) * ZOOM;
      expect(author.x + widthOf(author.text, true), author.text).toBeLessThanOrEqual(right - 7);
      if (author.text.endsWith('…')) cut++;
    }
    // Long names are on this thread at this zoom: the check above is not empty.
    expect(cut).toBeGreaterThan(10);
  });

  it('says a deleted comment is deleted once, with no name before it, as a mounted card does', () => {
    const deleted = positions.find((at) => graph.nodes[at]!.status === 'deleted' && !graph.nodes[at]!.text && !graph.nodes[at]!.author)!;
    expect(deleted).toBeDefined();
    const mine = draw().drawn.filter((entry) => cardAt(entry.x, entry.y) === deleted).map((entry) => entry.text);
    expect(mine[0]).toBe(cardAuthor(graph.nodes[deleted]!));
    expect(mine.join(' ').trim()).toBe('[deleted]');
  });
});

describe('cards drawn far out in Tree →', () => {
  const right = layoutMap(graph, { mode: 'tree-right', aspect: 1.25 });
  const FAR = 0.31;

  it('carry their authors’ names at 31 %, where the map is drawn as regions, and the overview’s small cards do not', () => {
    const at = right.visible[Math.floor(right.visible.length / 2)]!;
    expect(namesFarOut(right.height[at]!, FAR)).toBe(true);
    const small = layout.visible[Math.floor(layout.visible.length / 2)]!;
    expect(namesFarOut(layout.height[small]!, FAR)).toBe(false);
    // Nearer, the cards are mounted or drawn with their text anyway.
    expect(namesFarOut(right.height[at]!, 0.4)).toBe(false);
  });

  it('names only: one bold name a card, cut to fit it, and no words of the comment', () => {
    const drawn: Drawn[] = [];
    const positions = [...right.visible].slice(0, 400);
    const written = drawCardText(recordingContext(drawn), graph, right, positions, {}, { x: 0, y: 0, zoom: FAR }, colors, true);
    expect(written).toBeGreaterThan(300);
    expect(drawn.every((entry) => entry.bold)).toBe(true);
    for (const name of drawn.filter((entry) => entry.text)) {
      const at = positions.find((p) => Math.abs(right.x[p]! * FAR + 7 - name.x) < 0.01 && name.y >= right.y[p]! * FAR && name.y < (right.y[p]! + right.height[p]!) * FAR)!;
      expect(at, name.text).toBeDefined();
      expect(name.x + widthOf(name.text, true), name.text).toBeLessThanOrEqual((right.x[at]! + right.width[at]!) * FAR - 7);
    }
  });
});
