import type { SourceParser } from '../types';

export const redditParsers: readonly SourceParser[] = [];
