import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Thread } from '../../map/types';
import { parseLobsters } from './parse-lobsters';

const FIXTURE = new URL('../../../../test/fixtures/lobsters_s-tdfoqh_compose-lobsters.json', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');
const context = { retrievedAt: '2026-11-26T14:00:00.000Z' };

type RawComment = Record<string, unknown>;
interface RawStory { comments: RawComment[]; [key: string]: unknown }

function load(): RawStory {
  return JSON.parse(text) as RawStory;
}

function parse(json: unknown): Thread {
  const result = parseLobsters({ text: '', json }, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function parents(thread: Thread): Record<string, string | null> {
  return Object.fromEntries(thread.nodes.map((n) => [n.id, n.parent]));
}

const EXPECTED_PARENTS = {
  tdfoqh: null,
  ncdsfc: 'tdfoqh',
  m3wyu5: 'tdfoqh',
  pcvbcd: 'm3wyu5',
  '9vyyu5': 'tdfoqh',
  owddle: '9vyyu5',
  lqqn3a: 'owddle',
  '7b0jgw': 'tdfoqh',
  ei3nck: 'tdfoqh',
  '4l8mzk': 'tdfoqh',
  qy0l9k: '4l8mzk',
};

describe('parseLobsters on a real /s/ID.json story', () => {
  const thread = parse(load());
  const node = (id: string) => thread.nodes.find((n) => n.id === id)!;

  it('makes the story the titled root and keeps all 10 comments in thread order', () => {
    expect(thread.nodes.map((n) => n.id)).toEqual(Object.keys(EXPECTED_PARENTS));
    expect(thread.nodes[0]).toMatchObject({ kind: 'post', author: 'gioele', title: "Ranking comments by sum of replies' scores", url: 'https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores' });
    expect(thread.source).toMatchObject({ kind: 'lobsters', title: "Ranking comments by sum of replies' scores", retrievedAt: context.retrievedAt });
  });

  it('hangs each comment under its parent_comment, and top-level comments under the story', () => {
    expect(parents(thread)).toEqual(EXPECTED_PARENTS);
  });

  it('decodes entities in the story and keeps link targets of a comment in its text', () => {
    expect(node('tdfoqh').text).toContain('(Maybe taking into account only children with >1 point,');
    expect(node('qy0l9k').text).toBe(
      'I’ve moved most of the vote (https://github.com/lobsters/lobsters/blob/cf52ab9f3f0b3ac805effc2e718f15922cb67332/app/models/comment.rb#L340) into the db, but not all (https://github.com/lobsters/lobsters/blob/cf52ab9f3f0b3ac805effc2e718f15922cb67332/app/models/comment.rb#L219). If calculated_confidence finished its move into the db almost any algorithm would be faster than the current implementation.',
    );
    expect(node('qy0l9k')).toMatchObject({ author: 'pushcx', createdAt: '2022-07-22T21:12:09.000Z', url: 'https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores#c_qy0l9k' });
    expect(node('qy0l9k').html).toContain('<a href="https://github.com/lobsters/');
  });

  it('keeps quoted text as a quote in the plain text', () => {
    expect(node('ncdsfc').text.startsWith('> to avoid giving importance to superficial back-and-forth discussions\n\nMaybe take the max')).toBe(true);
  });
});

describe('parseLobsters on variants', () => {
  it('marks deleted and moderated comments, keeping their replies under them', () => {
    const story = load();
    story.comments[1]!['is_deleted'] = true;
    story.comments[5]!['is_moderated'] = true;
    const thread = parse(story);
    const byId = new Map(thread.nodes.map((n) => [n.id, n]));
    expect(byId.get('m3wyu5')?.status).toBe('deleted');
    expect(byId.get('lqqn3a')?.status).toBe('removed');
    expect(byId.get('pcvbcd')).toMatchObject({ parent: 'm3wyu5', status: 'ok' });
    expect(thread.nodes.filter((n) => n.status === 'ok')).toHaveLength(9);
  });

  it('derives parents from indent levels in the older API without parent_comment', () => {
    const story = load();
    for (const comment of story.comments) {
      comment['indent_level'] = (comment['depth'] as number) + 1;
      delete comment['parent_comment'];
      delete comment['depth'];
      comment['commenting_user'] = { username: comment['commenting_user'], karma: 1 };
    }
    const thread = parse(story);
    expect(parents(thread)).toEqual(EXPECTED_PARENTS);
    expect(thread.nodes.find((n) => n.id === 'qy0l9k')?.author).toBe('pushcx');
  });

  it('keeps a comment whose parent is missing under the story and says so', () => {
    const story = load();
    story.comments = story.comments.filter((c) => c['short_id'] !== 'owddle');
    const result = parseLobsters({ text: '', json: story }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.find((n) => n.id === 'lqqn3a')?.parent).toBe('tdfoqh');
    expect(result.warnings.join(' ')).toMatch(/lqqn3a/);
  });

  it('keeps the link of a link story in the root text', () => {
    const story = load();
    story['url'] = 'https://example.org/article';
    expect(parse(story).nodes[0]!.text.endsWith('\n\nhttps://example.org/article')).toBe(true);
  });

  it('refuses a file with no comments list, naming what to save instead', () => {
    const result = parseLobsters({ text: '', json: { short_id: 'x' } }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('invalidThread');
  });
});
