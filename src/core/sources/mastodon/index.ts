import type { SourceParser } from '../types';
import { looksLikeMastodonContext, parseMastodon } from './parse-mastodon';

export { parseMastodon } from './parse-mastodon';

/** Mastodon `/api/v1/statuses/:id/context`, alone or with its `status`. */
export const mastodonContextParser: SourceParser = {
  format: 'mastodon',
  label: 'Mastodon (status context)',
  sniff: ({ json }) => looksLikeMastodonContext(json),
  parse: parseMastodon,
};

export const mastodonParsers: readonly SourceParser[] = [mastodonContextParser];
