import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../map/graph';
import type { ThreadNode } from '../../map/types';
import { hnFirebaseParser, parseHnFirebase } from './firebase';
import { hnAlgoliaParser } from './algolia';

interface RawItem {
  id: number;
  parent?: number;
  kids?: number[];
  deleted?: boolean;
  dead?: boolean;
  text?: string;
  by?: string;
}

const fixture = new URL('../../../../test/fixtures/hn-firebase_14952787_flat-items_forum-explorer.json', import.meta.url);
const text = readFileSync(fixture, 'utf8');
const items = JSON.parse(text) as RawItem[];
const context = { retrievedAt: '2026-11-26T13:59:58.000Z' };

function parseFixture(): { nodes: ThreadNode[]; warnings: string[]; byId: Map<string, ThreadNode> } {
  const result = parseHnFirebase(items, context);
  if (!result.ok) throw new Error(result.error.message);
  return { nodes: result.value.nodes, warnings: result.warnings, byId: new Map(result.value.nodes.map((n) => [n.id, n])) };
}

describe('parseHnFirebase on the recorded 2,565-item thread', () => {
  const { nodes, warnings, byId } = parseFixture();

  it('keeps every item as exactly one node, with no warnings', () => {
    expect(nodes).toHaveLength(2565);
    expect(byId.size).toBe(2565);
    expect(warnings).toEqual([]);
  });

  it('starts with the story as a post root that has no parent', () => {
    expect(nodes[0]).toMatchObject({
      id: '14952787',
      parent: null,
      kind: 'post',
      author: 'QUFB',
      title: 'Google Fires Employee Behind Controversial Diversity Memo',
      url: 'https://news.ycombinator.com/item?id=14952787',
      createdAt: new Date(1502155875 * 1000).toISOString(),
    });
    expect(nodes[0]!.text).toContain('https://www.bloomberg.com/news/articles/2017-08-08/');
  });

  it("gives every comment its item's parent", () => {
    for (const item of items) {
      if (item.id === 14952787) continue;
      expect(byId.get(String(item.id))?.parent).toBe(String(item.parent));
    }
    expect(nodes.slice(1).every((n) => n.kind === 'comment')).toBe(true);
  });

  it('keeps deleted and dead comments with their status; deleted wins when both are set', () => {
    const count = (status: string): number => nodes.filter((n) => n.status === status).length;
    expect(count('deleted')).toBe(112);
    expect(count('dead')).toBe(80);
    const deadItems = items.filter((i) => i.dead);
    expect(deadItems).toHaveLength(90);
    expect(deadItems.filter((i) => byId.get(String(i.id))!.status === 'deleted')).toHaveLength(10);
    expect(byId.get('14953292')).toMatchObject({ status: 'deleted', author: null, text: '' });
    expect(byId.get('14953013')).toMatchObject({ status: 'dead', author: 'RickJWag', text: 'More politically correct fascism.\n\nBeware. This is bad.' });
  });

  it("orders replies by their parent's kids and lists nodes root first in depth-first pre-order", () => {
    const story = items[0]!;
    expect(nodes.filter((n) => n.parent === '14952787').map((n) => n.id)).toEqual(story.kids!.map(String));
    const { graph, warnings: mapWarnings } = buildMap(nodes);
    expect(mapWarnings).toEqual([]);
    expect(Array.from(graph.preorder)).toEqual(nodes.map((_, i) => i));
    expect(Math.max(...graph.depth)).toBe(24);
  });

  it('decodes entities, splits paragraphs on <p> and keeps links', () => {
    expect(byId.get('14953048')!.text).toBe(
      "We've closed this thread to new accounts because of trolling. If you're going to comment here, please take extra care to make it civil and substantive.\n\n" +
        "If you have a new account and want to comment (thoughtfully, as opposed to flaming) please email us at hn@ycombinator.com and we'll whitelist you.",
    );
    const adbge = byId.get('14952839')!;
    expect(adbge.author).toBe('adbge');
    expect(adbge.text.split('\n\n')).toEqual([
      'An excellent opportunity to re-read PG\'s essay, "What You Can\'t Say". [1]',
      expect.stringMatching(/^"What scares me is that there are moral fashions too\. .* or even killed\."$/),
      '[1] http://www.paulgraham.com/say.html',
    ]);
    expect(adbge.html).toContain('<a href="http:&#x2F;&#x2F;www.paulgraham.com&#x2F;say.html"');
    // HN shows long link labels cut with "..."; the text keeps the whole target.
    expect(byId.get('14952974')!.text).toContain('https://www.documentcloud.org/documents/3914586-Googles-Ideological-Echo-Chamber.html#document/p6');
    expect(byId.get('14952974')!.url).toBe('https://news.ycombinator.com/item?id=14952974');
  });

  it('[regression] writes a truncated label\'s target as HN had it: a quote in the href stays a quote, not %22', () => {
    const raw = items.find((item) => item.id === 14954422)!.text!;
    // The href as HN wrote it, entities decoded by hand: its last character is a quote that HN's linker took in.
    const href = /<a href="([^"]*)"/.exec(raw)![1]!.replace(/&#x2F;/g, '/').replace(/&quot;/g, '"');
    expect(href).toBe('https://www.vox.com/2017/7/23/16016676/chuck-schumer-democrats-populism"');
    expect(raw).toContain('>https:&#x2F;&#x2F;www.vox.com&#x2F;2017&#x2F;7&#x2F;23&#x2F;16016676&#x2F;chuck-schumer-democra...</a>');
    const written = byId.get('14954422')!.text;
    expect(written).toContain(`Better Future" "${href} but I think it is too little`);
    expect(written).not.toContain('%22');
  });

  it('collapses runs of spaces and single line breaks as HN shows them, keeps them in html, and the field docs say so', () => {
    const spaced = byId.get('14953348')!;
    expect(spaced.html).toContain('cultural fight.  I think if it was up to me');
    expect(spaced.text).toContain('cultural fight. I think if it was up to me');
    const broken = byId.get('14953956')!;
    expect(broken.html).toContain('(at the very least)\n- how diversity programs work');
    expect(broken.text).toContain('(at the very least) - how diversity programs work');
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const textRow = readme.split('\n').find((line) => line.startsWith('| `text` |'))!;
    expect(textRow).toMatch(/runs of spaces and single line breaks outside `<pre>` become one space[^|]*`html` keeps the original/);
  });

  it('describes the source with the root url, title and retrieval time', () => {
    const result = parseHnFirebase(items, context);
    expect(result.ok && result.value.source).toEqual({
      kind: 'hn',
      url: 'https://news.ycombinator.com/item?id=14952787',
      title: 'Google Fires Employee Behind Controversial Diversity Memo',
      retrievedAt: '2026-11-26T13:59:58.000Z',
    });
  });
});

describe('parseHnFirebase on partial input', () => {
  it('adds one "more" node under a story loaded alone, counting its descendants', () => {
    const story = items[0]!;
    const result = parseHnFirebase(story, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes).toHaveLength(2);
    expect(result.value.nodes[1]).toMatchObject({ kind: 'more', parent: '14952787', moreCount: 2372 });
    expect(result.value.nodes[1]!.text).toMatch(/^2,372 replies not loaded/);
  });

  it('puts replies whose parent is missing under the root, and the root gets no parent', () => {
    const comment = items.find((i) => i.id === 14953048)!;
    const orphan = items.find((i) => i.parent === 14952891)!;
    const result = parseHnFirebase([comment, orphan], context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['14953048', null],
      [String(orphan.id), '14953048'],
      ...(orphan.kids ? [[`${orphan.id}-more`, String(orphan.id)]] : []),
    ]);
    expect(result.warnings.join(' ')).toMatch(/1 item\(s\) reply to items that are not in the file/);
  });

  it('places replies their parent does not list after the listed ones', () => {
    const story = { id: 1, type: 'story', time: 1, title: 'T', kids: [3, 2] };
    const reply = (id: number): object => ({ id, type: 'comment', time: 2, parent: 1, text: `c${id}` });
    const result = parseHnFirebase([reply(4), reply(2), story, reply(3)], context);
    expect(result.ok && result.value.nodes.map((n) => n.id)).toEqual(['1', '3', '2', '4']);
  });

  it('cuts a reply cycle under the root instead of losing it', () => {
    const story = { id: 1, type: 'story', time: 1, title: 'T' };
    const a = { id: 2, type: 'comment', time: 2, parent: 3, text: 'a' };
    const b = { id: 3, type: 'comment', time: 2, parent: 2, text: 'b' };
    const result = parseHnFirebase([story, a, b], context);
    expect(result.ok && result.value.nodes.map((n) => [n.id, n.parent])).toEqual([['1', null], ['2', '1'], ['3', '2']]);
  });

  it('refuses input without any HN item, with a sentence to act on', () => {
    const result = parseHnFirebase([{ name: 'x' }], context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('invalidThread');
  });
});

describe('hnFirebaseParser.sniff', () => {
  it('recognises the flat array and a single item, and not an Algolia response', () => {
    expect(hnFirebaseParser.sniff({ text, json: items })).toBe(true);
    expect(hnFirebaseParser.sniff({ text: '', json: items[0] })).toBe(true);
    const algolia = { id: 1, created_at_i: 1, children: [] };
    expect(hnFirebaseParser.sniff({ text: '', json: algolia })).toBe(false);
    expect(hnAlgoliaParser.sniff({ text, json: items })).toBe(false);
    expect(hnAlgoliaParser.sniff({ text: '', json: items[0] })).toBe(false);
  });
});
