import type { Tag } from '../core/map/types';

/** Single-key tag shortcuts; shown in the tag buttons' tooltips and the shortcut help. */
export const TAG_KEYS: Record<Tag, string> = { pro: 'p', con: 'c', question: 'q' };
export const CLEAR_TAG_KEY = 'x';
/** Structure commands and find; their handlers, tooltips and the help read the keys from here. */
export const STRUCTURE_KEYS = { split: 's', move: 'm', merge: 'M', quote: 'l' } as const;
export const FIND_KEYS = { focus: '/', next: ']', previous: '[', accept: 'a' } as const;


/** Every keyboard shortcut, as the help dialog lists them. */
export const SHORTCUT_GROUPS: { title: string; items: { keys: string[]; action: string }[] }[] = [
  {
    title: 'Tag the selected card',
    items: [
      { keys: [TAG_KEYS.pro.toUpperCase()], action: 'Pro: supports the comment it replies to' },
      { keys: [TAG_KEYS.con.toUpperCase()], action: 'Con: opposes the comment it replies to' },
      { keys: [TAG_KEYS.question.toUpperCase()], action: 'Question: asks about it without taking a side' },
      { keys: [CLEAR_TAG_KEY.toUpperCase()], action: 'Clear the tag' },
      { keys: ['N'], action: 'Write a note (Esc leaves the note)' },
      { keys: [FIND_KEYS.accept.toUpperCase()], action: 'Accept the suggested tag' },
    ],
  },
  {
    title: 'Fix the structure',
    items: [
      { keys: [STRUCTURE_KEYS.split.toUpperCase()], action: 'Split the text selected in the panel out as a claim' },
      { keys: [STRUCTURE_KEYS.move.toUpperCase()], action: 'Move under…: choose the new parent, Enter drops it there, Esc cancels' },
      { keys: [STRUCTURE_KEYS.quote.toUpperCase()], action: 'Mark as quoting…: choose the quoted card, then Enter' },
      { keys: ['Shift+M'], action: 'Merge into the card before it (guessed plain text)' },
    ],
  },
  {
    title: 'Find and filter',
    items: [
      { keys: [FIND_KEYS.focus], action: 'Find text or an author' },
      { keys: ['Enter', 'Shift+Enter'], action: 'In the find box: next / previous match, and back to the map' },
      { keys: [FIND_KEYS.next, FIND_KEYS.previous], action: 'Next / previous match' },
    ],
  },
  {
    title: 'Move through the thread',
    items: [
      { keys: ['J', 'K'], action: 'Next / previous card in reading order' },
      { keys: ['←', '→', '↑', '↓'], action: 'Parent, first reply and siblings, following the layout' },
      { keys: ['U'], action: 'Next untagged card' },
      { keys: ['Home'], action: 'The root post' },
      { keys: ['O', 'Space'], action: 'Collapse or expand the replies (the arrow towards the replies also expands)' },
      { keys: ['Tab'], action: 'The map is one stop: Tab moves on to the side panel' },
      { keys: ['Esc'], action: 'Clear the selection' },
    ],
  },
  {
    title: 'View and edit',
    items: [
      { keys: ['F'], action: 'Fit view: the whole map' },
      { keys: ['1', '2', '3', '4'], action: 'Layout: overview, tree down, tree right, outline' },
      { keys: ['+', '−'], action: 'Zoom in / out' },
      { keys: ['Ctrl+Z'], action: 'Undo' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
      { keys: ['?'], action: 'Show these shortcuts' },
    ],
  },
];

/** Keys that switch the layout mode. */
export const LAYOUT_KEYS = { overview: '1', 'tree-down': '2', 'tree-right': '3', outline: '4' } as const;
