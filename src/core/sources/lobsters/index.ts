import type { SourceParser } from '../types';
import { looksLikeLobstersStory, parseLobsters } from './parse-lobsters';

export { parseLobsters } from './parse-lobsters';

/** Lobsters `/s/ID.json`: a story with its flat, thread-ordered comments. */
export const lobstersStoryParser: SourceParser = {
  format: 'lobsters',
  label: 'Lobsters (story .json)',
  sniff: ({ json }) => looksLikeLobstersStory(json),
  parse: parseLobsters,
};

export const lobstersParsers: readonly SourceParser[] = [lobstersStoryParser];
