import type { ThreadmapDocument } from '../document/types';
import { buildMap } from '../map/graph';
import { argumentDocument, coderOf, tagOf } from './interop-text';
import { categoryOf } from '../document/codebook';
import { topLevelOf } from '../insight/time-series';

/**
 * The columns, in order; the first row of every export names them. Columns added later go at the
 * end so that scripts reading the first ten by position keep working.
 */
export const CSV_COLUMNS = ['id', 'parent', 'kind', 'status', 'author', 'createdAt', 'tag', 'note', 'text', 'url', 'depth', 'originalParent', 'moved', 'quotes', 'coder', 'recheck', 'category', 'subDebate'] as const;

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

/** Ids each node quotes, in link order. */
function quotesByNode(doc: ThreadmapDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const link of doc.links) {
    if (link.kind !== 'quote') continue;
    const list = out.get(link.from);
    if (list) list.push(link.to);
    else out.set(link.from, [link.to]);
  }
  return out;
}

/**
 * One row per node in thread order, RFC 4180: CRLF line ends, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes doubled inside. Absent values (no parent, no author, no tag)
 * are empty fields; `moved` and `recheck` are "true" or empty; `quotes` lists the ids a node
 * quotes, separated by spaces; `subDebate` is the id of the reply to the post the node is under
 * (its own for such a reply), to group rows by sub-debate. Tags and notes on the root and `more`
 * stubs are left out.
 */
export function exportCsv(input: ThreadmapDocument, options: CsvOptions = {}): string {
  const doc = argumentDocument(input);
  const { graph } = buildMap(doc.nodes);
  const quotes = quotesByNode(doc);
  // The reply to the post each node is under (itself for such a reply); none for the post.
  const topLevel = topLevelOf({ graph });
  const subDebateOf = (at: number) => (topLevel[at]! >= 0 ? graph.nodes[topLevel[at]!]!.id : '');
  const rows: string[] = [CSV_COLUMNS.join(',')];
  const field = options.safeForSpreadsheets !== false ? (value: string) => quoteField(defuseFormula(value)) : quoteField;
  for (const node of doc.nodes) {
    const at = graph.index.get(node.id)!;
    const annotation = Object.hasOwn(doc.annotations, node.id) ? doc.annotations[node.id] : undefined;
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
      String(graph.depth[at] ?? ''),
      node.moved ? (node.originalParent ?? '') : '',
      node.moved ? 'true' : '',
      (quotes.get(node.id) ?? []).join(' '),
      annotation ? (coderOf(doc, node.id) ?? '') : '',
      annotation?.recheck ? 'true' : '',
      categoryOf(annotation) ?? '',
      subDebateOf(at),
    ];
    rows.push(values.map(field).join(','));
  }
  return `${options.byteOrderMark ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** OWASP's advice for CSV injection: a leading apostrophe makes the cell plain text. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
