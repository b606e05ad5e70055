import { exporters, type Exporter, type ExportOptions } from '../../core/export';
import { exportExtension } from './export-file-name';

/** One entry of the Export menu for a text format. */
export interface ExportMenuEntry {
  key: string;
  exporter: Exporter;
  options: ExportOptions;
  /** What the entry says. */
  label: string;
  /** Which of a format's two variants this is ("for spreadsheets", "exact text"); null for a format with one. */
  variant: string | null;
  /** A line under the label saying what the file is for, when the format comes in two variants. */
  note: string | null;
  /** The file name extension, shown at the entry's end. */
  extension: string;
}

/**
 * A CSV comes twice, and the two differ in their text: the one for spreadsheets puts an apostrophe
 * before a cell that a spreadsheet would run as a formula (a comment "-1" or "@user" then reads
 * "'-1") and starts with a byte order mark so Excel reads it as UTF-8; the other keeps every cell
 * exactly, with no mark. The menu says which is which, and what each is for.
 */
export const SPREADSHEET_NOTE = 'For Excel, LibreOffice: UTF-8 with a byte order mark; a cell starting with = + - @ gets a leading \' so it never runs';
export const EXACT_NOTE = 'For R, pandas, scripts: every cell exactly as in the map, plain UTF-8';

/** The text-format entries of the Export menu, in order (JSON first; each CSV as two entries). */
export function exportMenuEntries(): ExportMenuEntry[] {
  return exporters.flatMap((exporter): ExportMenuEntry[] => {
    const name = exporter.format === 'json' ? 'Export JSON' : `Export ${exporter.label}`;
    if (!exporter.takesRaw) return [{ key: exporter.format, exporter, options: {}, label: name, variant: null, note: null, extension: exportExtension(exporter) }];
    const spreadsheets = 'for spreadsheets';
    const exact = 'exact text';
    return [
      { key: exporter.format, exporter, options: {}, label: `${name}, ${spreadsheets}`, variant: spreadsheets, note: SPREADSHEET_NOTE, extension: exportExtension(exporter) },
      { key: `${exporter.format}-raw`, exporter, options: { raw: true }, label: `${name}, ${exact}`, variant: exact, note: EXACT_NOTE, extension: exportExtension(exporter, { raw: true }) },
    ];
  });
}
