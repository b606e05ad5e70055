import type { SourceParser } from '../types';
import { looksLikeDiscourseTopic, parseDiscourse } from './parse-discourse';

export { parseDiscourse } from './parse-discourse';

/** Discourse `/t/ID.json` and `/t/ID/posts.json`: a page of a topic's posts. */
export const discourseTopicParser: SourceParser = {
  format: 'discourse',
  label: 'Discourse (topic or posts .json)',
  sniff: ({ json }) => looksLikeDiscourseTopic(json),
  parse: parseDiscourse,
};

export const discourseParsers: readonly SourceParser[] = [discourseTopicParser];
