import { createContext, useContext } from 'react';
import { highlightRanges } from './highlight';

/** The find query's words, for marking matches in a comment's text. */
export const TermsContext = createContext<readonly string[]>([]);

/** A run of text with the find query's words marked. */
export function MarkedText({ text }: { text: string }) {
  const terms = useContext(TermsContext);
  const ranges = highlightRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start} className="find-hit">{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
