import { isTaggable } from '../annotations/taggable';
import { annotationOf } from '../annotations/types';
import { categoryOf } from '../document/codebook';
import { coderLayers } from '../document/coder-layers';
import type { ThreadmapDocument } from '../document/types';
import { buildMap } from '../map/graph';
import { defuseFormula, type CsvOptions } from './csv';

/** The columns of the coders' table, in order. */
export const CODERS_CSV_COLUMNS = ['comment', 'parent', 'depth', 'coder', 'category', 'note', 'time', 'gold'] as const;

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Long format for analysis: one row per comment × coder, comments in thread order and coders in
 * layer order, RFC 4180. Every comment a tag can mean something on gets a row for every coder, so a
 * comment a coder left untagged is a row with an empty category (missing data, not a category).
 * `time` is when the coder last changed the annotation; `gold` is the decided category (or the
 * typed answer) on every row of the comment, empty while undecided. Cells a spreadsheet would run
 * as formulas are defused unless `safeForSpreadsheets` is false. A map that names no coder has its
 * one layer named after `fileName` (without its extension), as `agreement` names it.
 */
export function exportCodersCsv(doc: ThreadmapDocument, options: CsvOptions & { fileName?: string } = {}): string {
  const { graph } = buildMap(doc.nodes);
  const layers = coderLayers(doc, options.fileName);
  const field = options.safeForSpreadsheets !== false ? (value: string) => quoteField(defuseFormula(value)) : quoteField;
  const rows: string[] = [CODERS_CSV_COLUMNS.join(',')];
  for (const node of doc.nodes) {
    if (!isTaggable(node)) continue;
    const gold = doc.gold && Object.hasOwn(doc.gold, node.id) ? doc.gold[node.id] : undefined;
    const decided = gold ? (gold.category ?? gold.text ?? '') : '';
    const depth = String(graph.depth[graph.index.get(node.id)!] ?? '');
    for (const layer of layers) {
      const annotation = annotationOf(layer.annotations, node.id);
      const values = [node.id, node.parent ?? '', depth, layer.coder, categoryOf(annotation) ?? '', annotation?.note ?? '', annotation?.updatedAt ?? '', decided];
      rows.push(values.map(field).join(','));
    }
  }
  return `${options.byteOrderMark ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
