import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exporters } from './index';
import { fixtureDocument } from './interop-test-documents';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** The votes and counts the recorded sources carry beside each item. */
const COUNT_FIELDS = ['score', 'points', 'ups', 'downs', 'flags', 'reads', 'reply_count', 'favourites_count', 'reblogs_count'];

/** Each count field with a number somewhere in the raw JSON, walked without the app's parsers. */
function countFieldsIn(json: unknown): Set<string> {
  const found = new Set<string>();
  const stack = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (COUNT_FIELDS.includes(key) && typeof inner === 'number') found.add(key);
        stack.push(inner);
      }
    }
  }
  return found;
}

/** The bullet of docs/exports.md that lists what no format keeps. */
const lossNote = (() => {
  const docs = readFileSync(new URL('../../../docs/exports.md', import.meta.url), 'utf8');
  return /^- \*\*Scores and other counts are not kept[\s\S]*?(?=\n- )/m.exec(docs)?.[0] ?? '';
})();
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe.each(['hn-firebase_14952787_flat-items_forum-explorer.json', 'hn-algolia-derived_14952787_first-3-top-level.json', 'lobsters_s-tdfoqh_compose-lobsters.json', 'reddit_r-redditdev_2ujhkr_comments_reddift.json', 'discourse_t-2108_posts_criticalfallibilism.json', 'mastodon_context_109294719267373593_rtoot.json'])('the scores of %s', (name) => {
  const fields = [...countFieldsIn(JSON.parse(read(name)))];

  it('are in the source, and no export writes them: no JSON member, no CSV column', () => {
    expect(fields.length).toBeGreaterThan(0);
    const doc = fixtureDocument(name);
    for (const exporter of exporters) {
      const text = exporter.run(doc);
      // Argdown and Markdown hold the comments' own words, which may say "score"; their structure has no such field.
      if (exporter.mimeType === 'application/json') for (const field of fields) expect(text, `${exporter.format} ${field}`).not.toMatch(new RegExp(`"${field}"\\s*:`));
      if (exporter.mimeType === 'text/csv') expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(','), exporter.format).not.toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^(${fields.join('|')})$`))]));
    }
  });

  it('are named as a loss in docs/exports.md and the README', () => {
    for (const field of fields) {
      expect(lossNote, field).toContain(`\`${field}\``);
      expect(readme, field).toMatch(new RegExp(`Scores and other counts are not read from any source[^]*?\`${field}\``));
    }
  });
});
