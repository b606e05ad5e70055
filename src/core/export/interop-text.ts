import { argumentAnnotations } from '../annotations/taggable';
import type { ThreadmapDocument } from '../document/types';
import type { Tag, ThreadNode } from '../map/types';

/**
 * The document as argument exports see it: annotations on the root or a `more` stub (which an
 * older file may hold) are left out, since a tag relative to a parent means nothing there.
 */
export function argumentDocument(doc: ThreadmapDocument): ThreadmapDocument {
  const annotations = argumentAnnotations(doc.nodes, doc.annotations);
  return annotations === doc.annotations ? doc : { ...doc, annotations };
}

/** The coder who last changed a node's annotation, or null when unknown or untagged. */
export function coderOf(doc: ThreadmapDocument, id: string): string | null {
  return Object.hasOwn(doc.annotations, id) ? (doc.annotations[id]?.coder ?? null) : null;
}

/** The tag a node carries in the document, or null when it is untagged. */
export function tagOf(doc: ThreadmapDocument, id: string): Tag | null {
  return Object.hasOwn(doc.annotations, id) ? (doc.annotations[id]?.tag ?? null) : null;
}

/** The note a node carries in the document, or null when there is none (or only whitespace). */
export function noteOf(doc: ThreadmapDocument, id: string): string | null {
  const note = Object.hasOwn(doc.annotations, id) ? doc.annotations[id]?.note : undefined;
  return note !== undefined && note.trim() !== '' ? note : null;
}

/**
 * What stands in for a node without text, for formats that cannot hold an empty statement
 * (AIF I-nodes, Argdown statements): the status or the stub it is, in brackets.
 */
export function placeholderText(node: ThreadNode): string {
  if (node.kind === 'more') {
    const count = node.moreCount;
    return count === undefined ? '[more replies not loaded]' : `[${count} more ${count === 1 ? 'reply' : 'replies'} not loaded]`;
  }
  if (node.status !== 'ok') return `[${node.status}]`;
  return '[no text]';
}

/** The text to show for a node: its own text, else its title (a link post), else a placeholder. */
export function displayText(node: ThreadNode): string {
  if (node.text.trim() !== '') return node.text;
  if (node.title !== undefined && node.title.trim() !== '') return node.title;
  return placeholderText(node);
}

/** Every line break and run of whitespace as one space, so text fits on one line. */
export function joinLines(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An ISO 8601 time as AIFdb writes it ("YYYY-MM-DD HH:MM:SS", UTC), or null when unreadable. */
export function formatAifTimestamp(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}
