import { describe, expect, it } from 'vitest';
import { excerptAtWord } from './excerpt-at-word';

describe('excerptAtWord', () => {
  it('cuts a long comment after its last whole word, with an ellipsis', () => {
    expect(excerptAtWord("People can't seem to summarize his argument", 24)).toBe("People can't seem to…");
  });

  it('leaves a text that fits as it is, its spaces flattened', () => {
    expect(excerptAtWord('Fun fact:\n\nthe author', 24)).toBe('Fun fact: the author');
  });

  it('cuts inside a word longer than half the room rather than keep almost nothing', () => {
    expect(excerptAtWord('Supercalifragilisticexpialidocious and more', 20)).toBe('Supercalifragilisti…');
  });

  it('drops the punctuation left before the ellipsis', () => {
    expect(excerptAtWord('Honest question, why pay the fee at all', 17)).toBe('Honest question…');
  });
});
