import { describe, expect, it } from 'vitest';
import { resolveThreadUrl, type ThreadRequest } from './resolve-thread-url';

function resolved(input: string, redditProxy?: string | null): ThreadRequest {
  const result = resolveThreadUrl(input, redditProxy === undefined ? {} : { redditProxy });
  if (!result.ok) throw new Error(`${input}: ${result.error.message}`);
  return result.value;
}

function refused(input: string): { kind: string; message: string } {
  const result = resolveThreadUrl(input);
  if (result.ok) throw new Error(`${input} was accepted`);
  return result.error;
}

describe('resolveThreadUrl for Hacker News', () => {
  it('turns a story URL into one Algolia items request', () => {
    expect(resolved('https://news.ycombinator.com/item?id=14952787')).toEqual({
      site: 'hn',
      pageUrl: 'https://news.ycombinator.com/item?id=14952787',
      requests: ['https://hn.algolia.com/api/v1/items/14952787'],
      viaProxy: false,
    });
  });

  it('accepts a comment URL, a URL without scheme, extra parameters and a bare id', () => {
    expect(resolved('news.ycombinator.com/item?id=14953048').requests).toEqual(['https://hn.algolia.com/api/v1/items/14953048']);
    expect(resolved('  https://news.ycombinator.com/item?id=14952787&p=2#14953048 ').pageUrl).toBe('https://news.ycombinator.com/item?id=14952787');
    expect(resolved('14952787').requests).toEqual(['https://hn.algolia.com/api/v1/items/14952787']);
    expect(resolved('https://hn.algolia.com/api/v1/items/17').pageUrl).toBe('https://news.ycombinator.com/item?id=17');
  });

  it('refuses HN pages that are not an item', () => {
    expect(refused('https://news.ycombinator.com/news').kind).toBe('unknownFormat');
    expect(refused('https://news.ycombinator.com/item?id=abc').message).toMatch(/item\?id=/);
  });
});

describe('resolveThreadUrl for Reddit', () => {
  it('asks the same-origin proxy for the thread JSON with raw_json=1 by default', () => {
    expect(resolved('https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/')).toEqual({
      site: 'reddit',
      pageUrl: 'https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/',
      requests: ['/proxy/reddit/comments/2ujhkr.json?raw_json=1'],
      viaProxy: true,
    });
  });

  it('asks reddit.com directly when there is no proxy (outside the browser)', () => {
    expect(resolved('https://old.reddit.com/r/redditdev/comments/2ujhkr/', null)).toMatchObject({
      requests: ['https://www.reddit.com/comments/2ujhkr.json?raw_json=1'],
      viaProxy: false,
    });
    expect(resolved('https://new.reddit.com/r/redditdev/comments/2ujhkr/x', 'http://127.0.0.1:5173/proxy/reddit/').requests).toEqual([
      'http://127.0.0.1:5173/proxy/reddit/comments/2ujhkr.json?raw_json=1',
    ]);
  });

  it('reads redd.it short links, .json addresses and comment permalinks (focusing the comment)', () => {
    expect(resolved('https://redd.it/2ujhkr')).toMatchObject({ pageUrl: 'https://www.reddit.com/comments/2ujhkr/', requests: ['/proxy/reddit/comments/2ujhkr.json?raw_json=1'] });
    expect(resolved('reddit.com/r/redditdev/comments/2ujhkr.json').requests).toEqual(['/proxy/reddit/comments/2ujhkr.json?raw_json=1']);
    const permalink = resolved('https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/cq21eh6/?context=3');
    expect(permalink).toMatchObject({ focusId: 't1_cq21eh6', pageUrl: 'https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/' });
  });

  it('explains share links and refuses Reddit pages that are not threads', () => {
    expect(refused('https://www.reddit.com/r/redditdev/s/AbCdEf').message).toMatch(/share links/);
    expect(refused('https://www.reddit.com/r/redditdev/').kind).toBe('unknownFormat');
  });
});

describe('resolveThreadUrl for Mastodon', () => {
  const api = '/proxy/mastodon/mastodon.social/api/v1/statuses/109294719267373593';

  it('turns every status URL form into the status and context requests, through the same-origin relay', () => {
    for (const url of [
      'https://mastodon.social/@austinkocher/109294719267373593',
      'https://mastodon.social/users/austinkocher/statuses/109294719267373593',
      'https://mastodon.social/web/statuses/109294719267373593',
      'https://mastodon.social/web/@austinkocher/109294719267373593',
    ]) {
      expect(resolved(url), url).toMatchObject({ site: 'mastodon', requests: [api, `${api}/context`], viaProxy: true });
    }
  });

  it('asks the server directly when there is no relay, or when the URL names a port the relay does not reach', () => {
    const direct = resolveThreadUrl('https://mastodon.social/@austinkocher/109294719267373593', { mastodonProxy: null });
    expect(direct.ok && direct.value).toMatchObject({ requests: ['https://mastodon.social/api/v1/statuses/109294719267373593', 'https://mastodon.social/api/v1/statuses/109294719267373593/context'], viaProxy: false });
    expect(resolved('https://social.example:8443/@a/1').requests[0]).toBe('https://social.example:8443/api/v1/statuses/1');
  });

  it('asks the instance the URL names, even for a remote account seen from it', () => {
    expect(resolved('https://mastodon.social/@JMTee@mstdn.social/109295408915701724').requests[0]).toBe('/proxy/mastodon/mastodon.social/api/v1/statuses/109295408915701724');
  });
});

describe('resolveThreadUrl refusals', () => {
  it('says which URLs are supported for anything else', () => {
    const error = refused('https://example.com/blog/post');
    expect(error.kind).toBe('unknownFormat');
    expect(error.message).toMatch(/Hacker News.*Reddit.*Mastodon/);
    expect(refused('not a url at all').kind).toBe('unknownFormat');
    expect(refused('javascript:alert(1)').kind).toBe('unknownFormat');
    expect(refused('   ').kind).toBe('empty');
  });

  it('tells how to open Lobsters and Discourse threads from a saved file', () => {
    expect(refused('https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores').message).toMatch(/Lobsters.*\.json appended.*Open thread file/);
    expect(refused('https://discuss.criticalfallibilism.com/t/comments-on-the-boyfriends-introduction-to-feminism/2108').message).toMatch(/Discourse/);
  });
});
