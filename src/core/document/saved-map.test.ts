import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { readSavedMap } from './saved-map';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';

describe('readSavedMap', () => {
  it('opens a stored document through the file checks', () => {
    const document = openFixture(ALGOLIA);
    const read = readSavedMap(structuredClone(document));
    expect(read.ok && read.value.nodes.length).toBe(579);
  });

  it('explains why damaged stored values cannot be opened', () => {
    const missing = readSavedMap(undefined);
    expect(!missing.ok && missing.error.message).toBe('Its saved content is missing.');
    const text = readSavedMap('{"format": "threadmap", "nodes": [');
    expect(!text.ok && text.error.message).toMatch(/^Its saved content cannot be opened: This is not a Threadmap map/);
    const newer = readSavedMap({ ...openFixture(ALGOLIA), version: 9 });
    expect(!newer.ok && newer.error.kind).toBe('versionTooNew');
    const broken = readSavedMap({ format: 'threadmap', version: 1, source: 'x', nodes: 'none' });
    expect(broken.ok).toBe(false);
  });
});
