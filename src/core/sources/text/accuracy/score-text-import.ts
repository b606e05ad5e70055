import type { Thread } from '../../../map/types';
import type { TrueComment } from './render-copied-text';

/** How well the plain-text importer found the comments of a text whose truth is known. */
export interface TextImportScore {
  trueComments: number;
  foundComments: number;
  /** Found comments that start where a true comment starts. */
  matched: number;
  /** matched / foundComments: of the boundaries drawn, how many are real. */
  precision: number;
  /** matched / trueComments: of the real boundaries, how many were drawn. */
  recall: number;
  /** Of the matched comments whose parent is known, how many hang under it (the root counts); null when no parent is known. */
  parentAccuracy: number | null;
  /** Of the matched comments whose author the text names, how many got it; null when none does. */
  authorAccuracy: number | null;
}

/**
 * Scores a parse against the comments a text was rendered from; `found` holds the line where
 * each parsed node after the root starts.
 */
export function scoreTextImport(truth: readonly TrueComment[], parsed: Thread, found: readonly number[]): TextImportScore {
  const nodes = parsed.nodes.slice(1);
  const foundAtLine = new Map<number, number>();
  found.forEach((line, i) => {
    if (line !== -1 && !foundAtLine.has(line)) foundAtLine.set(line, i);
  });
  const nodeIndex = new Map(nodes.map((node, i) => [node.id, i]));
  const trueAtLine = new Map(truth.map((comment, i) => [comment.line, i]));
  let matched = 0;
  let rightParent = 0;
  let withParent = 0;
  let named = 0;
  let rightAuthor = 0;
  truth.forEach((comment) => {
    const i = foundAtLine.get(comment.line);
    if (i === undefined) return;
    matched++;
    const parentId = nodes[i]!.parent;
    const parentNode = parentId === null ? undefined : nodeIndex.get(parentId);
    // The found parent, as a true comment index: -1 for the root, null for a line no comment starts on.
    const foundParent = parentNode === undefined ? -1 : (trueAtLine.get(found[parentNode]!) ?? null);
    if (comment.parent !== null) {
      withParent++;
      if (foundParent === comment.parent) rightParent++;
    }
    if (comment.author !== null) {
      named++;
      if (nodes[i]!.author === comment.author) rightAuthor++;
    }
  });
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    trueComments: truth.length,
    foundComments: nodes.length,
    matched,
    precision: ratio(matched, nodes.length),
    recall: ratio(matched, truth.length),
    parentAccuracy: withParent === 0 ? null : rightParent / withParent,
    authorAccuracy: named === 0 ? null : rightAuthor / named,
  };
}
