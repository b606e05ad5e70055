import { Parser } from 'htmlparser2';
import { DomHandler, type ChildNode, type Document, type Element } from 'domhandler';
import { flatTextBlocks } from './flat-text';
import { safeHref, type Block, type Inline } from './rich-text';

const BLOCK_TAGS = new Set(['p', 'div', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'aside', 'section', 'article', 'table', 'hr', 'details', 'figure']);
// Content of these never reaches the reader, whatever the source put in them.
const DROPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'button', 'input', 'select', 'textarea']);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Markup nested deeper than this is read as plain text: every word is kept, and neither this
 * builder nor the page that renders the blocks has to descend 100,000 elements.
 */
const MAX_NESTING = 100;

/** The text inside a node, walked with an explicit stack: comment markup can nest without end. */
function textOf(root: ChildNode): string {
  let out = '';
  const stack: ChildNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.data;
    else if (isElement(node)) {
      if (node.name === 'br') out += '\n';
      else if (!DROPPED_TAGS.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private inlines: Inline[] = [];
  /** Set after a line break until words follow: the page shows no space at a line's start. */
  private atLineStart = false;

  constructor(private readonly base: string | null) {}

  /**
   * Inline elements open around the words being added (`<i>`, `<a>`…), outermost first, each with
   * the words before it. HN writes `<p>` inside `<i>`: a paragraph that ends inside one closes it
   * there, and the next paragraph opens it again, so no words are lost and the emphasis carries on.
   */
  private readonly open: Array<{ wrap: (children: Inline[]) => Inline[]; outer: Inline[] }> = [];
  /** Counts the paragraph ends, so an inline element knows whether one fell inside it. */
  private flushes = 0;

  flush(): void {
    let inlines = this.inlines;
    for (let i = this.open.length - 1; i >= 0; i--) {
      const open = this.open[i]!;
      inlines = inlines.length ? [...open.outer, ...open.wrap(inlines)] : open.outer;
      open.outer = [];
    }
    const hasContent = inlines.some((inline) => inline.type !== 'break' && (inline.type !== 'text' || inline.text.trim() !== ''));
    if (hasContent) this.blocks.push({ type: 'paragraph', children: trimBreaks(inlines) });
    this.inlines = [];
    this.atLineStart = false;
    this.flushes++;
  }

  addNodes(nodes: ChildNode[], depth = 0): void {
    for (const node of nodes) this.addNode(node, depth);
  }

  private addText(text: string): void {
    // HTML whitespace collapses; line breaks in the source are not breaks on the page.
    let collapsed = text.replace(/\s+/g, ' ');
    if (this.atLineStart) collapsed = collapsed.trimStart();
    if (!collapsed) return;
    this.inlines.push({ type: 'text', text: collapsed });
    this.atLineStart = false;
  }

  /**
   * A `<br>` ends the line without the spaces around it (`word <br>\nNext` reads "word", "Next"),
   * as the page renders it: a space there is only the source's indentation or newline.
   */
  private addBreak(): void {
    const last = this.inlines[this.inlines.length - 1];
    if (last?.type === 'text') {
      const text = last.text.trimEnd();
      if (text) this.inlines[this.inlines.length - 1] = { type: 'text', text };
      else this.inlines.pop();
    }
    this.inlines.push({ type: 'break' });
    this.atLineStart = true;
  }

  private addNode(node: ChildNode, depth: number): void {
    if (node.type === 'text') return this.addText(node.data);
    if (!isElement(node) || DROPPED_TAGS.has(node.name)) return;
    if (depth >= MAX_NESTING) return this.addText(textOf(node));
    const name = node.name;
    if (name === 'pre') {
      this.flush();
      // trimEnd, not /\s+$/: the pattern retries from every space of a long run, in quadratic time.
      this.blocks.push({ type: 'code', text: textOf(node).replace(/^\n/, '').trimEnd() });
      return;
    }
    if (name === 'blockquote') {
      this.flush();
      const inner = new BlockBuilder(this.base);
      inner.addNodes(node.children, depth + 1);
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
          inner.addNodes(child.children, depth + 1);
          inner.flush();
          items.push(inner.blocks);
        }
      }
      if (items.length) this.blocks.push({ type: 'list', ordered: name === 'ol', items, ...listStart(node) });
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      this.flush();
      this.addNodes(node.children, depth + 1);
      this.flush();
      return;
    }
    if (name === 'br') return this.addBreak();
    switch (name) {
      case 'a':
        return this.addWrapped(node, depth, (label) => (isFlairMarkup(node.attribs['href'], label) ? [] : [{ type: 'link', href: safeHref(node.attribs['href'], this.base), children: label }]));
      case 'i':
      case 'em':
        return this.addWrapped(node, depth, (children) => [{ type: 'em', children }]);
      case 'b':
      case 'strong':
        return this.addWrapped(node, depth, (children) => [{ type: 'strong', children }]);
      case 'code':
      case 'tt':
        return this.addInline({ type: 'code', text: textOf(node) });
      case 'img': {
        const alt = node.attribs['alt'];
        return alt ? this.addInline({ type: 'text', text: alt }) : undefined;
      }
      default:
        // Any other element (span, font, u…) is transparent: its words count, its markup does not.
        return this.addNodes(node.children, depth + 1);
    }
  }

  private addInline(inline: Inline): void {
    this.inlines.push(inline);
    this.atLineStart = false;
  }

  /** Adds an inline element's content wrapped by `wrap`, across the paragraphs it may span. */
  private addWrapped(node: Element, depth: number, wrap: (children: Inline[]) => Inline[]): void {
    const open = { wrap, outer: this.inlines };
    const flushes = this.flushes;
    this.open.push(open);
    this.inlines = [];
    this.addNodes(node.children, depth + 1);
    this.open.pop();
    const children = this.inlines;
    this.inlines = open.outer;
    // An element cut by a paragraph end leaves no empty copy of itself behind.
    if (children.length === 0 && this.flushes !== flushes) return;
    // A loop, not push(...): an element can hold more inlines than a call takes arguments.
    for (const inline of wrap(children)) this.inlines.push(inline);
    if (children.length) this.atLineStart = false;
  }
}

/**
 * Reddit's flair and emote markup (`[](/SF)`) is a link with no words to a bare relative path:
 * the subreddit's stylesheet draws it, and resolved against reddit.com it would point nowhere.
 */
function isFlairMarkup(href: string | undefined, label: Inline[]): boolean {
  if (!href || /^[a-z][a-z\d+.-]*:|^\/\//i.test(href.trim())) return false;
  return !label.some((inline) => inline.type !== 'text' || inline.text.trim() !== '');
}

/**
 * The number an `<ol start="N">` counts from: a quote of item 2 of someone's list must still say
 * "2.", as the page shows it. Nothing for a list that starts at 1 or has no usable start.
 */
function listStart(node: Element): { start?: number } {
  const start = node.attribs['start']?.trim() ?? '';
  if (node.name !== 'ol' || !/^-?\d{1,9}$/.test(start) || Number(start) === 1) return {};
  return { start: Number(start) };
}

function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start]?.type === 'break') start++;
  while (end > start && inlines[end - 1]?.type === 'break') end--;
  const out = inlines.slice(start, end);
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text.trimEnd() };
  return out;
}

/**
 * Parses comment HTML (HN's unclosed `<p>`, Reddit's body_html, Discourse's cooked, Mastodon's
 * content) into safe rich-text blocks. Entities are decoded by the parser; unsafe links lose
 * their href; scripts, styles and embedded objects are dropped with their content.
 */
export function htmlToBlocks(html: string, base: string | null = null): Block[] {
  const document = parseWithinDepth(html);
  if (document === null) return flatTextBlocks(html, DROPPED_TAGS, BLOCK_TAGS);
  const builder = new BlockBuilder(base);
  builder.addNodes(document.children);
  builder.flush();
  return builder.blocks;
}

/**
 * htmlparser2 keeps its open elements in an array it shifts at the front, so each tag costs time
 * in proportion to the nesting: 100,000 unclosed tags take seconds, ten times as many take hours.
 * Past this depth the markup is read as flat text instead.
 */
const MAX_PARSE_DEPTH = 500;
const TOO_DEEP = new Error('markup nested too deeply');

class DepthLimitedHandler extends DomHandler {
  private depth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > MAX_PARSE_DEPTH) throw TOO_DEEP;
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/** The parsed document, or null when the markup nests deeper than MAX_PARSE_DEPTH. */
function parseWithinDepth(html: string): Document | null {
  const handler = new DepthLimitedHandler();
  try {
    new Parser(handler, { decodeEntities: true, lowerCaseTags: true }).end(html);
  } catch (error) {
    if (error === TOO_DEEP) return null;
    throw error;
  }
  return handler.root;
}
