import { ariaChord, showChord } from './keys';
import { commandById, KEY_TABLE } from './registry';
import { COMMAND_GROUPS, type CommandGroup } from './types';

export interface SheetRow {
  keys: string[];
  label: string;
  /** The registry entries the row stands for. */
  ids: string[];
}

/** The shortcut sheet: every key of the registry, by group, commands that share a row joined. */
export function shortcutSheet(): { title: CommandGroup; rows: SheetRow[] }[] {
  return COMMAND_GROUPS.map((title) => {
    const rows: SheetRow[] = [];
    const shared = new Map<string, SheetRow>();
    for (const entry of KEY_TABLE) {
      if (entry.group !== title) continue;
      const keys = entry.keys.map(showChord);
      const rowLabel = 'sheetRow' in entry ? entry.sheetRow : undefined;
      const row = rowLabel === undefined ? undefined : shared.get(rowLabel);
      if (row) {
        row.keys.push(...keys);
        row.ids.push(entry.id);
        continue;
      }
      const created = { keys, label: rowLabel ?? entry.label, ids: [entry.id] };
      rows.push(created);
      if (rowLabel !== undefined) shared.set(rowLabel, created);
    }
    return { title, rows };
  });
}

/** A control's tooltip from its command: the label and the first key, as `HintTooltip` takes them. */
export function commandHint(id: string): { label: string; shortcut: string | undefined } {
  const entry = commandById(id);
  return { label: entry.label, shortcut: entry.keys[0] === undefined ? undefined : showChord(entry.keys[0]) };
}

/** The command's keys for a control's `aria-keyshortcuts` attribute. */
export function commandAriaKeys(id: string): string {
  return commandById(id).keys.map(ariaChord).join(' ');
}
