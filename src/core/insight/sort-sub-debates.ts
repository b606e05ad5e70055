import type { SubDebate } from './sub-debates';

/** The measures a list of sub-debates can be sorted by, with a person's name for each. */
export const SUB_DEBATE_ORDERS = [
  { key: 'comments', label: 'Comments' },
  { key: 'depth', label: 'Depth' },
  { key: 'participants', label: 'Participants' },
  { key: 'durationHours', label: 'Duration' },
  { key: 'activity', label: 'Comments per hour' },
  { key: 'backAndForth', label: 'Longest back-and-forth' },
  { key: 'unansweredQuestions', label: 'Unanswered questions' },
  { key: 'balance', label: 'Tag balance (share con)' },
  { key: 'contestedness', label: 'Contestedness' },
  { key: 'start', label: 'Earliest start' },
] as const;

export type SubDebateOrder = (typeof SUB_DEBATE_ORDERS)[number]['key'];

/** The value a sub-debate is sorted by; null when the source or the tags cannot say. */
export function orderValue(debate: SubDebate, key: SubDebateOrder): number | null {
  switch (key) {
    case 'backAndForth':
      return debate.backAndForth?.length ?? 0;
    case 'start':
      return debate.start === null ? null : Date.parse(debate.start);
    case 'balance':
      return debate.tags.pro + debate.tags.con > 0 ? debate.tags.con / (debate.tags.pro + debate.tags.con) : null;
    default:
      return debate[key];
  }
}

/**
 * Sub-debates by one measure: the largest value first (the earliest for `start`), unknown values
 * last, ties by comments and then in the order given. Returns a new array.
 */
export function sortSubDebates(debates: readonly SubDebate[], key: SubDebateOrder): SubDebate[] {
  const direction = key === 'start' ? 1 : -1;
  return debates
    .map((debate, index) => ({ debate, index, value: orderValue(debate, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return direction * (a.value - b.value) || b.debate.comments - a.debate.comments || a.index - b.index;
    })
    .map((entry) => entry.debate);
}
