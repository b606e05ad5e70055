import { describe, expect, it } from 'vitest';
import { describeProgress, formatBytes, hostOf } from './open-url';

describe('progress of an Open URL load', () => {
  it('writes sizes as browsers show downloads', () => {
    expect([0, 999, 1000, 1234, 99_949, 340_000, 1_250_000, 12_345_678, 250_000_000].map(formatBytes)).toEqual([
      '0 B',
      '999 B',
      '1 KB',
      '1.2 KB',
      '99.9 KB',
      '340 KB',
      '1.3 MB',
      '12.3 MB',
      '250 MB',
    ]);
  });

  it('says which host is being read, how much has arrived and of how much', () => {
    expect(describeProgress({ url: 'https://hn.algolia.com/api/v1/items/1', request: 1, requests: 1, receivedBytes: 48_000, totalBytes: 2_400_000 })).toBe(
      'Loading from hn.algolia.com: 48 KB of 2.4 MB',
    );
  });

  it('counts the requests of a two-step load and leaves out an unknown total', () => {
    expect(describeProgress({ url: 'https://toot.whatever.cz/api/v1/statuses/1/context', request: 2, requests: 2, receivedBytes: 5, totalBytes: null })).toBe(
      'Loading from toot.whatever.cz: 5 B received (request 2 of 2)',
    );
  });

  it('names Reddit for the same-origin proxy path', () => {
    expect(hostOf('/proxy/reddit/comments/2ujhkr.json?raw_json=1')).toBe('reddit.com (through the local proxy)');
    expect(hostOf('/proxy/mastodon/toot.whatever.cz/api/v1/statuses/1/context')).toBe('toot.whatever.cz (through the local proxy)');
  });
});
