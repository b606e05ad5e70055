import { describe, expect, it } from 'vitest';
import { firstSentence, suggestTags } from './suggest';
import { openRecorded } from '../map/testing/edit-fixtures';

describe('suggestTags', () => {
  it('suggests "question" for the replies of the plain-text sample that open with a question', () => {
    const doc = openRecorded('hn-text_eggos-unikernel-thread.txt');
    const suggestions = suggestTags(doc);
    expect([...suggestions.keys()]).toEqual(['t1', 't2', 't5', 't14', 't21']);
    expect(suggestions.get('t1')).toEqual({ tag: 'question', reason: 'It opens with a question: “Honest question: why use a unikernel on bare metal?”' });
    expect(doc.annotations).toEqual({});
  });

  it('reads past the @names a Mastodon reply opens with', () => {
    const suggestions = suggestTags(openRecorded('mastodon_context_109294719267373593_rtoot.json'));
    expect(suggestions.get('109296683928836960')?.tag).toBe('question');
    expect(suggestions.get('109296619067094030')?.reason).toContain('When can we expect this release?');
    expect(suggestions.size).toBe(9);
  });

  it('never suggests for the post, "more" stubs or deleted comments of a Reddit thread', () => {
    const doc = openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const suggestions = suggestTags(doc);
    expect(suggestions.get('t1_coackiw')?.tag).toBe('question');
    for (const id of suggestions.keys()) {
      const node = doc.nodes.find((candidate) => candidate.id === id)!;
      expect(node.kind).toBe('comment');
      expect(node.status).toBe('ok');
    }
    expect(suggestions.has(doc.nodes[0]!.id)).toBe(false);
  });

  it('leaves out rhetorical openers that argue a side but keeps a question after a quote', () => {
    const suggestions = suggestTags(openRecorded('hn-algolia-derived_14952787_first-3-top-level.json'));
    expect(suggestions.has('14957722')).toBe(false); // "Sure, so why can't we accept that then, …?"
    expect(suggestions.has('14957092')).toBe(false); // "So you're saying that discussing something … ?"
    expect(suggestions.has('14956173')).toBe(false); // "Why don't you write one?"
    expect(suggestions.get('14956204')?.reason).toBe('It opens with a question: “Proof?”');
    expect(suggestions.get('14967157')?.tag).toBe('question');
    expect(suggestions.size).toBe(67);
  });
});

describe('firstSentence', () => {
  it('skips a quoted paragraph and stops at the first sentence end', () => {
    expect(firstSentence('> You said this.\n\nDid I? Yes.')).toBe('Did I?');
    expect(firstSentence('At what point has it been "enough?" What now?')).toBe('At what point has it been "enough?" What now?');
  });
});
