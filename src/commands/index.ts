export type { Command, CommandContext, CommandGroup, FieldKeys } from './types';
export { COMMANDS, KEY_TABLE, RESERVED_CATEGORY_KEYS, categoryCommandId, commandById, commandsFor, keyTableFor } from './registry';
export { createCommandContext, FIELD } from './context';
export { commandsForKey, dispatchKey, keyBelongsToTarget } from './dispatch';
export { categoryKey, commandAriaKeys, commandHint, shortcutSheet, type SheetRow } from './views';
export { showChord } from './keys';
export { useCommandKeys } from './use-command-keys';
