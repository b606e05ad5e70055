import { useEffect, useRef } from 'react';
import type { ThreadNode } from '../../core/map/types';
import { select } from '../../store/actions';
import { useGraph } from '../../store/selectors';

/** For a claim: the comment it was split from, with the claim's words highlighted in place. */
export function ClaimSource({ node }: { node: ThreadNode }) {
  const graph = useGraph();
  const mark = useRef<HTMLElement>(null);
  const parentAt = node.parent === null ? undefined : graph.index.get(node.parent);
  const parent = parentAt === undefined ? undefined : graph.nodes[parentAt];
  useEffect(() => mark.current?.scrollIntoView?.({ block: 'nearest' }), [node]);
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
      <div className="claim-source-text">
        {parent.text.slice(0, start)}
        <mark ref={mark}>{parent.text.slice(start, end)}</mark>
        {parent.text.slice(end)}
      </div>
      {stale ? <p className="tag-help">The comment's text no longer matches this claim at that place.</p> : null}
    </section>
  );
}
