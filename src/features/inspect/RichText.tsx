import { Fragment, useMemo } from 'react';
import type { ThreadNode } from '../../core/map/types';
import { htmlToBlocks, plainToBlocks, type Block, type Inline } from '../../core/text';
import { MarkedText } from './marked-text';

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

/** The whole text of a comment as React elements: the source's markup is parsed, never injected. */
export function RichText({ node }: { node: ThreadNode }) {
  const blocks = useMemo(() => {
    const base = node.url ?? undefined;
    return node.html ? htmlToBlocks(node.html, base ?? null) : plainToBlocks(node.text);
  }, [node]);
  return <div className="rich-text"><Blocks blocks={blocks} /></div>;
}
