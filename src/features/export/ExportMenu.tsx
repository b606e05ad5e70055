import { useEditor, useMapStore, type Editor } from '../../store/editor';
import { DropdownMenu } from 'radix-ui';
import { exporters, type Exporter, type ExportOptions } from '../../core/export';
import { REPORT_FORMATS, type ReportFormat } from '../../core/agreement/format-report';
import { GENERATOR } from '../../core/version';
import { documentOf } from '../../store/selectors';
import { ChevronDownIcon, DownloadIcon } from '../../components/icons';
import { HintTooltip } from '../../components/HintTooltip';
import { downloadText, fileNameFor } from '../../components/download';
import { exportExtension, exportFileName } from './export-file-name';
import { ImageExportItems } from './image/ImageExportItems';

/** How the exact-text variant of a CSV export is named: its cells as written, for scripts. */
const RAW_LABEL = 'exact text for scripts';

function runExport(editor: Editor, exporter: Exporter, options: ExportOptions = {}): void {
  const { showError, showNotice } = editor.actions;
  const document = documentOf(editor.store.getState(), new Date().toISOString(), GENERATOR);
  if (!document) return;
  try {
    const text = exporter.run(document, options);
    const fileName = exportFileName(document.source.title, exporter, options);
    downloadText(text, fileName, exporter.mimeType);
    showNotice(`Exported ${exporter.label}${options.raw ? `, ${RAW_LABEL},` : ''} as ${fileName}.`);
  } catch (error) {
    showError({ kind: 'invalidDocument', message: `The ${exporter.label} export failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

const REPORT_EXTENSION: Record<ReportFormat, { extension: string; mimeType: string; label: string }> = {
  json: { extension: 'agreement.json', mimeType: 'application/json', label: 'JSON' },
  csv: { extension: 'agreement.csv', mimeType: 'text/csv', label: 'CSV' },
  markdown: { extension: 'agreement.md', mimeType: 'text/markdown', label: 'Markdown' },
};

/** The coders' agreement report, whole map and sub-debates, as `threadmap agreement --sub-debates` writes it. */
async function exportAgreementReport(editor: Editor, format: ReportFormat): Promise<void> {
  const document = documentOf(editor.store.getState(), new Date().toISOString(), GENERATOR);
  if (!document) return;
  // The measures load when a report is asked for, not with the page.
  const { agreementOverSubDebates, formatReport, reliabilityDataOfMap } = await import('../../core/agreement');
  const result = agreementOverSubDebates(document, reliabilityDataOfMap(document));
  const text = formatReport(result.whole, format, { title: document.source.title, url: document.source.url, codedByAll: result.codedByAll, subDebates: result.subDebates });
  const { extension, mimeType, label } = REPORT_EXTENSION[format];
  const fileName = fileNameFor(document.source.title, extension);
  downloadText(text, fileName, mimeType);
  editor.actions.showNotice(`Exported the agreement report (${label}) as ${fileName}.`);
}

const jsonExporter = exporters.find((exporter) => exporter.format === 'json')!;

/** "Export JSON" as a direct button, and every other format in the Export menu. */
export function ExportControls() {
  const editor = useEditor();
  const hasMap = useMapStore((state) => state.source !== null);
  const severalCoders = useMapStore((state) => (state.layers?.length ?? 0) > 1);
  return (
    <div className="group">
      <HintTooltip label="Download the map with its tags and notes (threadmap JSON)">
        <button type="button" className="button" disabled={!hasMap} onClick={() => runExport(editor, jsonExporter)}>
          <DownloadIcon /><span className="narrower-hide">Export JSON</span>
        </button>
      </HintTooltip>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="button" disabled={!hasMap}>Export<ChevronDownIcon /></button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
            {exporters.flatMap((exporter) => [
              <DropdownMenu.Item key={exporter.format} className="menu-item" onSelect={() => runExport(editor, exporter)}>
                <span>{exporter.format === 'json' ? 'Export JSON' : `Export ${exporter.label}`}</span>
                <span className="hint">.{exportExtension(exporter)}</span>
              </DropdownMenu.Item>,
              // The CSV above is safe to open in a spreadsheet (a cell that would run as a formula
              // starts with '); a script reading the cells wants them exactly as written.
              ...(exporter.takesRaw
                ? [
                    <DropdownMenu.Item key={`${exporter.format}-raw`} className="menu-item" onSelect={() => runExport(editor, exporter, { raw: true })}>
                      <span>{`Export ${exporter.label}, ${RAW_LABEL}`}</span>
                      <span className="hint">.{exportExtension(exporter, { raw: true })}</span>
                    </DropdownMenu.Item>,
                  ]
                : []),
            ])}
            <ImageExportItems />
            {severalCoders
              ? REPORT_FORMATS.map((format) => (
                  <DropdownMenu.Item key={`agreement-${format}`} className="menu-item" onSelect={() => void exportAgreementReport(editor, format)}>
                    <span>Export agreement report ({REPORT_EXTENSION[format].label})</span>
                    <span className="hint">.{REPORT_EXTENSION[format].extension}</span>
                  </DropdownMenu.Item>
                ))
              : null}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
