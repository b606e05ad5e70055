import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../map/graph';
import { hnAlgoliaParser, parseHnAlgolia } from './algolia';
import { hnParsers } from './index';

interface RawItem {
  id: number;
  parent_id?: number | null;
  author?: string;
  children: RawItem[];
}

const fixtureUrl = (name: string): URL => new URL(`../../../../test/fixtures/${name}`, import.meta.url);
const currentText = readFileSync(fixtureUrl('hn-algolia-derived_14952787_first-3-top-level.json'), 'utf8');
const current = JSON.parse(currentText) as RawItem;
const oldText = readFileSync(fixtureUrl('hn-algolia_items-17_2014_node-hacker-news-api.json'), 'utf8');
const context = { retrievedAt: '2026-11-26T13:59:58.000Z' };

/** Every item of the nested response with the id of the item that contains it, in order. */
function flatten(root: RawItem): { item: RawItem; container: number | null }[] {
  const out: { item: RawItem; container: number | null }[] = [];
  const stack: { item: RawItem; container: number | null }[] = [{ item: root, container: null }];
  while (stack.length) {
    const entry = stack.pop()!;
    out.push(entry);
    for (let i = entry.item.children.length - 1; i >= 0; i--) stack.push({ item: entry.item.children[i]!, container: entry.item.id });
  }
  return out;
}

describe('parseHnAlgolia on the current response shape', () => {
  const result = parseHnAlgolia(current, context);
  if (!result.ok) throw new Error(result.error.message);
  const { nodes, source } = result.value;
  const byId = new Map(nodes.map((n) => [n.id, n]));

  it('keeps all 579 items in the given depth-first order, each under the item that contains it', () => {
    const flat = flatten(current);
    expect(nodes).toHaveLength(579);
    expect(nodes.map((n) => n.id)).toEqual(flat.map((e) => String(e.item.id)));
    for (const { item, container } of flat) {
      const node = byId.get(String(item.id))!;
      expect(node.parent).toBe(container === null ? null : String(container));
      if (item.parent_id != null && container !== null) expect(node.parent).toBe(String(item.parent_id));
    }
    // Nothing left out or repeated: the one warning is about the tombstones (below).
    expect(result.warnings).toHaveLength(1);
    expect(buildMap(nodes).warnings).toEqual([]);
  });

  it('warns that the tombstones may be deleted or dead, as the Firebase items of the same thread show both', () => {
    const firebase = JSON.parse(readFileSync(fixtureUrl('hn-firebase_14952787_flat-items_forum-explorer.json'), 'utf8')) as { id: number; deleted?: boolean; dead?: boolean }[];
    const truth = new Map(firebase.map((item) => [String(item.id), item.deleted ? 'deleted' : item.dead ? 'dead' : 'ok']));
    const tombstones = nodes.filter((n) => n.status === 'deleted').map((n) => truth.get(n.id));
    expect(tombstones.filter((status) => status === 'deleted')).toHaveLength(14);
    expect(tombstones.filter((status) => status === 'dead')).toHaveLength(19);
    expect(result.warnings).toEqual([expect.stringMatching(/^About the data: 33 comments come as an id and replies only, .*both deleted and dead \(flagged\).*the cause is unknown and some may be dead/)]);
  });

  it('marks the {id, children}-only items deleted and keeps their replies under them', () => {
    const tombstones = nodes.filter((n) => n.status === 'deleted');
    expect(tombstones).toHaveLength(33);
    expect(tombstones.every((n) => n.author === null && n.text === '' && n.createdAt === null && n.html === undefined)).toBe(true);
    const withReplies = tombstones.filter((t) => nodes.some((n) => n.parent === t.id));
    expect(withReplies.length).toBeGreaterThan(0);
  });

  it('maps the story to a titled post root and comments to decoded plain text', () => {
    expect(nodes[0]).toMatchObject({
      id: '14952787',
      parent: null,
      kind: 'post',
      title: 'Google Fires Employee Behind Controversial Diversity Memo',
      createdAt: '2017-08-08T01:31:15.000Z',
      url: 'https://news.ycombinator.com/item?id=14952787',
    });
    expect(byId.get('14953048')).toMatchObject({
      kind: 'comment',
      author: 'sctb',
      parent: '14952787',
      createdAt: '2017-08-08T02:01:51.000Z',
    });
    expect(byId.get('14953048')!.text.split('\n\n')).toHaveLength(2);
    expect(byId.get('14953048')!.text).toMatch(/^We've closed this thread to new accounts because of trolling\./);
    expect(byId.get('14959320')!.text).toContain("it's a perception that mars the company. It's in everyone's best interest");
  });

  it('describes the source by its root item', () => {
    expect(source).toEqual({
      kind: 'hn',
      url: 'https://news.ycombinator.com/item?id=14952787',
      title: 'Google Fires Employee Behind Controversial Diversity Memo',
      retrievedAt: '2026-11-26T13:59:58.000Z',
    });
  });
});

describe('parseHnAlgolia on the 2014 response shape', () => {
  const result = parseHnAlgolia(JSON.parse(oldText), context);

  it('reads the old shape and makes the comment root parentless though it names parent 15', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => [n.id, n.parent, n.kind, n.author])).toEqual([
      ['17', null, 'comment', 'pg'],
      ['1079', '17', 'comment', 'dmon'],
      ['454426', '17', 'comment', 'Arrington'],
    ]);
    expect(result.value.nodes.map((n) => n.text)).toEqual([
      'Is there anywhere to eat on Sandhill Road?',
      'sure',
      "This is why we can't have nice things.",
    ]);
    expect(result.value.nodes[0]!.html).toBe('<p>Is there anywhere to eat on Sandhill Road?</p>');
    expect(result.value.source).toMatchObject({ url: 'https://news.ycombinator.com/item?id=17', title: null });
  });
});

describe('the Hacker News parsers', () => {
  it('are told apart by sniffing: each claims only its own input', () => {
    const oldJson: unknown = JSON.parse(oldText);
    expect(hnAlgoliaParser.sniff({ text: currentText, json: current })).toBe(true);
    expect(hnAlgoliaParser.sniff({ text: oldText, json: oldJson })).toBe(true);
    expect(hnAlgoliaParser.sniff({ text: '{"id":5,"children":[]}', json: { id: 5, children: [] } })).toBe(true);
    expect(hnAlgoliaParser.sniff({ text: 'hello', json: undefined })).toBe(false);
    expect(hnParsers.filter((p) => p.sniff({ text: currentText, json: current })).map((p) => p.format)).toEqual(['hn-algolia']);
  });

  it('claim none of the other recorded fixtures', () => {
    const others = readdirSync(fixtureUrl('')).filter((name) => name.endsWith('.json') && !name.startsWith('hn-'));
    expect(others.length).toBeGreaterThanOrEqual(4);
    for (const name of others) {
      const text = readFileSync(fixtureUrl(name), 'utf8');
      const json: unknown = JSON.parse(text);
      expect(hnParsers.filter((p) => p.sniff({ text, json })).map((p) => p.format), name).toEqual([]);
    }
  });

  it('refuses an object without an id, saying what to load instead', () => {
    const result = parseHnAlgolia({ children: [] }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'invalidThread', message: expect.stringContaining('hn.algolia.com') });
  });

  it('walks a reply chain 5,000 deep without running out of stack', () => {
    let deep: RawItem = { id: 5000, children: [] };
    for (let id = 4999; id >= 1; id--) deep = { id, author: 'a', parent_id: id - 1, children: [deep] };
    const result = parseHnAlgolia(deep, context);
    expect(result.ok && result.value.nodes).toHaveLength(5000);
    expect(result.ok && result.value.nodes[4999]!.parent).toBe('4999');
  });
});
