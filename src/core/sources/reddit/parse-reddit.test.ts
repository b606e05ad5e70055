import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import type { Thread, ThreadNode } from '../../map/types';
import type { Result } from '../../result';
import { parseReddit } from './parse-reddit';
import { redditCommentsParser } from './index';

const FIXTURE = new URL('../../../../test/fixtures/reddit_r-redditdev_2ujhkr_comments_reddift.json', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');
const context = { retrievedAt: '2026-11-26T14:00:00.000Z' };

function parse(json: unknown): Thread {
  const result: Result<Thread> = parseReddit({ text: JSON.stringify(json), json }, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function byId(thread: Thread): Map<string, ThreadNode> {
  return new Map(thread.nodes.map((node) => [node.id, node]));
}

interface Thing { kind: string; data: Record<string, unknown> }

/** The fixture's own comments and more stubs with the parent each one names. */
function expectedEntries(): { t1: Map<string, string>; more: Map<string, { parent: string; children: number }> } {
  const json = JSON.parse(text) as [unknown, { data: { children: Thing[] } }];
  const t1 = new Map<string, string>();
  const more = new Map<string, { parent: string; children: number }>();
  const stack = [...json[1].data.children];
  while (stack.length) {
    const thing = stack.pop()!;
    if (thing.kind === 'more') {
      more.set(String(thing.data['name']), { parent: String(thing.data['parent_id']), children: (thing.data['children'] as string[]).length });
      continue;
    }
    t1.set(String(thing.data['name']), String(thing.data['parent_id']));
    const replies = thing.data['replies'] as { data?: { children: Thing[] } } | '';
    if (replies && replies.data) stack.push(...replies.data.children);
  }
  return { t1, more };
}

describe('parseReddit on a real /comments/ID.json response', () => {
  const thread = parse(JSON.parse(text));
  const nodes = byId(thread);

  it('keeps the post, all 51 comments and all 21 more stubs', () => {
    expect(thread.nodes).toHaveLength(1 + 51 + 21);
    expect(thread.nodes.filter((n) => n.kind === 'comment')).toHaveLength(51);
    expect(thread.nodes.filter((n) => n.kind === 'more')).toHaveLength(21);
    expect(new Set(thread.nodes.map((n) => n.id)).size).toBe(thread.nodes.length);
  });

  it('starts with the post, titled, as the root', () => {
    const root = thread.nodes[0]!;
    expect(root).toMatchObject({ id: 't3_2ujhkr', parent: null, kind: 'post', author: 'kemitche', createdAt: '2015-02-02T18:24:21.000Z' });
    expect(root.title).toBe('Important: API licensing terms clarified; Cookie-authentication deprecation warning');
    expect(root.url).toBe('https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/');
    expect(thread.source).toMatchObject({ kind: 'reddit', title: root.title, retrievedAt: context.retrievedAt, url: root.url });
  });

  it('hangs every comment under the parent it names', () => {
    const { t1 } = expectedEntries();
    expect(t1.size).toBe(51);
    for (const [id, parent] of t1) expect(nodes.get(id)?.parent, id).toBe(parent);
    expect(nodes.get('t1_cogz3r1')?.parent).toBe('t1_cogquu1');
    expect(nodes.get('t1_cq21eh6')?.parent).toBe('t3_2ujhkr');
  });

  it('turns every more stub into a "more" node under its parent, counting the replies it stands for', () => {
    const { more } = expectedEntries();
    expect(more.size).toBe(21);
    for (const [id, { parent, children }] of more) {
      const node = nodes.get(id);
      expect(node, id).toMatchObject({ kind: 'more', parent, moreCount: children });
    }
    expect(nodes.get('t1_cpddp7v')).toMatchObject({ parent: 't1_cp88kh5', moreCount: 3, text: '3 more replies not loaded.' });
    expect(nodes.get('t1_cpk1daq')?.text).toBe('1 more reply not loaded.');
  });

  it('decodes the doubly escaped body_html and keeps link targets in the text', () => {
    const node = nodes.get('t1_cq21eh6')!;
    expect(node.text).toBe(
      "In this post (https://www.reddit.com/r/redditdev/comments/1yxrp7/formal_ratelimiting_headers/) you recommend using http://www.reddit.com for GET request that don't require the latest data because it won't count against our total. Will this stop being true on Aug. 3?",
    );
    expect(node.html?.startsWith('<div class="md"><p>In <a href=')).toBe(true);
    expect(node.author).toBe('joemtz');
    expect(node.url).toBe('https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/cq21eh6/');
  });

  it('resolves relative links in the post against reddit.com', () => {
    expect(thread.nodes[0]!.text).toContain('licensing page (https://www.reddit.com/wiki/licensing)');
  });

  it('keeps [deleted] comments as deleted nodes without an author, with their replies under them', () => {
    const deleted = thread.nodes.filter((n) => n.status === 'deleted');
    expect(deleted.map((n) => n.id).sort()).toEqual(['t1_co91cai', 't1_cogquu1']);
    for (const node of deleted) expect(node.author).toBeNull();
    expect(nodes.get('t1_cogz3r1')?.parent).toBe('t1_cogquu1');
  });

  it('orders nodes depth-first: every node comes after its parent and right after its previous sibling subtree', () => {
    const position = new Map(thread.nodes.map((n, i) => [n.id, i]));
    for (const node of thread.nodes.slice(1)) expect(position.get(node.parent!)!).toBeLessThan(position.get(node.id)!);
    expect(thread.nodes[1]!.id).toBe('t1_cq21eh6');
  });
});

describe('parseReddit on other shapes', () => {
  it('reads raw_json=1 bodies (markup not escaped) to the same text', () => {
    const raw = JSON.parse(text, (key, value: unknown) => (key.endsWith('_html') && typeof value === 'string' ? decodeHTML(value) : value)) as unknown;
    const escaped = parse(JSON.parse(text));
    const unescaped = parse(raw);
    expect(unescaped.nodes.map((n) => n.text)).toEqual(escaped.nodes.map((n) => n.text));
  });

  it('reads a comments listing saved on its own, with an empty stand-in for the post', () => {
    const json = JSON.parse(text) as unknown[];
    const result = parseReddit({ text: '', json: json[1] }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes[0]).toMatchObject({ id: 't3_2ujhkr', kind: 'post', text: '', parent: null });
    expect(result.value.nodes).toHaveLength(73);
    expect(result.warnings.join(' ')).toMatch(/post itself is not in this file/);
  });

  it('reads a post listing on its own as a one-node thread', () => {
    const json = JSON.parse(text) as unknown[];
    const thread = parse([json[0]]);
    expect(thread.nodes.map((n) => n.id)).toEqual(['t3_2ujhkr']);
  });

  it('keeps a reply whose parent is missing, under an empty stand-in for that parent', () => {
    const json = JSON.parse(text) as [unknown, { kind: string; data: { children: Thing[] } }];
    const deleted = json[1].data.children.find((c) => c.data['name'] === 't1_cogquu1')!;
    const replies = (deleted.data['replies'] as { kind: string; data: { children: Thing[] } });
    const result = parseReddit({ text: '', json: [json[0], replies] }, context);
    expect(result.ok && result.value.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['t3_2ujhkr', null],
      ['t1_cogquu1', 't3_2ujhkr'],
      ['t1_cogz3r1', 't1_cogquu1'],
      ['t1_coh2imm', 't1_cogz3r1'],
    ]);
  });

  it('refuses a subreddit listing of several posts with a sentence saying what to open', () => {
    const json = JSON.parse(text) as [{ kind: string; data: { children: unknown[] } }];
    const post = json[0].data.children[0];
    const result = parseReddit({ text: '', json: { kind: 'Listing', data: { children: [post, post] } } }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'invalidThread', message: expect.stringMatching(/not one thread/) });
  });

  it('gives "continue this thread" stubs distinct ids', () => {
    const stub = (parent: string) => ({ kind: 'more', data: { count: 0, name: 't1__', id: '_', parent_id: parent, depth: 10, children: [] } });
    const json = JSON.parse(text) as [unknown, { kind: string; data: { children: Thing[] } }];
    json[1].data.children.push(stub('t1_cq21eh6') as Thing, stub('t3_2ujhkr') as Thing);
    const thread = parse(json);
    expect(thread.nodes.filter((n) => n.id.startsWith('more-')).map((n) => n.id).sort()).toEqual(['more-t1_cq21eh6', 'more-t3_2ujhkr']);
  });

  it('reads a reply chain 500 deep without recursion', () => {
    const json = JSON.parse(text) as [unknown, { kind: string; data: { children: unknown[] } }];
    let chain: unknown = '';
    for (let i = 500; i >= 1; i--) {
      const data = { id: `d${i}`, name: `t1_d${i}`, parent_id: i === 1 ? 't3_2ujhkr' : `t1_d${i - 1}`, author: 'a', body: `level ${i}`, created_utc: 1422901461 + i, replies: chain };
      chain = { kind: 'Listing', data: { children: [{ kind: 't1', data }] } };
    }
    json[1] = chain as { kind: string; data: { children: unknown[] } };
    const thread = parse(json);
    expect(thread.nodes).toHaveLength(501);
    expect(thread.nodes[500]).toMatchObject({ id: 't1_d500', parent: 't1_d499', text: 'level 500' });
  });

  it('recognises the fixture and refuses non-Reddit JSON in sniff', () => {
    const json: unknown = JSON.parse(text);
    expect(redditCommentsParser.sniff({ text, json })).toBe(true);
    expect(redditCommentsParser.sniff({ text: '[]', json: [] })).toBe(false);
    expect(redditCommentsParser.sniff({ text: '{}', json: { kind: 'Listing' } })).toBe(false);
  });
});

describe('parseReddit reads plain-text fields as their authors wrote them', () => {
  const json = (): [{ kind: string; data: { children: Thing[] } }, { kind: string; data: { children: Thing[] } }] => JSON.parse(text) as never;

  it('leaves no HTML entity in any text or title of the recorded thread', () => {
    const thread = parse(JSON.parse(text));
    for (const node of thread.nodes) {
      expect(`${node.title ?? ''} ${node.text}`, node.id).not.toMatch(/&(?:amp|lt|gt|quot|#39|#x27);/);
    }
    // The fixture's bodies carry `&gt;` and `&#39;` in both its fields; the text has the characters.
    expect(thread.nodes.some((n) => n.text.includes("'"))).toBe(true);
  });

  it('decodes a title and a plain body exactly once', () => {
    const file = json();
    const post = file[0].data.children[0]!;
    post.data['title'] = 'Q&amp;A: rate limits &amp;amp; &lt;OAuth&gt;';
    const comment = file[1].data.children[0]!;
    delete comment.data['body_html'];
    comment.data['body'] = 'Tom &amp; Jerry &gt; Itchy &amp;amp; Scratchy';
    const thread = parse(file);
    expect(thread.nodes[0]!.title).toBe('Q&A: rate limits &amp; <OAuth>');
    expect(thread.source.title).toBe('Q&A: rate limits &amp; <OAuth>');
    expect(thread.nodes.find((n) => n.id === comment.data['name'])!.text).toBe('Tom & Jerry > Itchy &amp; Scratchy');
  });

  it('keeps flair markup `[](/SF)` out of the text, in body_html and in a plain body', () => {
    const file = json();
    const [first, second] = file[1].data.children as [Thing, Thing];
    first.data['body_html'] = '&lt;div class="md"&gt;&lt;p&gt;&lt;a href="/SF"&gt;&lt;/a&gt; Go Niners! See &lt;a href="/r/nfl"&gt;r/nfl&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;';
    delete second.data['body_html'];
    second.data['body'] = '[](/SF "49ers") Go Niners!';
    const thread = parse(file);
    const byName = byId(thread);
    expect(byName.get(String(first.data['name']))!.text).toBe('Go Niners! See r/nfl (https://www.reddit.com/r/nfl)');
    expect(byName.get(String(second.data['name']))!.text).toBe('Go Niners!');
    expect(thread.nodes.some((n) => n.text.includes('reddit.com/SF'))).toBe(false);
  });

  it('reads a plain body of 20,000 unclosed flair openings to the end', () => {
    const file = json();
    const comment = file[1].data.children[0]!;
    delete comment.data['body_html'];
    comment.data['body'] = '[](/SF "'.repeat(20_000);
    const node = parse(file).nodes.find((n) => n.id === comment.data['name'])!;
    expect(node.text).toBe('[](/SF "'.repeat(20_000).trim());
  });
});
