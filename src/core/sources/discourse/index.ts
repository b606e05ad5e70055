import type { SourceParser } from '../types';

export const discourseParsers: readonly SourceParser[] = [];
