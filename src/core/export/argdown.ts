import type { ThreadmapDocument } from '../document/types';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { escapeArgdownText, statementTitle } from './argdown-escape';
import { argumentDocument, coderOf, displayText, joinLines, noteOf, tagOf } from './interop-text';

/** Deepest relation nesting written; @argdown/core's recursive parser overflows near 280 levels. */
export const ARGDOWN_MAX_NESTING = 50;

/**
 * The thread as Argdown. The root is the main statement; pro replies nest under the claim they
 * reply to as `+` (support), con replies as `-` (attack). Argdown has no neutral relation (its
 * `_` is an undercut, an attack), so an untagged reply or a question starts its own top-level
 * statement, tagged #question for questions, with `{replyTo: "<parent title>"}` data keeping the
 * reply tree; its own pro/con replies nest under it. A statement's permalink is its `{url}` data.
 * Notes follow their statement as `//` comments.
 */
export function exportArgdown(input: ThreadmapDocument): string {
  const doc = argumentDocument(input);
  const { graph } = buildMap(doc.nodes);
  const titles = argdownTitles(doc, graph.preorder);
  const nested = (position: number) => {
    const tag = tagOf(doc, graph.nodes[position]!.id);
    return graph.parent[position]! >= 0 && (tag === 'pro' || tag === 'con');
  };

  const lines: string[] = [`// ${joinLines(doc.source.title ?? 'Thread')}${doc.source.url ? ` (${joinLines(doc.source.url)})` : ''}`];
  lines.push('// Exported from Threadmap: + supports, - attacks the statement above it; untagged replies and #question replies stand alone with {replyTo} data.');
  const stack: { position: number; depth: number }[] = [];
  const tooDeep: number[] = [];
  // A block is a statement and its pro/con replies; one nested too deep for Argdown's parser
  // continues in a block of its own under a reference to its parent ("[Parent title]").
  const emitBlock = (start: number, continued: boolean) => {
    lines.push('');
    if (continued) lines.push(`[${titles[graph.parent[start]!]!}]`);
    stack.push({ position: start, depth: continued ? 1 : 0 });
    while (stack.length > 0) {
      const { position, depth } = stack.pop()!;
      const node = graph.nodes[position]!;
      const parent = graph.parent[position]!;
      const relation = depth === 0 ? '' : tagOf(doc, node.id) === 'pro' ? '+ ' : '- ';
      const replyTo = depth === 0 && parent >= 0 ? titles[parent]! : null;
      lines.push(`${'  '.repeat(depth)}${relation}${statementLine(doc, node, titles[position]!, replyTo)}`);
      const kids = graph.children[position]!;
      for (let k = kids.length - 1; k >= 0; k--) {
        if (!nested(kids[k]!)) continue;
        if (depth + 1 > ARGDOWN_MAX_NESTING) tooDeep.push(kids[k]!);
        else stack.push({ position: kids[k]!, depth: depth + 1 });
      }
    }
  };
  for (const head of graph.preorder) {
    if (nested(head)) continue;
    emitBlock(head, false);
    for (let i = 0; i < tooDeep.length; i++) emitBlock(tooDeep[i]!, true);
    tooDeep.length = 0;
  }
  return `${lines.join('\n')}\n`;
}

function statementLine(doc: ThreadmapDocument, node: ThreadNode, title: string, replyTo: string | null): string {
  const parts = [`[${title}]: ${escapeArgdownText(argdownText(node))}`];
  if (tagOf(doc, node.id) === 'question') parts.push('#question');
  if (node.status !== 'ok') parts.push(`#${node.status}`);
  const data = [
    ...(replyTo !== null ? [`replyTo: ${yamlString(replyTo)}`] : []),
    ...(coderOf(doc, node.id) !== null ? [`coder: ${yamlString(coderOf(doc, node.id)!)}`] : []),
    ...(node.moved ? [`movedFrom: ${yamlString(node.originalParent ?? '')}`] : []),
    // The permalink, so a statement can be traced back to the comment it was made from.
    ...(node.url ? [`url: ${yamlString(node.url)}`] : []),
  ];
  if (data.length > 0) parts.push(`{${data.join(', ')}}`);
  const note = noteOf(doc, node.id);
  if (note !== null) parts.push(`// ${joinLines(note)}`);
  return parts.join(' ');
}

/** A statement needs text: an empty one takes its title or a placeholder such as "[deleted]". */
function argdownText(node: ThreadNode): string {
  return joinLines(displayText(node)) || '[no text]';
}

/**
 * Each node's statement title, by position in `doc.nodes`: unique, given in thread order, the
 * thread's title for the root and "author id" for the rest.
 */
export function argdownTitles(doc: ThreadmapDocument, preorder: Int32Array): string[] {
  const titles: string[] = [];
  const used = new Set<string>();
  for (const position of preorder) {
    const node = doc.nodes[position]!;
    const isRoot = used.size === 0;
    const wanted = statementTitle(isRoot ? (doc.source.title ?? node.title ?? `${node.author ?? 'unknown'} ${node.id}`) : `${node.author ?? 'unknown'} ${node.id}`);
    let title = wanted;
    for (let n = 2; used.has(title); n++) title = `${wanted} (${n})`;
    used.add(title);
    titles[position] = title;
  }
  return titles;
}

/** A double-quoted YAML (and JSON) string whose braces cannot end Argdown's data block early. */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[{}]/g, (brace) => (brace === '{' ? '\\u007b' : '\\u007d'));
}
