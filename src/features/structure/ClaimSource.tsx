import { useActions } from '../../store/editor';
import { useEffect, useRef } from 'react';
import type { ThreadNode } from '../../core/map/types';
import { useGraph } from '../../store/selectors';

/** For a claim: the comment it was split from, with the claim's words highlighted in place. */
export function ClaimSource({ node }: { node: ThreadNode }) {
  const { select } = useActions();
  const graph = useGraph();
  const mark = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const parentAt = node.parent === null ? undefined : graph.index.get(node.parent);
  const parent = parentAt === undefined ? undefined : graph.nodes[parentAt];
  // Scroll the source box alone (not the panel) so the highlighted words are in sight.
  useEffect(() => {
    if (mark.current && box.current) box.current.scrollTop = Math.max(0, mark.current.offsetTop - 24);
  }, [node]);
  if (node.kind !== 'claim' || !node.range || !parent) return null;
  const [start, end] = node.range;
  const stale = parent.text.slice(start, end) !== node.text;
  return (
    <section className="claim-source" aria-label="Where the claim comes from">
      <h2>In the comment</h2>
      <p className="tag-help">
        Split from{' '}
        <button type="button" className="inline-link" onClick={() => select(parent.id)}>
          {parent.author ? `${parent.author}'s ${parent.kind}` : `the ${parent.kind}`}
        </button>
        , characters {start}–{end}.
      </p>
      <div className="claim-source-text" ref={box}>
        {parent.text.slice(0, start)}
        <mark ref={mark}>{parent.text.slice(start, end)}</mark>
        {parent.text.slice(end)}
      </div>
      {stale ? <p className="tag-help">The comment's text no longer matches this claim at that place.</p> : null}
    </section>
  );
}
