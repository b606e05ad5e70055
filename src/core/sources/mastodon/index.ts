import type { SourceParser } from '../types';

export const mastodonParsers: readonly SourceParser[] = [];
