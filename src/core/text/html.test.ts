import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './index';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');

interface DiscoursePost { id: number; cooked: string }
const discoursePosts = (JSON.parse(fixture('discourse_t-2108_posts_criticalfallibilism.json')) as { post_stream: { posts: DiscoursePost[] } }).post_stream.posts;
const cooked = (id: number) => discoursePosts.find((post) => post.id === id)!.cooked;
interface MastodonStatus { id: string; content: string }
const statuses = (JSON.parse(fixture('mastodon_context_109294719267373593_rtoot.json')) as { descendants: MastodonStatus[] }).descendants;
const content = (id: string) => statuses.find((status) => status.id === id)!.content;

describe('htmlToText on recorded comments', () => {
  it('numbers an ordered list from its start attribute, as the page does', () => {
    // Post 18849 quotes item 2 of the book's list (`<ol start="2">`) and calls it "#2".
    const text = htmlToText(cooked(18849));
    expect(text).toContain('I think #2 is problematic also:\n\n> 2. We can reliably tell men from women');
    expect(text).not.toContain('> 1. We can reliably tell');
    // A list without a start still counts from 1.
    expect(text).toContain('> 1. Humans have two genders');
  });

  it('leaves no space at either side of a line break', () => {
    // Discourse writes `<br>` and a newline before the next line; Mastodon a space before `<br>`.
    expect(htmlToText(cooked(18849))).toContain('(and similar in Webster’s 1828).\nFrom my own research');
    const mention = htmlToText(content('109297251500109829'));
    expect(mention).toBe('@austinkocher @Gargron @Mastodon\nOh, this is good news.');
    for (const post of discoursePosts) expect(htmlToText(post.cooked)).not.toMatch(/ \n|\n (?! )/);
    for (const status of statuses) expect(htmlToText(status.content)).not.toMatch(/ \n|\n (?! )/);
  });
});

describe('htmlToText keeps every word of the recorded HN thread', () => {
  interface HnItem { id: number; text?: string }
  const items = JSON.parse(fixture('hn-firebase_14952787_flat-items_forum-explorer.json')) as HnItem[];
  const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
  /**
   * The letters of an item's HTML, read independently, in stretches between its links (a long
   * link label is replaced by its target): tags dropped, entities decoded, all but letters and digits left out.
   */
  const sourceStretches = (html: string) =>
    html
      .split(/<a\b[^>]*>.*?<\/a>/s)
      .map((part) => letters(part.replace(/<[^>]+>/g, '').replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&(quot|gt|lt|amp);/g, '')))
      .filter(Boolean);

  it('loses no words where HN puts paragraphs inside italics (<i>…<p>…</i>)', () => {
    const lost: number[] = [];
    for (const item of items) {
      if (!item.text) continue;
      const shown = letters(htmlToText(item.text));
      if (sourceStretches(item.text).some((stretch) => !shown.includes(stretch))) lost.push(item.id);
    }
    expect(lost).toEqual([]);
  });

  it('carries the emphasis on into the next paragraph, and opens no empty paragraph', () => {
    // Item 14953495 italicises a quote that runs over a paragraph break.
    const item = items.find((entry) => entry.id === 14953495)!;
    expect(item.text).toMatch(/<i>[^<]*<p>/);
    expect(htmlToText(item.text!)).toContain('You cannot decrease one without increasing the other. It is, for example, one of the difficulties in making good medical diagnostic tests.\n\nwithout dumping in a lot more money');
    expect(htmlToText('<i>one<p>two</i><p>three')).toBe('one\n\ntwo\n\nthree');
  });
});
