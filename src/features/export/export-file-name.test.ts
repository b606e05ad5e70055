import { describe, expect, it } from 'vitest';
import { exporters, findExporter } from '../../core/export';
import { exportFileName } from './export-file-name';

const TITLE = 'Ask HN: Who is hiring? (March 2026)';

describe('exportFileName', () => {
  it('[regression] names the exact-text CSV apart from the display CSV, so downloading both keeps both', () => {
    expect(exportFileName(TITLE, findExporter('csv')!)).toBe('ask-hn-who-is-hiring-march-2026.csv');
    expect(exportFileName(TITLE, findExporter('csv')!, { raw: true })).toBe('ask-hn-who-is-hiring-march-2026.exact.csv');
    expect(exportFileName(TITLE, findExporter('coders-csv')!)).toBe('ask-hn-who-is-hiring-march-2026.coders.csv');
    expect(exportFileName(TITLE, findExporter('coders-csv')!, { raw: true })).toBe('ask-hn-who-is-hiring-march-2026.coders.exact.csv');
  });

  it('gives every file the menu offers a name of its own, each ending in its format\'s extension', () => {
    const offered = exporters.flatMap((exporter) => [
      { exporter, name: exportFileName(TITLE, exporter) },
      ...(exporter.takesRaw ? [{ exporter, name: exportFileName(TITLE, exporter, { raw: true }) }] : []),
    ]);
    expect(new Set(offered.map(({ name }) => name)).size).toBe(offered.length);
    for (const { exporter, name } of offered) expect(name.endsWith(`.${exporter.extension.split('.').pop()}`), name).toBe(true);
  });

  it('names a map file .threadmap.json, and ignores raw for a format it does not change', () => {
    expect(exportFileName(TITLE, findExporter('json')!)).toBe('ask-hn-who-is-hiring-march-2026.threadmap.json');
    expect(exportFileName(null, findExporter('markdown')!, { raw: true })).toBe('thread.md');
  });
});
