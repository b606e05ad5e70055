import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { safeHref, type Block, type Inline } from './rich-text';

const BLOCK_TAGS = new Set(['p', 'div', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'aside', 'section', 'article', 'table', 'hr', 'details', 'figure']);
// Content of these never reaches the reader, whatever the source put in them.
const DROPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'button', 'input', 'select', 'textarea']);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node)) {
    if (node.name === 'br') return '\n';
    if (DROPPED_TAGS.has(node.name)) return '';
    return node.children.map(textOf).join('');
  }
  return '';
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private inlines: Inline[] = [];

  constructor(private readonly base: string | null) {}

  flush(): void {
    const hasContent = this.inlines.some((inline) => inline.type !== 'break' && (inline.type !== 'text' || inline.text.trim() !== ''));
    if (hasContent) this.blocks.push({ type: 'paragraph', children: trimBreaks(this.inlines) });
    this.inlines = [];
  }

  addNodes(nodes: ChildNode[]): void {
    for (const node of nodes) this.addNode(node);
  }

  private addNode(node: ChildNode): void {
    if (node.type === 'text') {
      // HTML whitespace collapses; line breaks in the source are not breaks on the page.
      const text = node.data.replace(/\s+/g, ' ');
      if (text) this.inlines.push({ type: 'text', text });
      return;
    }
    if (!isElement(node) || DROPPED_TAGS.has(node.name)) return;
    const name = node.name;
    if (name === 'pre') {
      this.flush();
      this.blocks.push({ type: 'code', text: textOf(node).replace(/^\n/, '').replace(/\s+$/, '') });
      return;
    }
    if (name === 'blockquote') {
      this.flush();
      const inner = new BlockBuilder(this.base);
      inner.addNodes(node.children);
      inner.flush();
      if (inner.blocks.length) this.blocks.push({ type: 'quote', children: inner.blocks });
      return;
    }
    if (name === 'ul' || name === 'ol') {
      this.flush();
      const items: Block[][] = [];
      for (const child of node.children) {
        if (isElement(child) && child.name === 'li') {
          const inner = new BlockBuilder(this.base);
          inner.addNodes(child.children);
          inner.flush();
          items.push(inner.blocks);
        }
      }
      if (items.length) this.blocks.push({ type: 'list', ordered: name === 'ol', items });
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      this.flush();
      this.addNodes(node.children);
      this.flush();
      return;
    }
    this.inlines.push(...this.inlineOf(node));
  }

  private inlineOf(node: Element): Inline[] {
    const children = (): Inline[] => {
      const inner = new BlockBuilder(this.base);
      inner.addNodes(node.children);
      return inner.inlines;
    };
    switch (node.name) {
      case 'br':
        return [{ type: 'break' }];
      case 'a':
        return [{ type: 'link', href: safeHref(node.attribs['href'], this.base), children: children() }];
      case 'i':
      case 'em':
        return [{ type: 'em', children: children() }];
      case 'b':
      case 'strong':
        return [{ type: 'strong', children: children() }];
      case 'code':
      case 'tt':
        return [{ type: 'code', text: textOf(node) }];
      case 'img': {
        const alt = node.attribs['alt'];
        return alt ? [{ type: 'text', text: alt }] : [];
      }
      default:
        return children();
    }
  }
}

function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start]?.type === 'break') start++;
  while (end > start && inlines[end - 1]?.type === 'break') end--;
  const out = inlines.slice(start, end);
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', text: first.text.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text.replace(/\s+$/, '') };
  return out;
}

/**
 * Parses comment HTML (HN's unclosed `<p>`, Reddit's body_html, Discourse's cooked, Mastodon's
 * content) into safe rich-text blocks. Entities are decoded by the parser; unsafe links lose
 * their href; scripts, styles and embedded objects are dropped with their content.
 */
export function htmlToBlocks(html: string, base: string | null = null): Block[] {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const builder = new BlockBuilder(base);
  builder.addNodes(document.children);
  builder.flush();
  return builder.blocks;
}
