import { useMapStore } from '../../store/editor';
import { useMemo, useState } from 'react';
import type { ThreadNode } from '../../core/map/types';
import { queryTerms } from './highlight';
import { TermsContext } from './marked-text';
import { RichText } from './RichText';

/**
 * Characters drawn at first, and how much more each "Show more" draws: a comment of a megabyte
 * (one unbroken line) took a minute to lay out, so selecting it must not draw it all.
 */
export const FIRST_PIECE = 20_000;
const GROWTH = 4;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A comment's whole text in the side panel, the find query's words marked. A very long comment
 * is drawn in pieces: as plain text until the last piece, which brings its markup back.
 */
export function CommentText({ node }: { node: ThreadNode }) {
  const [limit, setLimit] = useState(FIRST_PIECE);
  const query = useMapStore(({ find: state }) => state.criteria.query);
  const terms = useMemo(() => queryTerms(query), [query]);
  const partial = node.text.length > limit;
  const shown = useMemo<ThreadNode>(() => {
    if (!partial) return node;
    const { html: _html, ...plain } = node;
    return { ...plain, text: node.text.slice(0, limit) };
  }, [node, partial, limit]);
  return (
    <TermsContext.Provider value={terms}>
      <RichText node={shown} />
      {partial ? (
        <div className="long-text-more">
          <span>Showing {count(limit)} of {count(node.text.length)} characters.</span>
          <button type="button" className="button" onClick={() => setLimit((current) => current * GROWTH)}>Show more</button>
        </div>
      ) : null}
    </TermsContext.Provider>
  );
}
