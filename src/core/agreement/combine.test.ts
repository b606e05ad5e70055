import { Ajv2020 } from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUMOUREVAL_CODEBOOK } from '../document/codebook';
import { openDocument } from '../document/open-document';
import type { ThreadmapDocument } from '../document/types';
import { exportJson } from '../export/json';
import type { Tag } from '../map/types';
import { combineCoderFiles, type CoderFile } from './combine';
import { cardsOf, codedBy, fixtureText, openFixture } from './testing/coder-files';

const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const hn = openFixture('hn-algolia-derived_14952787_first-3-top-level.json');
const cards = cardsOf(reddit);
const TAGS: Tag[] = ['pro', 'con', 'question'];

/** Tags for cards[from, to), cycling pro, con, question from `shift`. */
function tags(from: number, to: number, shift = 0): Record<string, Tag> {
  return Object.fromEntries(cards.slice(from, to).map((id, i) => [id, TAGS[(i + shift) % 3]!]));
}

/** A coder's file as the app exports it and the CLI reads it back. */
function file(doc: ThreadmapDocument, fileName: string): CoderFile {
  const opened = openDocument(JSON.parse(exportJson(doc, { now: '2026-11-30T13:00:00.000Z' })), { fileName });
  if (!opened.ok) throw new Error(opened.error.message);
  return { doc: opened.value, fileName };
}

const ana = file(codedBy(reddit, 'Ana', tags(0, 10)), 'ana.json');
const ben = file(codedBy(reddit, 'Ben', tags(5, 17, 1)), 'ben.json');

function combined(files: CoderFile[]) {
  const result = combineCoderFiles(files);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('combining coders\' files of one thread', () => {
  it('makes one map with a layer per coder, in file order, and reports the overlap', () => {
    const { doc, overlapSentence, overlap } = combined([ana, ben]);
    expect(doc.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(doc.layers![0]!.annotations).toEqual(ana.doc.annotations);
    expect(doc.layers![1]!.annotations).toEqual(ben.doc.annotations);
    expect(overlap).toEqual({ coded: [{ coder: 'Ana', units: 10 }, { coder: 'Ben', units: 12 }], byAll: 5, byAtLeastTwo: 5 });
    expect(overlapSentence).toBe('Ana coded 10 comments, Ben 12; 5 by both.');
    // Two coders and nothing decided: the map has no main annotation yet.
    expect(doc.annotations).toEqual({});
    expect(doc.coder).toBeNull();
  });

  it('writes a version 3 file that validates against the published schema and opens as the same map', () => {
    const { doc } = combined([ana, ben]);
    const text = exportJson(doc, { now: '2026-11-30T14:00:00.000Z' });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../../public/schema/threadmap-v3.schema.json', import.meta.url), 'utf8')) as object);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    const reopened = openDocument(JSON.parse(text));
    expect(reopened.ok && reopened.warnings).toEqual([]);
    expect(reopened.ok && JSON.parse(exportJson(reopened.value, { now: '2026-11-30T14:00:00.000Z' }))).toEqual(JSON.parse(text));
  });

  it('adds a coder to a combined file, each of its layers staying a layer', () => {
    const cy = file(codedBy(reddit, null, tags(0, 3, 2)), 'cy.json');
    const first = combined([ana, ben]).doc;
    const { doc, overlapSentence } = combined([{ doc: first, fileName: 'ana-ben.json' }, cy]);
    expect(doc.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben', 'cy']);
    expect(overlapSentence).toBe('Ana coded 10 comments, Ben 12, cy 3; 0 by all, 8 by at least two.');
  });

  it('refuses a map of another thread, naming the file', () => {
    const result = combineCoderFiles([ana, file(codedBy(hn, 'Ben', {}), 'ben.json')]);
    expect(!result.ok && result.error.kind).toBe('differentThread');
    expect(!result.ok && result.error.message).toMatch(/^ben\.json is a map of a different thread \(hn, /);
  });

  it('refuses a map with the same root but mostly other comments', () => {
    const few: ThreadmapDocument = { ...reddit, nodes: reddit.nodes.filter((node) => node.parent === null || !cards.slice(0, 40).includes(node.id)), annotations: {} };
    const result = combineCoderFiles([ana, { doc: few, fileName: 'few.json' }]);
    expect(!result.ok && result.error.message).toBe('few.json and ana.json share only 11 comments (few.json has 11, ana.json 51), so they are not maps of the same thread; agreement compares coders of one thread.');
  });

  it('refuses two files of the same coder name, and files coded with another codebook', () => {
    const again = combineCoderFiles([ana, { ...ana, fileName: 'ana-copy.json' }]);
    expect(!again.ok && again.error).toEqual({ kind: 'duplicateCoder', message: 'ana.json and ana-copy.json are both coded by "Ana"; give each coder\'s map once (set the coder name in the map, or rename the file).' });
    const rumour = combineCoderFiles([ana, { doc: { ...ben.doc, codebook: RUMOUREVAL_CODEBOOK }, fileName: 'ben.json' }]);
    expect(!rumour.ok && rumour.error.message).toBe('ben.json is coded with the categories support, deny, query, comment, ana.json with pro, con, question; agreement needs one codebook.');
  });

  it('leaves out, and reports, tags on cards the first file does not have', () => {
    const claim = { ...reddit.nodes[1]!, id: 'claim-1', parent: reddit.nodes[1]!.id, kind: 'claim' as const, range: [0, 4] as [number, number] };
    const split: ThreadmapDocument = { ...codedBy(reddit, 'Ben', { ...tags(5, 17, 1), 'claim-1': 'con' }), nodes: [...reddit.nodes.slice(0, 2), claim, ...reddit.nodes.slice(2)] };
    const result = combineCoderFiles([ana, { doc: split, fileName: 'ben.json' }]);
    expect(result.ok && result.value.doc.layers![1]!.annotations['claim-1']).toBeUndefined();
    expect(result.ok && result.warnings).toEqual(['ben.json: 1 annotation is on cards ana.json does not have (claims split out, or cards merged); left out.']);
  });

  it('opens the recorded version 1 and 2 files of one thread as two layers named from the file and the coder field', () => {
    const open = (name: string, fileName: string): CoderFile => {
      const opened = openDocument(JSON.parse(fixtureText(name)), { fileName });
      if (!opened.ok) throw new Error(opened.error.message);
      return { doc: opened.value, fileName };
    };
    const { doc, overlapSentence } = combined([open('threadmap-v1_lobsters-tdfoqh_tagged.json', 'ana.json'), open('threadmap-v2_lobsters-tdfoqh_tagged-by-ben.json', 'ben.json')]);
    expect(doc.layers!.map((layer) => layer.coder)).toEqual(['ana', 'Ben Okafor']);
    expect(overlapSentence).toBe('ana coded 10 comments, Ben Okafor 10; 10 by both.');
  });
});
