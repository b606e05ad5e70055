import type { SourceInput, SourceParser } from './types';
import { hnParsers } from './hn';
import { redditParsers } from './reddit';
import { lobstersParsers } from './lobsters';
import { discourseParsers } from './discourse';
import { mastodonParsers } from './mastodon';
import { aifParsers } from './aif';
import { textParser } from './text';

/** Every JSON source format, most specific first. Plain text is the fallback for non-JSON input. */
export const jsonParsers: readonly SourceParser[] = [
  ...hnParsers,
  ...redditParsers,
  ...lobstersParsers,
  ...discourseParsers,
  ...mastodonParsers,
  ...aifParsers,
];

export { textParser };

/** Picks the parser for an input: the first JSON format that recognises it, text for non-JSON. */
export function detectSource(input: SourceInput): SourceParser | null {
  if (input.json === undefined) return input.text.trim() ? textParser : null;
  return jsonParsers.find((parser) => parser.sniff(input)) ?? null;
}
