import { describe, expect, it } from 'vitest';
import { AGREEMENT_CODEBOOK, categoryIds, customCodebook, OFFERED_CODEBOOKS, RUMOUREVAL_CODEBOOK, STANCE_CODEBOOK, withNoneCategory } from './codebook';
import { codebookSchema } from './schema';

describe('codebooks', () => {
  it('offer the default pro/con/question first, then RumourEval and agree/disagree/neutral, each valid by the file schema with one key per category', () => {
    expect(OFFERED_CODEBOOKS.map(categoryIds)).toEqual([['pro', 'con', 'question'], ['support', 'deny', 'query', 'comment'], ['agree', 'disagree', 'neutral']]);
    for (const codebook of [STANCE_CODEBOOK, RUMOUREVAL_CODEBOOK, AGREEMENT_CODEBOOK]) {
      expect(codebookSchema.safeParse(codebook).success).toBe(true);
      const keys = codebook.categories.map((category) => category.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('assign ids and keys to a user-written codebook: the first free letter of each label, else the next free one', () => {
    const codebook = customCodebook([{ label: 'Evidence' }, { label: 'Emotion' }, { label: 'Anecdote, personal' }, { label: 'Evidence' }, { label: 'ee' }]);
    expect(codebook.categories.map((c) => [c.id, c.key])).toEqual([
      ['evidence', 'e'],
      ['emotion', 'm'],
      ['anecdote-personal', 'a'],
      ['evidence-2', 'v'],
      ['ee', 'b'],
    ]);
    expect(codebookSchema.safeParse(codebook).success).toBe(true);
  });

  it('add the explicit "none of these" category last, once, and take it out again', () => {
    const withNone = withNoneCategory(withNoneCategory(STANCE_CODEBOOK, true), true);
    expect(categoryIds(withNone)).toEqual(['pro', 'con', 'question', 'none']);
    expect(categoryIds(withNoneCategory(withNone, false))).toEqual(['pro', 'con', 'question']);
  });

  it('are refused by the schema when two categories share an id', () => {
    expect(codebookSchema.safeParse({ scheme: 'custom', categories: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }).success).toBe(false);
  });
});
