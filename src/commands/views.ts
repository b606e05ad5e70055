import { ariaChord, showChord } from './keys';
import { STANCE_CODEBOOK } from '../core/document/codebook';
import type { Codebook, CodebookCategory } from '../core/document/types';
import { categoryCommandId, commandById, keyTableFor } from './registry';
import { COMMAND_GROUPS, type CommandGroup } from './types';

export interface SheetRow {
  keys: string[];
  label: string;
  /** The registry entries the row stands for. */
  ids: string[];
  /** An example comment (a codebook category's). */
  example?: string;
}

/** The shortcut sheet for a map coded with `codebook`: every key of the registry, by group, commands that share a row joined. */
export function shortcutSheet(codebook: Codebook = STANCE_CODEBOOK): { title: CommandGroup; rows: SheetRow[] }[] {
  const table = keyTableFor(codebook);
  return COMMAND_GROUPS.map((title) => {
    const rows: SheetRow[] = [];
    const shared = new Map<string, SheetRow>();
    for (const entry of table) {
      if (entry.group !== title) continue;
      const keys = entry.keys.map(showChord);
      const rowLabel = 'sheetRow' in entry ? entry.sheetRow : undefined;
      const row = rowLabel === undefined ? undefined : shared.get(rowLabel);
      if (row) {
        row.keys.push(...keys);
        row.ids.push(entry.id);
        continue;
      }
      const example = 'example' in entry ? entry.example : undefined;
      const created: SheetRow = { keys, label: rowLabel ?? entry.label, ids: [entry.id], ...(example ? { example } : {}) };
      rows.push(created);
      if (rowLabel !== undefined) shared.set(rowLabel, created);
    }
    return { title, rows };
  });
}

/** A control's tooltip from its command: the label and the first key, as `HintTooltip` takes them. */
export function commandHint(id: string, codebook?: Codebook): { label: string; shortcut: string | undefined } {
  const entry = commandById(id, codebook);
  return { label: entry.label, shortcut: entry.keys[0] === undefined ? undefined : showChord(entry.keys[0]) };
}

/** The key shown for a codebook category: its command's, or undefined when another command keeps the letter. */
export function categoryKey(category: CodebookCategory, codebook: Codebook): string | undefined {
  return commandHint(categoryCommandId(category.id), codebook).shortcut;
}

/** The command's keys for a control's `aria-keyshortcuts` attribute. */
export function commandAriaKeys(id: string, codebook?: Codebook): string {
  return commandById(id, codebook).keys.map(ariaChord).join(' ');
}
