import { readFileSync } from 'node:fs';
import { classifyWarnings } from '../../document/warnings';
import { describe, expect, it } from 'vitest';
import type { Thread } from '../../map/types';
import type { Result } from '../../result';
import { parseDiscourse } from './parse-discourse';

const FIXTURE = new URL('../../../../test/fixtures/discourse_t-2108_posts_criticalfallibilism.json', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');
const context = { retrievedAt: '2026-11-26T14:00:00.000Z' };

type RawPost = Record<string, unknown>;
interface RawPage { id: number; post_stream: { posts: RawPost[] }; [key: string]: unknown }

function load(): RawPage {
  return JSON.parse(text) as RawPage;
}

function run(json: unknown, sourceUrl?: string): Result<Thread> {
  return parseDiscourse({ text: '', json }, { ...context, sourceUrl: sourceUrl ?? null });
}

function parse(json: unknown, sourceUrl?: string): Thread {
  const result = run(json, sourceUrl);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('parseDiscourse on a real /t/ID/posts.json page', () => {
  const result = run(load());
  const thread = result.ok ? result.value : parse(load());
  const node = (id: string) => thread.nodes.find((n) => n.id === id)!;

  it('keeps all 20 posts, post 1 as the root', () => {
    expect(thread.nodes).toHaveLength(20);
    expect(thread.nodes[0]).toMatchObject({ id: '18843', parent: null, kind: 'post', author: 'Elliot', createdAt: '2025-09-25T19:11:22.095Z' });
    expect(thread.nodes.slice(1).every((n) => n.kind === 'comment')).toBe(true);
  });

  it('maps reply_to_post_number through post numbers, and null to the topic', () => {
    expect(node('18853').parent).toBe('18848'); // post 8 replies to post 3
    expect(node('18868').parent).toBe('18850'); // post 20 replies to post 5
    expect(node('18866').parent).toBe('18855'); // post 19 replies to post 10
    expect(node('18857').parent).toBe('18843'); // post 12 replies to the topic
  });

  it('orders posts depth-first by reply, siblings by post number', () => {
    expect(thread.nodes.slice(0, 8).map((n) => n.id)).toEqual(['18843', '18845', '18848', '18853', '18856', '18858', '18861', '18862']);
  });

  it('decodes entities and resolves relative links against the forum origin found in the page', () => {
    expect(node('18851').text).toContain('your insistence that man & woman are terms');
    expect(node('18868').text).toContain('Elliot Temple (https://discuss.criticalfallibilism.com/c/elliot-temple/13)');
    expect(node('18868').url).toBe('https://discuss.criticalfallibilism.com/t/comments-on-the-boyfriends-introduction-to-feminism/2108/20');
    expect(thread.source.url).toBe('https://discuss.criticalfallibilism.com/t/comments-on-the-boyfriends-introduction-to-feminism/2108');
  });

  it('records quotes of posts other than the parent as quote links', () => {
    expect(thread.links).toContainEqual({ from: '18866', to: '18857', kind: 'quote' });
    // Post 20 quotes post 5, its own parent, and post 1 of another topic: neither is a link.
    expect(thread.links.filter((l) => l.from === '18868')).toEqual([]);
  });

  it('says the page holds only part of the topic, as a partial-thread notice rather than a repair', () => {
    const { partial, repairs } = classifyWarnings(result.ok ? result.warnings : []);
    expect(partial).toContain("This page holds 20 of the topic's 446 posts; the others are not in the map.");
    expect(repairs).toEqual([]);
  });
});

describe('parseDiscourse on variants', () => {
  it('marks deleted and hidden posts, keeping their replies under them', () => {
    const page = load();
    page.post_stream.posts[2]!['deleted_at'] = '2025-09-28T00:00:00.000Z';
    page.post_stream.posts[3]!['hidden'] = true;
    const thread = parse(page);
    const byId = new Map(thread.nodes.map((n) => [n.id, n]));
    expect(byId.get('18848')?.status).toBe('deleted');
    expect(byId.get('18849')?.status).toBe('removed');
    expect(byId.get('18853')?.parent).toBe('18848');
  });

  it('adds an empty topic root when post 1 is not on the page, and says so', () => {
    const page = load();
    page.post_stream.posts = page.post_stream.posts.slice(1);
    const result = run(page);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes).toHaveLength(20);
    expect(result.value.nodes[0]).toMatchObject({ id: 'topic-2108', parent: null, kind: 'post', text: '' });
    expect(result.value.nodes.find((n) => n.id === '18845')?.parent).toBe('topic-2108');
    expect(result.warnings.join(' ')).toMatch(/first post is not on this page/);
  });

  it('shows a reply to a post on another page under the topic, naming the missing post', () => {
    const page = load();
    page.post_stream.posts = page.post_stream.posts.filter((p) => p['post_number'] !== 3);
    const result = run(page);
    expect(result.ok && result.value.nodes.find((n) => n.id === '18853')?.parent).toBe('18843');
    expect(result.ok && result.warnings.join(' ')).toMatch(/#3/);
  });

  it('uses the topic title and the fetched URL of a /t/ID.json page', () => {
    const page = { ...load(), title: 'Comments on The Boyfriend’s Introduction to Feminism', slug: 'comments', posts_count: 446 };
    const thread = parse(page, 'https://forum.example/t/comments/2108.json');
    expect(thread.nodes[0]!.title).toBe('Comments on The Boyfriend’s Introduction to Feminism');
    expect(thread.source).toMatchObject({ title: 'Comments on The Boyfriend’s Introduction to Feminism', url: 'https://forum.example/t/comments/2108.json' });
    expect(thread.nodes.find((n) => n.id === '18868')?.text).toContain('(https://forum.example/c/elliot-temple/13)');
  });

  it('refuses JSON without a post stream', () => {
    const result = run({ id: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('invalidThread');
  });
});
