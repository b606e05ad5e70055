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
