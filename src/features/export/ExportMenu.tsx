import { useEditor, useMapStore, type Editor } from '../../store/editor';
import { DropdownMenu } from 'radix-ui';
import { exporters, type Exporter, type ExportOptions } from '../../core/export';
import { REPORT_FORMATS, type ReportFormat } from '../../core/agreement/format-report';
import { GENERATOR } from '../../core/version';
import { documentOf } from '../../store/selectors';
import { ChevronDownIcon, DownloadIcon } from '../../components/icons';
import { HintTooltip } from '../../components/HintTooltip';
import { downloadText, fileNameFor } from '../../components/download';
import { exportFileName } from './export-file-name';
import { exportMenuEntries, type ExportMenuEntry } from './export-menu-entries';
import { ImageExportItems } from './image/ImageExportItems';

function runExport(editor: Editor, exporter: Exporter, options: ExportOptions = {}, variant: string | null = null): void {
  const { showError, showNotice } = editor.actions;
  const document = documentOf(editor.store.getState(), new Date().toISOString(), GENERATOR);
  if (!document) return;
  try {
    const text = exporter.run(document, options);
    const fileName = exportFileName(document.source.title, exporter, options);
    downloadText(text, fileName, exporter.mimeType);
    showNotice(`Exported ${exporter.label}${variant !== null ? `, ${variant},` : ''} as ${fileName}.`);
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
const menuEntries = exportMenuEntries();

/** An entry's label, and under it what the file is for when the format comes in two variants. */
function MenuEntryText({ entry }: { entry: ExportMenuEntry }) {
  if (entry.note === null) return <span>{entry.label}</span>;
  return (
    <span className="menu-item-text">
      <span>{entry.label}</span>
      <span className="menu-item-note">{entry.note}</span>
    </span>
  );
}

/** "Export JSON" as a direct button, and every other format in the Export menu. */
export function ExportControls() {
  const editor = useEditor();
  const hasMap = useMapStore((state) => state.source !== null);
  const severalCoders = useMapStore((state) => (state.layers?.length ?? 0) > 1);
  return (
    <div className="group">
      <HintTooltip label="Download the map with its tags and notes (threadmap JSON)">
        <button type="button" className="button" disabled={!hasMap} onClick={() => runExport(editor, jsonExporter)}>
          <DownloadIcon /><span className="mid-hide">Export JSON</span>
        </button>
      </HintTooltip>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="button" disabled={!hasMap}>Export<ChevronDownIcon /></button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
            {menuEntries.map((entry) => (
              <DropdownMenu.Item key={entry.key} className="menu-item" onSelect={() => runExport(editor, entry.exporter, entry.options, entry.variant)}>
                <MenuEntryText entry={entry} />
                <span className="hint">.{entry.extension}</span>
              </DropdownMenu.Item>
            ))}
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
