import type { SourceParser } from '../types';

export const hnParsers: readonly SourceParser[] = [];
