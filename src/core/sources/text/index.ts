import type { SourceParser } from '../types';
import { importError } from '../../result';

export const textParser: SourceParser = {
  format: 'text',
  label: 'Plain text',
  sniff: (input) => input.json === undefined,
  parse: () => importError('invalidThread', 'The plain text importer is not written yet.'),
};
