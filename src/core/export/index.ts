import type { ThreadmapDocument } from '../document/types';
import { exportAif } from './aif';
import { exportArgdown } from './argdown';
import { exportCodersCsv } from './coders-csv';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';

/** One export format the app and the CLI offer. */
export interface Exporter {
  /** Stable id, as `threadmap export --format <format>` takes it. */
  format: string;
  /** What a person would call it. */
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
  /** True when `raw` changes what it writes: the app then offers the exact-text file beside it. */
  takesRaw?: boolean;
  run(doc: ThreadmapDocument, options?: ExportOptions): string;
}

/** Choices a caller can make for any format; a format ignores those that do not apply to it. */
export interface ExportOptions {
  /**
   * Write values exactly as they are, even where a spreadsheet would run them as formulas, and
   * with no byte order mark (CSV): the file for scripts, where a mark would be a stray character.
   */
  raw?: boolean;
  /**
   * The file the map was read from: names the map's one coder when the map names none, as the
   * agreement measures name it (the coders' table), rather than "unknown".
   */
  fileName?: string;
}

/**
 * The CSV for spreadsheets defuses formulas and starts with a UTF-8 byte order mark, without which
 * Excel reads the file as the system's legacy code page and garbles every non-ASCII name and text.
 */
function spreadsheetOptions(options: ExportOptions | undefined): { safeForSpreadsheets: boolean; byteOrderMark: boolean } {
  const forSpreadsheets = !options?.raw;
  return { safeForSpreadsheets: forSpreadsheets, byteOrderMark: forSpreadsheets };
}

/** Every export format, in the order menus list them. */
export const exporters: readonly Exporter[] = [
  { format: 'json', label: 'threadmap JSON', extension: 'json', mimeType: 'application/json', run: (doc) => exportJson(doc) },
  { format: 'aif', label: 'AIF argument graph (AIFdb, OVA)', extension: 'aif.json', mimeType: 'application/json', run: (doc) => exportAif(doc) },
  { format: 'argdown', label: 'Argdown', extension: 'argdown', mimeType: 'text/plain', run: (doc) => exportArgdown(doc) },
  { format: 'markdown', label: 'Markdown outline', extension: 'md', mimeType: 'text/markdown', run: (doc) => exportMarkdown(doc) },
  { format: 'csv', label: 'CSV table (one row per node)', extension: 'csv', mimeType: 'text/csv', takesRaw: true, run: (doc, options) => exportCsv(doc, spreadsheetOptions(options)) },
  { format: 'coders-csv', label: 'Coders’ table for analysis (one row per comment × coder)', extension: 'coders.csv', mimeType: 'text/csv', takesRaw: true, run: (doc, options) => exportCodersCsv(doc, { ...spreadsheetOptions(options), ...(options?.fileName === undefined ? {} : { fileName: options.fileName }) }) },
];

/** The exporter for a format id, or undefined when there is none. */
export function findExporter(format: string): Exporter | undefined {
  return exporters.find((exporter) => exporter.format === format);
}

export { exportJson } from './json';
export { buildAif, exportAif } from './aif';
export { exportArgdown } from './argdown';
export { exportCsv, type CsvOptions } from './csv';
export { exportCodersCsv, CODERS_CSV_COLUMNS } from './coders-csv';
export { exportMarkdown } from './markdown';
