import { useMemo } from 'react';
import { htmlToBlocks } from '../../core/text/html';
import { Blocks } from './RichText';

/** A comment's HTML as React elements (loaded apart from the page: see RichText). */
export function HtmlText({ html, base }: { html: string; base: string | null }) {
  const blocks = useMemo(() => htmlToBlocks(html, base), [html, base]);
  return <div className="rich-text"><Blocks blocks={blocks} /></div>;
}
