import { createContext, Fragment, useContext, useMemo, useState } from 'react';
import type { ThreadNode } from '../../core/map/types';
import { htmlToBlocks, plainToBlocks, type Block, type Inline } from '../../core/text';
import { useFilterStore } from '../../store/filter-store';
import { highlightRanges, queryTerms } from './highlight';

/**
 * Characters drawn at first, and how much more each "Show more" draws: a comment of a megabyte
 * (one unbroken line) took a minute to lay out, so selecting it must not draw it all.
 */
export const FIRST_PIECE = 20_000;
const GROWTH = 4;

/** The find query's words, for marking matches in the text. */
const TermsContext = createContext<readonly string[]>([]);

function MarkedText({ text }: { text: string }) {
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

function InlineView({ inline }: { inline: Inline }) {
  switch (inline.type) {
    case 'text':
      return <MarkedText text={inline.text} />;
    case 'break':
      return <br />;
    case 'code':
      return <code><MarkedText text={inline.text} /></code>;
    case 'em':
      return <em><Inlines inlines={inline.children} /></em>;
    case 'strong':
      return <strong><Inlines inlines={inline.children} /></strong>;
    case 'link':
      // An unsafe or unknown target is shown as text, never as a clickable link.
      return inline.href ? (
        <a href={inline.href} target="_blank" rel="noopener noreferrer nofollow">
          <Inlines inlines={inline.children} />
        </a>
      ) : (
        <span className="unsafe-link"><Inlines inlines={inline.children} /></span>
      );
  }
}

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) => (
        <InlineView key={i} inline={inline} />
      ))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <p><Inlines inlines={block.children} /></p>;
    case 'code':
      return <pre><code><MarkedText text={block.text} /></code></pre>;
    case 'quote':
      return <blockquote><Blocks blocks={block.children} /></blockquote>;
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}><Blocks blocks={item} /></li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <Fragment key={i}><BlockView block={block} /></Fragment>
      ))}
    </>
  );
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The whole text of a comment as React elements: the source's markup is parsed, never injected.
 * Words of the find query are marked. A very long comment is drawn in pieces (as plain text
 * until the last piece, which brings its markup back).
 */
export function RichText({ node }: { node: ThreadNode }) {
  const [limit, setLimit] = useState(FIRST_PIECE);
  const query = useFilterStore((state) => state.criteria.query);
  const terms = useMemo(() => queryTerms(query), [query]);
  const partial = node.text.length > limit;
  const blocks = useMemo(() => {
    if (partial) return plainToBlocks(node.text.slice(0, limit));
    return node.html ? htmlToBlocks(node.html, node.url ?? null) : plainToBlocks(node.text);
  }, [node, partial, limit]);
  return (
    <TermsContext.Provider value={terms}>
      <div className="rich-text"><Blocks blocks={blocks} /></div>
      {partial ? (
        <div className="long-text-more">
          <span>Showing {count(limit)} of {count(node.text.length)} characters.</span>
          <button type="button" className="button" onClick={() => setLimit((current) => current * GROWTH)}>Show more</button>
        </div>
      ) : null}
    </TermsContext.Provider>
  );
}
