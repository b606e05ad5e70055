import type { SourceParser } from '../types';
import { parseReddit } from './parse-reddit';
import { looksLikeThreadListing } from './reddit-schema';

export { parseReddit, unescapeRedditHtml, REDDIT_ORIGIN } from './parse-reddit';

/** Reddit `/comments/ID.json`: `[post listing, comments listing]`, or one listing on its own. */
export const redditCommentsParser: SourceParser = {
  format: 'reddit',
  label: 'Reddit (comments .json)',
  sniff: ({ json }) => {
    if (Array.isArray(json)) return json.length > 0 && json.length <= 2 && json.every(looksLikeThreadListing);
    return looksLikeThreadListing(json);
  },
  parse: parseReddit,
};

export const redditParsers: readonly SourceParser[] = [redditCommentsParser];
