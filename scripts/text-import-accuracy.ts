/**
 * Prints how well the plain-text importer finds comments and their parents in text rendered from
 * the recorded threads (as a reader app copies, and as a comment page with header lines copies)
 * and in the shipped sample. Usage: npx tsx scripts/text-import-accuracy.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { accuracyTable, measureAll } from '../src/core/sources/text/accuracy/measure-text-import';

const root = path.resolve(import.meta.dirname, '..');
console.log(accuracyTable(measureAll((file) => readFileSync(path.join(root, file), 'utf8'))));
