import type { ThreadmapDocument } from '../document/types';
import { tagOf } from './interop-text';

/** The columns, in order; the first row of every export names them. */
export const CSV_COLUMNS = ['id', 'parent', 'kind', 'status', 'author', 'createdAt', 'tag', 'note', 'text', 'url'] as const;

export interface CsvOptions {
  /**
   * Prefix a value that starts with = + - @ (or a tab or carriage return) with an apostrophe, so
   * a spreadsheet shows it as text instead of running it as a formula. On unless set to false:
   * comment text is written by strangers, and a CSV file is most often opened in a spreadsheet.
   * A pipeline that needs the exact bytes turns it off (the CLI's `--raw`).
   */
  safeForSpreadsheets?: boolean;
  /** Start with a UTF-8 byte order mark, which some spreadsheet programs need to read UTF-8. */
  byteOrderMark?: boolean;
}

/**
 * One row per node in thread order, RFC 4180: CRLF line ends, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes doubled inside. Absent values (no parent, no author, no tag)
 * are empty fields.
 */
export function exportCsv(doc: ThreadmapDocument, options: CsvOptions = {}): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  const field = options.safeForSpreadsheets !== false ? (value: string) => quoteField(defuseFormula(value)) : quoteField;
  for (const node of doc.nodes) {
    const values = [
      node.id,
      node.parent ?? '',
      node.kind,
      node.status,
      node.author ?? '',
      node.createdAt ?? '',
      tagOf(doc, node.id) ?? '',
      (Object.hasOwn(doc.annotations, node.id) ? doc.annotations[node.id]?.note : undefined) ?? '',
      node.text,
      node.url ?? '',
    ];
    rows.push(values.map(field).join(','));
  }
  return `${options.byteOrderMark ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** OWASP's advice for CSV injection: a leading apostrophe makes the cell plain text. */
function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
