import type { ThreadMeasures } from './measure-thread';

const SUB_DEBATE_COLUMNS = ['id', 'kind', 'size', 'comments', 'depth', 'participants', 'start', 'end', 'durationHours', 'activity', 'backAndForth', 'backAndForthAuthors', 'pro', 'con', 'question', 'unansweredQuestions', 'contestedness'];
const PARTICIPANT_COLUMNS = ['author', 'comments', 'posts', 'first', 'last', 'repliesGiven', 'repliesReceived', 'pro', 'con', 'question'];

export type Cell = string | number | null;

/**
 * The sub-debate table: a header row, then one row per sub-debate, top-level ones first. `size`
 * counts every node (stubs and split claims too); `comments` only comments, the number a reader can check.
 */
export function subDebateRows(measures: ThreadMeasures): Cell[][] {
  const rows: Cell[][] = [SUB_DEBATE_COLUMNS];
  for (const debate of [...measures.topLevel, ...measures.branches]) {
    rows.push([
      debate.id,
      debate.kind,
      debate.size,
      debate.comments,
      debate.depth,
      debate.participants,
      debate.start,
      debate.end,
      debate.durationHours,
      debate.activity,
      debate.backAndForth?.length ?? 0,
      debate.backAndForth?.authors.join(' ') ?? null,
      debate.tags.pro,
      debate.tags.con,
      debate.tags.question,
      measures.tagged ? debate.unansweredQuestions : null,
      debate.contestedness,
    ]);
  }
  return rows;
}

/**
 * The participant table: a header row, then one row per participant, most comments first. The
 * post's author has `posts` 1 and only the comments they wrote, so `comments` sums to the comments.
 */
export function participantRows(measures: ThreadMeasures): Cell[][] {
  return [
    PARTICIPANT_COLUMNS,
    ...measures.people.map((person) => [person.author, person.comments, person.posts, person.first, person.last, person.repliesGiven, person.repliesReceived, person.tags.pro, person.tags.con, person.tags.question]),
  ];
}

/**
 * RFC 4180: a field quoted when it holds a comma, quote, CR or LF. A text field that a spreadsheet
 * would run as a formula (= + - @ first) gets a leading apostrophe, since author names come from
 * strangers; numbers are written as numbers.
 */
export function csvRow(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 1e6) / 1e6);
      const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** The sub-debate table as CSV (CRLF line ends, formula-like text defused). */
export function subDebateCsv(measures: ThreadMeasures): string {
  return `${subDebateRows(measures).map(csvRow).join('\r\n')}\r\n`;
}

/** The participant table as CSV (CRLF line ends, formula-like text defused). */
export function participantCsv(measures: ThreadMeasures): string {
  return `${participantRows(measures).map(csvRow).join('\r\n')}\r\n`;
}
