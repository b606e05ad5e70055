import type { Tag } from '../core/map/types';
import { MAP_COMMANDS } from './map-commands';
import type { Command, CommandContext, FieldKeys } from './types';

const selected = (context: CommandContext) => context.selectedId() !== null;
/** Edits are off, not undone afterwards, while another tab writes the map. */
const editable = (context: CommandContext) => !context.readOnly();
const canEditSelected = (context: CommandContext) => selected(context) && editable(context);
/** The structure commands wait while a target is chosen or a merge question is open. */
const structureReady = (context: CommandContext) => canEditSelected(context) && context.pick() === null && !context.mergeAsked();

const tagCommand = (tag: Tag | null, key: string, label: string): Command => ({
  id: `tag.${tag ?? 'clear'}`, label, group: 'Tag the selected card', keys: [key], enabled: canEditSelected,
  run: (context) => context.actions.requestTag(context.selectedId()!, tag),
});

/**
 * Every command and every key of the app, in the order of the shortcut sheet. The keydown
 * dispatcher, the sheet, the tooltips and `aria-keyshortcuts` all read them from here.
 */
export const KEY_TABLE: readonly (Command | FieldKeys)[] = [
  tagCommand('pro', 'p', 'Pro: supports the comment it replies to'),
  tagCommand('con', 'c', 'Con: opposes or attacks the comment it replies to'),
  tagCommand('question', 'q', 'Question: asks about or challenges it without taking a side'),
  tagCommand(null, 'x', 'Remove the tag'),
  { id: 'note.write', label: 'Write a note (Esc leaves the note)', group: 'Tag the selected card', keys: ['n'], enabled: canEditSelected, run: (context) => context.ui.focusNote() },
  {
    id: 'tag.acceptSuggestion', label: 'Accept the suggested tag', group: 'Tag the selected card', keys: ['a'],
    enabled: (context) => canEditSelected(context) && context.suggestionFor(context.selectedId()!) !== undefined,
    run: (context) => context.actions.acceptSuggestion(context.selectedId()!),
  },

  {
    id: 'structure.split', label: 'Split the text selected in the panel out as a claim', group: 'Fix the structure', keys: ['s'],
    enabled: (context) => structureReady(context) && context.claimDraft()?.id === context.selectedId(),
    run: (context) => context.actions.splitClaim(context.selectedId()!, context.claimDraft()!.range),
  },
  { id: 'structure.move', label: 'Move under…: choose the new parent, then Enter', group: 'Fix the structure', keys: ['m'], enabled: structureReady, run: (context) => context.actions.startPick('move') },
  { id: 'structure.quote', label: 'Mark as quoting…: choose the quoted card, then Enter', group: 'Fix the structure', keys: ['l'], enabled: structureReady, run: (context) => context.actions.startPick('quote') },
  {
    id: 'structure.merge', label: 'Merge into the card before it (asks first unless the text was guessed)', group: 'Fix the structure', keys: ['Shift+M'],
    enabled: structureReady, run: (context) => context.actions.requestMerge(context.selectedId()!),
  },
  {
    id: 'pick.finish', label: 'Moving or quoting: the selected card is the one', group: 'Fix the structure', keys: ['Enter'],
    enabled: (context) => context.pick() !== null && !context.mergeAsked() && editable(context), run: (context) => context.actions.finishPick(),
  },
  { id: 'pick.cancel', label: 'Moving or quoting: cancel', group: 'Fix the structure', keys: ['Escape'], enabled: (context) => context.pick() !== null, run: (context) => context.actions.cancelPick() },

  { id: 'find.focus', label: 'Find text or an author', group: 'Find and filter', keys: ['/'], run: (context) => context.ui.focusFind() },
  { id: 'find.inBox', label: 'In the find box: next / previous match, and back to the map', group: 'Find and filter', keys: ['Enter', 'Shift+Enter'] },
  { id: 'find.next', label: 'Next match', sheetRow: 'Next / previous match', group: 'Find and filter', keys: [']'], run: (context) => context.actions.stepMatch(1) },
  { id: 'find.previous', label: 'Previous match', sheetRow: 'Next / previous match', group: 'Find and filter', keys: ['['], run: (context) => context.actions.stepMatch(-1) },

  ...MAP_COMMANDS,
  { id: 'focus.tab', label: 'The map is one stop: Tab moves on to the side panel', group: 'Move through the thread', keys: ['Tab'] },
  {
    id: 'selection.clear', label: 'Clear the selection', group: 'Move through the thread', keys: ['Escape'],
    enabled: (context) => selected(context) && context.pick() === null, run: (context) => context.actions.select(null),
  },

  {
    id: 'coders.nextDisagreement', label: 'Next comment where the coders differ', sheetRow: 'Next / previous comment where the coders differ', group: 'Several coders', keys: ['d'],
    enabled: (context) => context.severalCoders(), run: (context) => context.actions.stepDisagreement(1),
  },
  {
    id: 'coders.previousDisagreement', label: 'Previous comment where the coders differ', sheetRow: 'Next / previous comment where the coders differ', group: 'Several coders', keys: ['Shift+D'],
    enabled: (context) => context.severalCoders(), run: (context) => context.actions.stepDisagreement(-1),
  },
  {
    id: 'coders.blind', label: 'Blind coding on or off (off shows every coder’s tag)', group: 'Several coders', keys: ['b'],
    enabled: (context) => context.severalCoders(), run: (context) => context.actions.toggleBlind(),
  },

  { id: 'edit.undo', label: 'Undo', group: 'View and edit', keys: ['Mod+Z'], enabled: (context) => context.canUndo() && editable(context), run: (context) => context.actions.undo() },
  { id: 'edit.redo', label: 'Redo', group: 'View and edit', keys: ['Mod+Shift+Z', 'Mod+Y'], enabled: (context) => context.canRedo() && editable(context), run: (context) => context.actions.redo() },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', group: 'View and edit', keys: ['?'], run: (context) => context.ui.showShortcuts() },
];

export const isCommand = (entry: Command | FieldKeys): entry is Command => 'run' in entry;

/** The commands the keydown dispatcher runs. */
export const COMMANDS: readonly Command[] = KEY_TABLE.filter(isCommand);

const BY_ID = new Map(KEY_TABLE.map((entry) => [entry.id, entry]));

/** The registry entry of an id; throws on an unknown id, which is a mistake in the code. */
export function commandById(id: string): Command | FieldKeys {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`No command ${id}`);
  return entry;
}
