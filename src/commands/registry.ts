import { STANCE_CODEBOOK } from '../core/document/codebook';
import type { Codebook, CodebookCategory } from '../core/document/types';
import { parseChord } from './keys';
import { MAP_COMMANDS } from './map-commands';
import type { Command, CommandContext, FieldKeys } from './types';

const selected = (context: CommandContext) => context.selectedId() !== null;
/** Edits are off, not undone afterwards, while another tab writes the map. */
const editable = (context: CommandContext) => !context.readOnly();
const canEditSelected = (context: CommandContext) => selected(context) && editable(context);
/** The structure commands wait while a target is chosen or a merge question is open. */
const structureReady = (context: CommandContext) => canEditSelected(context) && context.pick() === null && !context.mergeAsked();

/** The registry id of the command that codes the selected card with a category. */
export const categoryCommandId = (categoryId: string): string => `category.${categoryId}`;

const categoryCommand = (category: CodebookCategory, key: string | undefined): Command => ({
  id: categoryCommandId(category.id),
  label: category.definition ? `${category.label}: ${category.definition}` : category.label,
  ...(category.example ? { example: category.example } : {}),
  group: 'Tag the selected card', keys: key === undefined ? [] : [key], enabled: canEditSelected,
  run: (context) => context.actions.requestTag(context.selectedId()!, category.id),
});

/**
 * Every command but the codebook's categories, in the order of the shortcut sheet; the categories
 * go first. A command with `yieldKeys` gives its key to a category that takes its letter.
 */
const FIXED_TABLE: readonly (Command | FieldKeys)[] = [
  { id: 'tag.clear', label: 'Remove the tag', group: 'Tag the selected card', keys: ['x'], enabled: canEditSelected, run: (context) => context.actions.requestTag(context.selectedId()!, null) },
  { id: 'note.write', label: 'Write a note (Esc leaves the note)', group: 'Tag the selected card', keys: ['n'], yieldKeys: ['Shift+N'], enabled: canEditSelected, run: (context) => context.ui.focusNote() },
  {
    id: 'codebook.choose', label: 'Choose or write the codebook…', group: 'Tag the selected card', keys: ['Shift+C'],
    enabled: (context) => editable(context) && context.hasMap(), run: (context) => context.ui.showCodebook(),
  },
  {
    id: 'tag.acceptSuggestion', label: 'Accept the suggested tag', group: 'Tag the selected card', keys: ['a'], yieldKeys: ['Shift+A'],
    enabled: (context) => canEditSelected(context) && context.suggestionFor(context.selectedId()!) !== undefined,
    run: (context) => context.actions.acceptSuggestion(context.selectedId()!),
  },

  {
    id: 'structure.split', label: 'Split the text selected in the panel out as a claim', group: 'Fix the structure', keys: ['s'], yieldKeys: ['Shift+S'],
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
  { id: 'find.next', movesSelection: true, label: 'Next match', sheetRow: 'Next / previous match', group: 'Find and filter', keys: [']'], run: (context) => context.actions.stepMatch(1) },
  { id: 'find.previous', movesSelection: true, label: 'Previous match', sheetRow: 'Next / previous match', group: 'Find and filter', keys: ['['], run: (context) => context.actions.stepMatch(-1) },

  ...MAP_COMMANDS,
  { id: 'focus.tab', label: 'The map is one stop: Tab moves on to the map controls, then the side panel', group: 'Move through the thread', keys: ['Tab'] },
  {
    id: 'selection.clear', label: 'Clear the selection', group: 'Move through the thread', keys: ['Escape'],
    enabled: (context) => selected(context) && context.pick() === null,
    run: (context) => {
      context.actions.select(null);
      // Off the card: its focus ring would go on looking like the selection.
      context.ui.leaveCard();
    },
  },

  {
    id: 'coders.nextDisagreement', movesSelection: true, label: 'Next comment where the coders differ', sheetRow: 'Next / previous comment where the coders differ', group: 'Several coders', keys: ['d'], yieldKeys: ['g'],
    enabled: (context) => context.severalCoders(), run: (context) => context.actions.stepDisagreement(1),
  },
  {
    id: 'coders.previousDisagreement', movesSelection: true, label: 'Previous comment where the coders differ', sheetRow: 'Next / previous comment where the coders differ', group: 'Several coders', keys: ['Shift+D'], yieldKeys: ['Shift+G'],
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

const letterOf = (key: string) => parseChord(key).key.toLowerCase();

/**
 * Single keys a category may not take: those of the commands that never give theirs up, and the
 * keys the yielding ones move to. A written codebook's keys are chosen around them.
 */
export const RESERVED_CATEGORY_KEYS: ReadonlySet<string> = new Set(
  FIXED_TABLE.flatMap((entry) => ('yieldKeys' in entry && entry.yieldKeys ? entry.yieldKeys : entry.keys))
    .concat(FIXED_TABLE.flatMap((entry) => ('alsoKeys' in entry ? (entry.alsoKeys ?? []) : [])))
    .filter((key) => !parseChord(key).shift && !parseChord(key).mod && parseChord(key).key.length === 1)
    .map(letterOf),
);

/**
 * Every command and every key of the app for a map coded with `codebook`, in the order of the
 * shortcut sheet: one command per category, with the category's key (none when the key is reserved
 * or already taken by an earlier category, so that no key ever runs two commands), then the rest.
 * The keydown dispatcher, the sheet, the tooltips and `aria-keyshortcuts` all read them from here.
 */
export function keyTableFor(codebook: Codebook): readonly (Command | FieldKeys)[] {
  const taken = new Set<string>();
  const categories = codebook.categories.map((category) => {
    const key = category.key.length === 1 ? category.key.toLowerCase() : '';
    const free = key !== '' && !RESERVED_CATEGORY_KEYS.has(key) && !taken.has(key);
    if (free) taken.add(key);
    return categoryCommand(category, free ? key : undefined);
  });
  const fixed = FIXED_TABLE.map((entry) =>
    'yieldKeys' in entry && entry.yieldKeys && entry.keys.some((key) => taken.has(letterOf(key))) ? { ...entry, keys: entry.yieldKeys } : entry,
  );
  return [...categories, ...fixed];
}

/** The table of the default codebook (pro, con, question). */
export const KEY_TABLE: readonly (Command | FieldKeys)[] = keyTableFor(STANCE_CODEBOOK);

/** The commands the keydown dispatcher runs for a map coded with `codebook`. */
export function commandsFor(codebook: Codebook): Command[] {
  return keyTableFor(codebook).filter(isCommand);
}

/** The commands of the default codebook. */
export const COMMANDS: readonly Command[] = KEY_TABLE.filter(isCommand);

/** The registry entry of an id; throws on an unknown id, which is a mistake in the code. */
export function commandById(id: string, codebook: Codebook = STANCE_CODEBOOK): Command | FieldKeys {
  const entry = keyTableFor(codebook).find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No command ${id}`);
  return entry;
}
