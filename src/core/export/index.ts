import type { ThreadmapDocument } from '../document/types';
import { exportJson } from './json';

/** One export format the app and the CLI offer. */
export interface Exporter {
  /** Stable id, as `threadmap export --format <format>` takes it. */
  format: string;
  /** What a person would call it. */
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
  run(doc: ThreadmapDocument): string;
}

/** Every export format, in the order menus list them. */
export const exporters: readonly Exporter[] = [
  { format: 'json', label: 'threadmap JSON', extension: 'json', mimeType: 'application/json', run: (doc) => exportJson(doc) },
];

/** The exporter for a format id, or undefined when there is none. */
export function findExporter(format: string): Exporter | undefined {
  return exporters.find((exporter) => exporter.format === format);
}

export { exportJson } from './json';
