import type { SourceParser } from '../types';

export const lobstersParsers: readonly SourceParser[] = [];
