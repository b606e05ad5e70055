import type { MapViewHandle } from '../components/map-view';
import type { TagSuggestion } from '../core/annotations/suggest';
import type { Codebook, MapView } from '../core/document/types';

/** The sections of the shortcut sheet, in the order it shows them. */
export const COMMAND_GROUPS = ['Tag the selected card', 'Fix the structure', 'Find and filter', 'Move through the thread', 'Several coders', 'View and edit'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/**
 * Everything a command may read or do. Built in one place (`createCommandContext`), so that the
 * commands never reach for a store themselves.
 */
export interface CommandContext {
  /** The codebook the open map is coded with: its categories are commands. */
  codebook(): Codebook;
  /** A map is open. */
  hasMap(): boolean;
  /** The selected card's id, or null. */
  selectedId(): string | null;
  /** The open map's kept view state (layout mode, collapsed cards). */
  view(): MapView;
  hasTag(id: string): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Another tab writes the map: edits wait until this tab takes over. */
  readOnly(): boolean;
  /** The move or quote command waiting for its target card, if any. */
  pick(): { kind: 'move' | 'quote'; id: string } | null;
  /** Text of the selected comment chosen in the panel, to split out as a claim. */
  claimDraft(): { id: string; range: [number, number] } | null;
  /** A merge waiting for the person's answer: its dialog owns the keys meanwhile. */
  mergeAsked(): boolean;
  suggestionFor(id: string): TagSuggestion | undefined;
  /** The map on screen, or null when none is drawn. */
  mapView(): MapViewHandle | null;
  /** The map holds two or more coders' layers. */
  severalCoders(): boolean;
  actions: {
    select(id: string | null): void;
    /** Code a card with a category of the codebook; null clears it. */
    requestTag(id: string, category: string | null): void;
    acceptSuggestion(id: string): void;
    toggleCollapsed(id: string): void;
    setLayout(mode: string): void;
    undo(): void;
    redo(): void;
    startPick(kind: 'move' | 'quote'): void;
    finishPick(): void;
    cancelPick(): void;
    requestMerge(id: string): void;
    splitClaim(id: string, range: [number, number]): void;
    stepMatch(direction: 1 | -1): void;
    stepDisagreement(direction: 1 | -1): void;
    toggleBlind(): void;
  };
  /** What the shell does for commands: places to move focus to, the shortcut sheet. */
  ui: {
    showShortcuts(): void;
    showCodebook(): void;
    focusNote(): void;
    focusFind(): void;
    /** Moves keyboard focus off the card it is on to the map itself (nothing selected). */
    leaveCard(): void;
    /** Where this editor's map, fields and loading dialogs are in the page: see MapRoot. */
    root(): ParentNode | null;
  };
}

/** One thing a person can do, with the keys that do it. */
export interface Command {
  id: string;
  /** What it does, in the words of the shortcut sheet and the tooltips. */
  label: string;
  group: CommandGroup;
  /** A row of the sheet shared with sibling commands (next and previous match), when not its own. */
  sheetRow?: string;
  /** Keys shown and matched, e.g. `p`, `Shift+M`, `Mod+Z` (Mod: Ctrl or ⌘), `ArrowUp`. */
  keys: readonly string[];
  /** Keys also matched but not shown (`=` beside `+`). */
  alsoKeys?: readonly string[];
  /** The keys it moves to when a category of the map's codebook takes its letter (`s` of support). */
  yieldKeys?: readonly string[];
  /** An example, shown under the label in the shortcut sheet (a category's example comment). */
  example?: string;
  /**
   * It moves the selection to another card: run from the page or the canvas (nothing focused
   * yet, or the empty pane clicked), it takes the focus to the map first, so the card it selects
   * takes it as it does after a click.
   */
  movesSelection?: true;
  /** Whether the command can run now; absent means always. */
  enabled?(context: CommandContext): boolean;
  run(context: CommandContext, key: string): void;
}

/**
 * Keys that a focused field handles itself (the find box's Enter, Tab through the page): listed
 * in the sheet beside the commands, never dispatched.
 */
export interface FieldKeys {
  id: string;
  label: string;
  group: CommandGroup;
  keys: readonly string[];
}
