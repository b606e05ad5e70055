/*
 * Documents for the interop exporters' tests (imported by *.test.ts only): a small hand-built
 * thread full of awkward text, and every real thread in test/fixtures opened the way the app
 * opens it, with tags and notes laid over it deterministically.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isTaggable } from '../annotations/taggable';
import type { Annotations } from '../annotations/types';
import { createDocument } from '../document/create-document';
import { openInput } from '../document/open-input';
import type { ThreadmapDocument } from '../document/types';
import type { Tag, ThreadNode } from '../map/types';

const AT = '2026-11-26T14:00:00.000Z';
const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);

function node(id: string, parent: string | null, text: string, extra: Partial<ThreadNode> = {}): ThreadNode {
  return {
    id,
    parent,
    kind: parent === null ? 'post' : 'comment',
    author: `user_${id}`,
    createdAt: '2017-08-08T01:47:02.000Z',
    text,
    url: `https://news.ycombinator.com/item?id=${id}`,
    status: 'ok',
    ...extra,
  };
}

/** A small thread whose texts try to break every format, with every tag, status and kind. */
export function sampleDocument(): ThreadmapDocument {
  const nodes: ThreadNode[] = [
    node('100', null, '', { title: 'Is [this] a <good> idea? #1', text: '' }),
    node('101', '100', 'First paragraph, with "quotes" and a comma.\n\nSecond paragraph\nwith a line break.'),
    node('102', '101', '= SUM(A1:A2) and [a link](http://x.y) and <script>alert(1)</script>'),
    node('103', '101', '- leading dash, e.g. U.S.A. :lol: .A. https://example.com/a_b//c {x: 1} === #tag *b* _i_ \\ back'),
    node('104', '100', 'مرحبا بالعالم — שלום עולם 😀👍🏽 naïve café', { author: 'رامي' }),
    node('105', '104', '', { status: 'deleted', author: null, createdAt: null, url: null }),
    node('106', '105', '@admin +1 this\r\nis "fine", really', { status: 'dead' }),
    node('107', '104', '', { kind: 'more', moreCount: 12, author: null, url: null }),
    node('108', '100', '> quoted line\n1. not a list\n# not a heading\n---', { kind: 'claim', range: [0, 5] }),
  ];
  const tags: Record<string, Tag> = { '101': 'pro', '102': 'con', '103': 'question', '104': 'con', '106': 'pro', '108': 'question' };
  const annotations: Annotations = {};
  for (const [id, tag] of Object.entries(tags)) annotations[id] = { tag, updatedAt: AT };
  annotations['101'] = { tag: 'pro', note: 'Strong point;\nsecond line, with "quotes".', updatedAt: AT };
  annotations['105'] = { note: 'Deleted but its reply matters.', updatedAt: AT };
  return createDocument(
    { source: { kind: 'hn', url: 'https://news.ycombinator.com/item?id=100', title: 'Is [this] a <good> idea? #1', retrievedAt: AT }, nodes, links: [] },
    { annotations, now: AT },
  );
}

/**
 * The Reddit thread with tags where they mean nothing, as an older file may hold them: on the
 * post and on every `more` stub, next to real tags on two comments.
 */
export function misplacedTagsDocument(): ThreadmapDocument {
  const doc = fixtureDocument('reddit_r-redditdev_2ujhkr_comments_reddift.json');
  const annotations: Annotations = { ...doc.annotations, t3_2ujhkr: { tag: 'con', note: 'on the post', updatedAt: AT } };
  for (const entry of doc.nodes) if (entry.kind === 'more') annotations[entry.id] = { tag: 'con', note: 'on a stub', updatedAt: AT };
  return { ...doc, annotations };
}

/** Every thread file in test/fixtures (the README is not one). */
export const FIXTURE_FILES: readonly string[] = readdirSync(FIXTURES)
  .filter((name) => !name.endsWith('.md'))
  .sort();

/**
 * A fixture opened as the app opens it, with every node that can carry a tag (not the root, not
 * a `more` stub) tagged in turn pro, con, question, untagged, and every fifth one given a note. Throws when the fixture does not open,
 * so a test on it fails with the reason.
 */
export function fixtureDocument(name: string): ThreadmapDocument {
  const opened = openInput(readFileSync(new URL(name, FIXTURES), 'utf8'), { retrievedAt: AT, fileName: name, now: AT });
  if (!opened.ok) throw new Error(`${name} did not open: ${opened.error.message}`);
  const doc = opened.value;
  const cycle: (Tag | null)[] = ['pro', 'con', 'question', null];
  const annotations: Annotations = {};
  doc.nodes.forEach((entry, i) => {
    if (!isTaggable(entry)) return;
    const tag = cycle[i % cycle.length] ?? null;
    const note = i % 5 === 0 ? `Note on ${entry.id}: "why",\nand more.` : undefined;
    if (tag === null && note === undefined) return;
    annotations[entry.id] = { ...(tag !== null ? { tag } : {}), ...(note !== undefined ? { note } : {}), updatedAt: AT };
  });
  return { ...doc, annotations };
}
