import type { Exporter, ExportOptions } from '../../core/export';
import { fileNameFor } from '../../components/download';

/**
 * `csv` → `exact.csv`, `coders.csv` → `coders.exact.csv`: the format's own extension stays last,
 * so the file still opens as what it is.
 */
function exactTextExtension(extension: string): string {
  const dot = extension.lastIndexOf('.');
  return `${extension.slice(0, dot + 1)}exact.${extension.slice(dot + 1)}`;
}

/**
 * The extension an export is saved under, as the menu shows it. The exact-text variant of a CSV
 * gets a name of its own: with the display file's name, downloading both would overwrite one
 * with the other or leave a "name (1).csv" that does not say which is which.
 */
export function exportExtension(exporter: Exporter, options: ExportOptions = {}): string {
  // A map file says what it is beside other tools' JSON: name.threadmap.json.
  if (exporter.format === 'json') return 'threadmap.json';
  return options.raw && exporter.takesRaw ? exactTextExtension(exporter.extension) : exporter.extension;
}

/** The file name an export of a thread with this title downloads as. */
export function exportFileName(title: string | null, exporter: Exporter, options: ExportOptions = {}): string {
  return fileNameFor(title, exportExtension(exporter, options));
}
