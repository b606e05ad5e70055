import { describe, expect, it } from 'vitest';
import { locateSelection } from './claim-range';
import { nodeOf, openRecorded, partsOf } from './testing/edit-fixtures';

const hn = partsOf(openRecorded('hn-algolia-derived_14952787_first-3-top-level.json'));
const text = nodeOf(hn, '14953048').text;

describe('locateSelection', () => {
  it('finds a selected sentence of a real comment at its exact range', () => {
    const sentence = 'If you have a new account and want to comment';
    const start = text.indexOf(sentence);
    expect(locateSelection(text, sentence)).toEqual([start, start + sentence.length]);
  });

  it('finds a selection across two displayed paragraphs whatever line breaks the browser put between them', () => {
    const start = text.indexOf('civil and substantive.');
    const end = text.indexOf('If you have') + 'If you have'.length;
    for (const between of ['\n', '\n\n', ' ', '']) {
      const selected = `civil and substantive.${between}If you have`;
      if (between === '') expect(locateSelection(text, selected)).toBeNull();
      else expect(locateSelection(text, selected)).toEqual([start, end]);
    }
  });

  it('leaves out the spaces around the selection', () => {
    const start = text.indexOf('trolling.');
    expect(locateSelection(text, '  trolling.\n')).toEqual([start, start + 'trolling.'.length]);
  });

  it('picks the occurrence nearest the hint when the words appear twice', () => {
    const first = text.indexOf('comment');
    const second = text.indexOf('comment', first + 1);
    expect(second).toBeGreaterThan(first);
    expect(locateSelection(text, 'comment')).toEqual([first, first + 7]);
    expect(locateSelection(text, 'comment', second - 3)).toEqual([second, second + 7]);
  });

  it('bridges a middle part the display spells differently by matching both ends of the selection', () => {
    // As a display that shows a link's label but not the target the plain text keeps.
    const start = text.indexOf('If you have');
    const end = text.length;
    const displayed = text.slice(start).replace('hn@ycombinator.com ', '');
    expect(locateSelection(text, displayed)).toEqual([start, end]);
  });

  it('returns null for text that is not in the comment or is blank', () => {
    expect(locateSelection(text, 'a sentence nobody wrote in this thread')).toBeNull();
    expect(locateSelection(text, ' \n ')).toBeNull();
  });
});
