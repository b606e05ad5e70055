import type { SourceParser } from '../types';
import { hnAlgoliaParser } from './algolia';
import { hnFirebaseParser } from './firebase';

export { parseHnAlgolia, sniffHnAlgolia, hnAlgoliaParser } from './algolia';
export { parseHnFirebase, sniffHnFirebase, hnFirebaseParser } from './firebase';
export { hnItemUrl } from './item';

/** The Hacker News formats: Algolia's nested items response and Firebase's item objects. */
export const hnParsers: readonly SourceParser[] = [hnAlgoliaParser, hnFirebaseParser];
