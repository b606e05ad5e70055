import { focusIsLoose, focusMap, focusMapTree, mapTree } from '../components/map-focus';
import { DIALOG_LOADING_SELECTOR } from '../components/on-demand-dialog';
import { matchesChord, parseChord } from './keys';
import { commandsFor } from './registry';
import type { Command, CommandContext } from './types';

// Inputs that take no typing: after choosing a file, J and K must move through the new map.
const NON_TEXT_INPUTS = new Set(['file', 'button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'image']);
/** Layers whose keys are their own: a dialog (Esc, Tab, typing), a menu or list (arrows, letters). */
const KEY_OWNING_LAYERS = '[role="dialog"], [role="alertdialog"], [role="menu"], [role="menubar"], [role="listbox"]';
/** Controls that a key press activates. */
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"]';

/**
 * The one "typing in a field" rule: keys pressed in a text field, a select, editable text, or
 * inside a dialog or menu belong to it, and Enter and Space belong to the control they press.
 */
export function keyBelongsToTarget(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  const presses = event.key === 'Enter' || event.key === ' ';
  // Before the input rule: a radio button or a checkbox in a dialog takes its arrows and letters too.
  if (target.closest(KEY_OWNING_LAYERS)) return true;
  // Arrows move between the radio buttons of a group.
  if (target instanceof HTMLInputElement && target.type === 'radio' && event.key.startsWith('Arrow')) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type) || presses;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // Read from the attribute as well: isContentEditable is not there in every DOM (jsdom).
  if ((target instanceof HTMLElement && target.isContentEditable) || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target.closest(KEY_OWNING_LAYERS)) return true;
  return presses && target.closest(PRESSABLE) !== null;
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The enabled commands a key press would run: one, or none (more than one is a mistake the tests catch). */
export function commandsForKey(event: KeyPress, context: CommandContext, commands: readonly Command[] = commandsFor(context.codebook())): Command[] {
  return commands.filter((command) => {
    const chords = [...command.keys, ...(command.alsoKeys ?? [])].map(parseChord);
    return chords.some((chord) => matchesChord(event, chord)) && (command.enabled?.(context) ?? true);
  });
}

/**
 * Runs the command of a key press, if exactly one is enabled for it, and claims the key (no
 * scrolling, no typing elsewhere). Keys already handled by the focused element, or belonging to
 * it, are left alone. Returns the command run.
 */
export function dispatchKey(event: KeyboardEvent, context: CommandContext): Command | null {
  if (event.defaultPrevented || event.isComposing || keyBelongsToTarget(event)) return null;
  // A dialog asked for is still loading: its keys are not the map's.
  const root = context.ui.root();
  if (root?.querySelector(DIALOG_LOADING_SELECTOR)) return null;
  const found = commandsForKey(event, context);
  if (found.length !== 1) return null;
  const command = found[0]!;
  event.preventDefault();
  // A key that runs a command takes the focus from a control clicked earlier (the theme button,
  // a zoom button, the file input behind "Open thread file") to the map: else the Enter that
  // finishes a move would press that control, or ask for a file.
  const target = event.target;
  const control = target instanceof Element && (target.closest(PRESSABLE) !== null || (target instanceof HTMLInputElement && NON_TEXT_INPUTS.has(target.type)));
  if (control && !mapTree(root)?.contains(target)) focusMap(root);
  // A move from the page or the canvas gives the focus to the map itself (not to a card, whose
  // focus would select it first): the card the move selects then takes it, as after a click, and
  // the next keys and Tab start from there.
  else if (command.movesSelection && focusIsLoose(target, root)) focusMapTree(root);
  command.run(context, event.key);
  return command;
}
