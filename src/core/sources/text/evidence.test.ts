import { describe, expect, it } from 'vitest';
import { QuoteIndex, contentStems, cueOf, quoteLength, shareRareWord, wordsOf } from './evidence';

function indexOf(blocks: string[]): QuoteIndex {
  const index = new QuoteIndex();
  blocks.forEach((text, block) => index.add(index.keysOf(wordsOf(text)), block));
  return index;
}

function findIn(index: QuoteIndex, text: string, marked = false): number | null {
  return index.find(index.keysOf(wordsOf(text)), quoteLength(text, marked));
}

describe('QuoteIndex', () => {
  const index = indexOf([
    'Honest question: why use a unikernel on bare metal?',
    'I can see the lure on top of an hypervisor. Why pay the performance price of a full kernel in your vm if you are only going to run one application ?',
    'Something else entirely, about raspberry pi boards and their drivers.',
  ]);

  it('finds the block a sentence quotes with a word changed', () => {
    expect(findIn(index, 'Why pay the performance price of a full kernel in your machine if you are only going to run one application?')).toBe(1);
  });

  it('looks only at the first sentence of a paragraph, or the whole of a `>` quote', () => {
    expect(findIn(index, 'I agree completely with you. Why pay the performance price of a full kernel in your vm if you are only going to run one application?')).toBeNull();
    expect(findIn(index, 'the lure on top of an hypervisor', true)).toBe(1);
  });

  it('ignores sentences too short to tell and text that shares only a phrase', () => {
    expect(findIn(index, 'Why use a unikernel?')).toBeNull();
    expect(findIn(index, 'The performance price of a new laptop went up again this year.')).toBeNull();
  });

  it('prefers the latest block when a sentence appears in several', () => {
    const repeated = indexOf(['The same sentence appears in more than one block.', 'Other words.', 'The same sentence appears in more than one block.']);
    expect(findIn(repeated, 'The same sentence appears in more than one block.')).toBe(2);
  });
});

describe('cueOf', () => {
  it('reads answers, greetings and questions to the reader as replies', () => {
    for (const text of ['Not yet but planning and executing towards it.', 'Hi Asim, your project is really interesting to me.', 'Very curious. Can you elaborate more?', 'Well, the usual definition I see', 'Yes I would like to know', 'No, it is not.', '@dang thanks']) {
      expect(cueOf(text), text).toBe('reply');
    }
  });

  it('reads a question to the crowd, and openings that carry on a paragraph', () => {
    expect(cueOf("Anyone's using this in production?")).toBe('crowd');
    expect(cueOf('Does anybody know?')).toBe('crowd');
    for (const text of ['Also, some runtime environments have a lot of manageability.', 'Though the distinction gets fuzzy.', 'Edit: typo', 'In short you are correct']) {
      expect(cueOf(text), text).toBe('continuation');
    }
  });

  it('reads nothing into ordinary openings', () => {
    for (const text of ['No reason not to isolate them.', 'Nobody knows.', 'Yesterday I tried it.', 'This would be interesting if it could run on a raspberry pi.', 'Highly unlikely.', 'One reason to avoid bare metal is drivers.']) {
      expect(cueOf(text), text).toBeNull();
    }
  });
});

describe('shareRareWord', () => {
  it('counts a shared word only when few paragraphs use it', () => {
    const a = contentStems(wordsOf('The e1000 driver from Linux'));
    const b = contentStems(wordsOf('e1000 is pretty common in servers; drivers are big'));
    expect([...a].sort()).toEqual(['driver', 'e1000', 'linux']);
    const frequency = new Map([['e1000', 2], ['driver', 9]]);
    expect(shareRareWord(a, b, frequency, 5)).toBe(true);
    expect(shareRareWord(a, b, new Map([['e1000', 9], ['driver', 9]]), 5)).toBe(false);
  });
});
