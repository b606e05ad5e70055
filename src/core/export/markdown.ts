import type { ThreadmapDocument } from '../document/types';
import { buildMap } from '../map/graph';
import type { Tag, ThreadNode } from '../map/types';
import { safeHref } from '../text';
import { measureGraph, summaryMarkdown } from '../insight';
import { argumentDocument, coderOf, noteOf, placeholderText, tagOf } from './interop-text';
import { codebookOf } from '../document/codebook';

/** Deepest list nesting written; deeper replies stay at this level and say their depth in words. */
export const MARKDOWN_MAX_NESTING = 12;

const BADGES: Record<Tag, string> = { pro: '**[PRO]**', con: '**[CON]**', question: '**[QUESTION]**' };

/**
 * The thread as a Markdown outline: a heading with the title and source, a legend of the tags,
 * then one nested list item per node in thread order with its tag badge, author, time and text
 * (paragraphs indented under the bullet) and its note as a quote. A summary of the thread's
 * measures (see `core/insight`) comes before the outline.
 */
export function exportMarkdown(input: ThreadmapDocument): string {
  const doc = argumentDocument(input);
  const { graph } = buildMap(doc.nodes);
  const out: string[] = [`# ${escapeInline(oneLine(doc.source.title ?? graph.nodes[graph.roots[0] ?? -1]?.title ?? 'Thread'))}`, ''];
  const facts: string[] = [];
  const sourceUrl = safeHref(doc.source.url);
  if (sourceUrl !== null) facts.push(`Source: <${sourceUrl}>`);
  facts.push(`Format: ${escapeInline(doc.source.kind)}`);
  if (doc.source.retrievedAt) facts.push(`retrieved ${formatTime(doc.source.retrievedAt)}`);
  facts.push(`${graph.nodes.length} ${graph.nodes.length === 1 ? 'node' : 'nodes'}`);
  out.push(`${facts.join(' · ')}`, '');
  out.push(
    `Legend: ${BADGES.pro} supports the comment it replies to · ${BADGES.con} opposes it · ` +
      `${BADGES.question} asks about or challenges it without taking a side · no badge: untagged.`,
    '',
  );
  // The numbers first, as a reader of a long thread wants them; the outline follows.
  const measures = measureGraph(graph, doc.annotations, doc.source);
  out.push(summaryMarkdown(measures, (id) => graph.nodes[graph.index.get(id) ?? -1]), '## Comments', '');

  for (const position of graph.preorder) {
    const node = graph.nodes[position]!;
    const depth = graph.depth[position]!;
    const level = Math.min(depth, MARKDOWN_MAX_NESTING);
    const indent = '  '.repeat(level);
    const body = `${indent}  `;
    out.push(`${indent}- ${headerLine(doc, node, depth)}`);
    for (const line of bodyLines(node)) out.push(line === '' ? '' : `${body}${line}`);
    const note = noteOf(doc, node.id);
    if (note !== null) {
      out.push('');
      noteLines(note).forEach((line, i) => out.push(`${body}>${i === 0 ? ' **Note:**' : ''}${line === '' ? '' : ' '}${line}`));
    }
  }
  return `${out.join('\n')}\n`;
}

function headerLine(doc: ThreadmapDocument, node: ThreadNode, depth: number): string {
  const parts: string[] = [];
  const tag = tagOf(doc, node.id);
  if (tag !== null) parts.push(BADGES[tag]);
  // A codebook category other than the tag itself (RumourEval's support, comment) is named beside the badge.
  const category = Object.hasOwn(doc.annotations, node.id) ? doc.annotations[node.id]?.category : undefined;
  if (category !== undefined) parts.push(`*${escapeInline(oneLine(codebookOf(doc).categories.find((entry) => entry.id === category)?.label ?? category))}*`);
  parts.push(node.author !== null ? `**${escapeInline(oneLine(node.author))}**` : '*unknown author*');
  if (node.createdAt) parts.push(formatTime(node.createdAt));
  if (node.status !== 'ok') parts.push(`*(${node.status})*`);
  if (depth > MARKDOWN_MAX_NESTING) parts.push(`*(depth ${depth})*`);
  const coder = coderOf(doc, node.id);
  if (coder !== null) parts.push(`*coded by ${escapeInline(oneLine(coder))}*`);
  if (node.moved) parts.push(node.originalParent ? `*(moved here from #${escapeInline(node.originalParent)})*` : '*(moved here)*');
  if (Object.hasOwn(doc.annotations, node.id) && doc.annotations[node.id]?.recheck) parts.push('*(tag to re-check)*');
  const url = safeHref(node.url);
  parts.push(url !== null ? `[#${escapeInline(node.id)}](<${url}>)` : `#${escapeInline(node.id)}`);
  return parts.join(' · ');
}

/** The node's title (bold) and text, one Markdown line per text line; blank lines between paragraphs. */
function bodyLines(node: ThreadNode): string[] {
  const lines: string[] = [];
  if (node.title !== undefined && node.title.trim() !== '') lines.push(`**${escapeInline(oneLine(node.title))}**`, '');
  const text = (node.text.trim() === '' ? (lines.length > 0 ? '' : placeholderText(node)) : node.text).replace(/\r\n?/g, '\n');
  const paragraphs = text.split(/\n[ \t]*\n\s*/).filter((paragraph) => paragraph.trim() !== '');
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) lines.push('');
    const rows = paragraph.split('\n');
    // A backslash at a line's end is a hard line break, so a single newline stays a newline.
    rows.forEach((row, r) => lines.push(`${escapeLine(row)}${r < rows.length - 1 ? '\\' : ''}`));
  });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A note, unlike a comment, is the user's own text, often written with Markdown in mind (**bold**,
 * `code`, [a link](…), a list): it is kept as written so that it renders as meant. Only what would
 * reach outside the note's quote is defused: a heading or rule (a `#`, `---`, `***` or `===` line
 * would break the outline or turn the line above into a heading), HTML (`</details>` or `<!--`
 * would close or swallow what follows), a link definition (it would hide the line), and a link
 * to anything but http, https or mailto. Each line break stays a line break.
 */
function noteLines(note: string): string[] {
  const lines = note.split(/\r\n|\r|\n/).map((line) => (line.trim() === '' ? '' : defuseNoteLine(line)));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  // A backslash at a line's end is a hard line break when the next line goes on in the same
  // paragraph; before a list item, a quote or a fence it would show as a backslash.
  const goesOn = (next: string | undefined) => next !== undefined && next !== '' && !/^[ \t]*(?:>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3})/.test(next);
  return lines.map((line, i) => (line !== '' && goesOn(lines[i + 1]) && !/(?:^|[^\\])(?:\\\\)*\\$/.test(line) ? `${line}\\` : line));
}

/** Where a line's own content starts, after its indentation and any quote or list markers. */
function contentStart(line: string): number {
  let at = 0;
  for (;;) {
    const marker = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/.exec(line.slice(at));
    if (marker === null) break;
    at += marker[0].length;
  }
  return at + (/^[ \t]*/.exec(line.slice(at))?.[0].length ?? 0);
}

/** One line of a note with HTML, headings, rules, setext underlines, link definitions and unsafe links made plain text. */
function defuseNoteLine(line: string): string {
  // As in the rest of the export, a link goes only to http, https or mailto: a note in a map file
  // from someone else could hold [click](javascript:…).
  const html = line.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/\]\((?![ \t]*<?(?:https?:\/\/|mailto:))/gi, '\\](');
  const at = contentStart(html);
  const rest = html.slice(at);
  // `---` alone is a rule or, under a line, a heading underline; `- - -` or `***` a rule; `# x` a heading.
  const blockStart = /^(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|[-=]+[ \t]*$|\[[^\]]*\]:)/.test(rest);
  const whole = /^[ \t]*(?:(?:[-*_][ \t]*){3,}|[-=]+[ \t]*)$/.test(html);
  if (whole) return html.replace(/^([ \t]*)/, '$1\\');
  return blockStart ? `${html.slice(0, at)}\\${rest}` : html;
}

/** "2017-08-08 01:47:02 UTC": to the second, as the sources give times; the raw value when it is not a readable time. */
function formatTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? escapeInline(iso) : `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Backslash-escapes every character that can start inline Markdown, a GFM extension or HTML. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&]/g, '\\$&');
}

/**
 * One line of plain text as Markdown that renders as that text: inline markup escaped, and what
 * would start a block at the line's start (a heading, list, quote, ordered item, rule) defused.
 */
export function escapeLine(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  return escapeInline(trimmed).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^[#=+-]/, '\\$&');
}
