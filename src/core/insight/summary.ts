import type { SourceInfo } from '../map/types';
import type { ThreadMeasures } from './measure-thread';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** A span of time in the unit a person would use: minutes, hours or days. */
export function describeDuration(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 90) return plural(Math.round(minutes), 'minute');
  const hours = minutes / 60;
  if (hours < 48) return plural(Math.round(hours), 'hour');
  const days = hours / 24;
  return `${days < 10 ? days.toFixed(1).replace(/\.0$/, '') : Math.round(days)} days`;
}

/**
 * "N comments by M people over D days; the five biggest sub-debates hold P %; the longest
 * back-and-forth is L comments between X and Y; Q questions got no reply", leaving out what the
 * source cannot say (and saying so for times) and what is not tagged yet.
 */
export function summarize(measures: Omit<ThreadMeasures, 'summary'>, source?: SourceInfo): string {
  const parts: string[] = [];
  let opening = plural(measures.comments, 'comment');
  opening += measures.participants > 0 ? ` by ${plural(measures.participants, 'person', 'people')}` : ' (the source names no authors)';
  if (measures.start !== null && measures.end !== null) {
    opening += ` over ${describeDuration(Date.parse(measures.end) - Date.parse(measures.start))}`;
  }
  parts.push(opening);
  const inSubDebates = measures.topLevel.reduce((sum, debate) => sum + debate.comments, 0);
  const count = measures.topLevel.length;
  if (count > 5 && inSubDebates > 0) {
    const share = (100 * measures.topLevel.slice(0, 5).reduce((sum, debate) => sum + debate.comments, 0)) / inSubDebates;
    parts.push(`the five biggest of ${count} sub-debates hold ${Math.round(share)} %`);
  } else if (count > 1) parts.push(`in ${count} sub-debates`);
  else if (count === 1) parts.push('all in one sub-debate');
  const chain = measures.longestBackAndForth;
  if (chain && chain.length >= 3) parts.push(`the longest back-and-forth is ${chain.length} comments between ${chain.authors[0]} and ${chain.authors[1]}`);
  else if (measures.comments > 1) parts.push('no two people answered each other more than once in a row');
  if (measures.unansweredQuestions) parts.push(`${plural(measures.unansweredQuestions.count, 'question')} got no reply`);
  let sentence = `${capitalize(parts.join('; '))}.`;
  if (!measures.timed) {
    sentence += source?.kind === 'text' ? ' Pasted text carries no times, so nothing can be said about when it was written.' : ' The source gives no times, so nothing can be said about when it was written.';
  }
  if (source?.structureGuessed) sentence += ' The reply structure was guessed from the text.';
  return sentence;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
