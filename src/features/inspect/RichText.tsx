import { Fragment, lazy, Suspense, useMemo } from 'react';
import type { ThreadNode } from '../../core/map/types';
import { plainToBlocks, type Block, type Inline } from '../../core/text/rich-text';
import { MarkedText } from './marked-text';

// Comment HTML is read with htmlparser2 and its entity tables, a tenth of the app's code: they load
// the first time a comment with markup is shown (or when the page is idle), not with the page.
// Until they are there, the comment's plain text shows in their place.
const loadHtmlText = () => import('./HtmlText');
const HtmlText = lazy(() => loadHtmlText().then((module) => ({ default: module.HtmlText })));

/** Loads the comment-HTML reader ahead of the first comment that needs it; call when the page is idle. */
export function prepareRichText(): void {
  void loadHtmlText();
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
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

/** Blocks of a comment's text as React elements. */
export function Blocks({ blocks }: { blocks: Block[] }) {
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
  const plain = useMemo(() => plainToBlocks(node.text), [node.text]);
  const plainText = <div className="rich-text"><Blocks blocks={plain} /></div>;
  if (!node.html) return plainText;
  return (
    <Suspense fallback={plainText}>
      <HtmlText html={node.html} base={node.url} />
    </Suspense>
  );
}
