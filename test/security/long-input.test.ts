/**
 * Patterns applied to text from strangers must run in linear time. Each input here is large
 * enough that a backtracking pattern (such as /\s+$/ on a long run of spaces that does not end
 * the text) would run for hours, far past the test timeout; a linear one takes milliseconds.
 * The assertions are on results, so the tests also say what each function gives back.
 */
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/core/document/open-input';
import { cueOf, quoteLength } from '../../src/core/sources/text/evidence';
import { findHeader, splitParagraphs } from '../../src/core/sources/text/paragraphs';
import { blocksToPlain, htmlToBlocks, htmlToText, linkify, plainToBlocks } from '../../src/core/text';

const RUN = 1_000_000;
const spaces = ' '.repeat(RUN);

describe('text functions on long adversarial runs', () => {
  it('[regression] keeps a <pre> block whose text has a million spaces before its last word', () => {
    const blocks = htmlToBlocks(`<pre>start${spaces}end${spaces}\t</pre>`);
    expect(blocks).toEqual([{ type: 'code', text: `start${spaces}end` }]);
    expect(blocksToPlain(blocks)).toBe(`start${spaces}end`);
  });

  it('flattens a code block with a million line feeds inside it', () => {
    const text = `a${'\n'.repeat(RUN)}b`;
    expect(blocksToPlain([{ type: 'code', text: `\n\n${text}\n \n` }])).toBe(text);
  });

  it('reads paragraphs with a million spaces in them, trimming only their ends', () => {
    // HTML collapses white space: the runs become single spaces, and none is left at the ends.
    expect(htmlToText(`<p>${spaces}a${spaces}\n${spaces}b<br>${spaces}</p><pre>${spaces}</pre>`)).toBe('a b');
    const plain = plainToBlocks(`x${' \t'.repeat(RUN / 2)}y`);
    expect(plain).toHaveLength(1);
    // Compared by length and ends first: a failing toBe would diff two megabyte strings.
    const flat = blocksToPlain(plain);
    expect([flat.length, flat.slice(0, 3), flat.slice(-2)]).toEqual([RUN + 2, 'x \t', '\ty']);
  });

  it('finds no link in a million characters that only look like the end of one', () => {
    expect(linkify(`https://${'.'.repeat(RUN)} `)).toEqual([{ type: 'text', text: `https://${'.'.repeat(RUN)} ` }]);
    const many = 'http://'.repeat(RUN / 7);
    const [link, ...rest] = linkify(many);
    expect([link?.type, rest.length, link?.type === 'link' && link.children[0]?.type === 'text' && link.children[0].text === many]).toEqual(['link', 0, true]);
  });

  it('[regression] reads a pasted score line of 400,000 dotted characters without retrying every dot', () => {
    const line = `177 ${'x.ab'.repeat(100_000)} y`;
    const paragraphs = splitParagraphs(`${line}\n\nTitle of the story\n\nalice 3 hours ago\nA comment.`);
    expect(findHeader(paragraphs)).toBeNull();
    expect(findHeader(splitParagraphs(`177 ${'x.ab'.repeat(100_000)}\n\nTitle of the story\n\nalice 3 hours ago`))?.title).toBe('Title of the story');
  });

  it('judges the opening of a paragraph of a million spaces and question words', () => {
    const text = `Well.${spaces}${'can you '.repeat(RUN / 8)}`;
    expect(cueOf(text)).toBe(cueOf('Well. can you can you'));
    expect(quoteLength(`${'word '.repeat(RUN / 5)}`, false)).toBe(60);
  });

  it('opens a pasted thread whose comments hold these runs, keeping every character', () => {
    const text = `alice\n\nFirst${spaces}comment.\n\nbob\n\n${'\n'.repeat(1000)}Second ${'can you '.repeat(50_000)}`;
    const opened = openInput(text, { retrievedAt: null });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.nodes.map((node) => node.text).join('\n')).toContain(`First${spaces}comment.`);
  });
});
