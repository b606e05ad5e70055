import type { Tag } from '../../core/map/types';

/** Single-key tag shortcuts; shown in the tag buttons' tooltips and the shortcut help. */
export const TAG_KEYS: Record<Tag, string> = { pro: 'p', con: 'c', question: 'q' };
export const CLEAR_TAG_KEY = 'x';
