import { describe, expect, it } from 'vitest';
import { authorName, cardName, nameAndWords } from './author-name';
import type { ThreadNode } from './types';
import { fixtureGraph } from '../layout/testing/fixture-graphs';

function node(fields: Partial<ThreadNode>): ThreadNode {
  return { id: 'n', parent: 'p', kind: 'comment', author: null, createdAt: null, text: 'Some words', url: null, status: 'ok', ...fields };
}

const cut = (words: string) => words.slice(0, 20);

describe('authorName', () => {
  it('is the author whenever there is one, whatever the kind or status', () => {
    expect(authorName(node({ author: 'ada' }))).toBe('ada');
    expect(authorName(node({ author: 'ada', kind: 'post', parent: null }))).toBe('ada');
    expect(authorName(node({ author: 'ada', status: 'dead' }))).toBe('ada');
    expect(authorName(node({ author: 'ada', kind: 'claim' }))).toBe('ada');
  });

  it('names a node without an author by its kind', () => {
    expect(authorName(node({}))).toBe('Comment');
    expect(authorName(node({ author: '' }))).toBe('Comment');
    expect(authorName(node({ kind: 'post', parent: null }))).toBe('Post');
    expect(authorName(node({ kind: 'more', text: '', moreCount: 3 }))).toBe('More replies');
    expect(authorName(node({ kind: 'claim', range: [0, 4] }))).toBe('Claim');
  });

  it('names a deleted, dead or removed item without an author as its words do', () => {
    expect(authorName(node({ status: 'deleted', text: '' }))).toBe('[deleted]');
    expect(authorName(node({ status: 'dead' }))).toBe('[dead]');
    expect(authorName(node({ status: 'removed', kind: 'post', parent: null }))).toBe('[removed]');
  });

  it('gives every node of the recorded HN and Reddit threads a name, never "null" or an empty one', () => {
    for (const name of ['hn-firebase_14952787_flat-items_forum-explorer.json', 'reddit_r-redditdev_2ujhkr_comments_reddift.json']) {
      const names = fixtureGraph(name).nodes.map(authorName);
      expect(names.filter((shown) => !shown || shown === 'null' || shown === 'undefined')).toEqual([]);
    }
    const hn = fixtureGraph('hn-firebase_14952787_flat-items_forum-explorer.json').nodes;
    // The 112 deleted tombstones have neither author nor text.
    expect(hn.filter((item) => item.author === null).map(authorName)).toContain('[deleted]');
    const reddit = fixtureGraph('reddit_r-redditdev_2ujhkr_comments_reddift.json').nodes;
    expect(new Set(reddit.filter((item) => item.kind === 'more').map(authorName))).toEqual(new Set(['More replies']));
  });
});

describe('cardName', () => {
  it('is the author name, but nothing where the card already says it', () => {
    expect(cardName(node({ author: 'ada', kind: 'claim' }))).toBe('ada');
    // A comment without an author (pasted text) leads with its words; the side panel still says "Comment".
    expect(cardName(node({}))).toBe('');
    expect(authorName(node({}))).toBe('Comment');
    expect(cardName(node({ kind: 'post', parent: null }))).toBe('Post');
    expect(cardName(node({ kind: 'more', text: '' }))).toBe('More replies');
    // The card's "Claim" label names it.
    expect(cardName(node({ kind: 'claim' }))).toBe('');
    // The card's words are "[deleted]".
    expect(cardName(node({ status: 'deleted', text: '' }))).toBe('');
    // A dead comment that kept its words is named by its status: its words do not say it.
    expect(cardName(node({ status: 'dead' }))).toBe('[dead]');
  });
});

describe('nameAndWords', () => {
  it('joins the name and the words, saying a deleted item once', () => {
    expect(nameAndWords(node({ author: 'ada', text: 'A long comment about many things' }), cut)).toBe('ada: A long comment about');
    expect(nameAndWords(node({}), cut)).toBe('Comment: Some words');
    expect(nameAndWords(node({ status: 'deleted', text: '' }), cut)).toBe('[deleted]');
    expect(nameAndWords(node({ text: '' }), cut)).toBe('Comment');
  });
});
