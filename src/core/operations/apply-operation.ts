import { applyAnnotationChanges, type AnnotationChange } from '../annotations/apply';
import { untaggableReason } from '../annotations/taggable';
import { adjudicate } from '../agreement/adjudicate';
import type { MapView, ThreadmapDocument } from '../document/types';
import { applyStructureChanges, type StructureChange } from '../map/edit';
import { fail, ok, type Result } from '../result';
import { UNKNOWN_CODER } from '../document/coder-layers';
import { codebookOf } from '../document/codebook';
import { annotateLayer, annotateOwnLayer } from './annotate-layer';
import { categoryOfTagging, changeCodebook } from './change-codebook';
import { applyRestore, diffDocuments } from './restore';
import type { Operation, OperationError, OperationOf } from './types';

/** A document after one operation, with the operation that undoes it. */
export interface Applied {
  document: ThreadmapDocument;
  inverse: OperationOf<'restore'>;
}

export type OperationResult = Result<Applied, OperationError>;

const INVERSE_PREFIX = 'undo:';

/** The id of an operation's inverse; the inverse of an inverse has the first id again. */
export function inverseId(id: string): string {
  return id.startsWith(INVERSE_PREFIX) ? id.slice(INVERSE_PREFIX.length) : INVERSE_PREFIX + id;
}

/**
 * Applies one operation through the core reducers and returns the new document with the inverse:
 * a `restore` operation that gives back exactly this document. A refused operation changes nothing.
 */
export function applyOperation(document: ThreadmapDocument, op: Operation): OperationResult {
  const next = forward(document, op);
  if (!next.ok) return next;
  const inverse: OperationOf<'restore'> = { id: inverseId(op.id), time: op.time, coder: op.coder, kind: 'restore', payload: diffDocuments(document, next.value) };
  return ok({ document: next.value, inverse });
}

type DocumentResult = Result<ThreadmapDocument, OperationError>;

const refuse = (kind: string, message: string): DocumentResult => fail({ kind, message });

function forward(document: ThreadmapDocument, op: Operation): DocumentResult {
  switch (op.kind) {
    case 'tag': {
      const category = categoryOfTagging(codebookOf(document), op.payload.tag, op.payload.category);
      if (!category.ok) return category;
      const change: AnnotationChange = { type: 'tag', id: op.payload.id, tag: op.payload.tag, at: op.time, coder: op.coder, ...(category.value === undefined ? {} : { category: category.value }) };
      return annotate(document, op.payload.id, change, op.payload.ownLayerBeside);
    }
    case 'note':
      return annotate(document, op.payload.id, { type: 'note', id: op.payload.id, note: op.payload.note, at: op.time, coder: op.coder }, op.payload.ownLayerBeside);
    case 'confirm':
      return annotate(document, op.payload.id, { type: 'confirm', id: op.payload.id, at: op.time, coder: op.coder });
    case 'split':
      return restructure(document, { type: 'split', id: op.payload.id, range: op.payload.range });
    case 'move':
      return restructure(document, { type: 'reparent', id: op.payload.id, parent: op.payload.parent });
    case 'merge':
      return restructure(document, { type: 'merge', id: op.payload.id, at: op.time, confirmed: op.payload.confirmed ?? false });
    case 'link':
    case 'unlink':
      return restructure(document, { type: op.kind, ...op.payload });
    case 'collapse':
    case 'expand':
      return fold(document, op.payload.id, op.kind === 'collapse');
    case 'viewport':
      return ok(withView(document, { viewport: { ...op.payload } }));
    case 'layout':
      return ok(withView(document, { layout: op.payload.mode }));
    case 'gold':
      return adjudicate(document, op.payload.id, op.payload.decision, op.payload.note, op.coder, op.time);
    case 'codebook':
      return changeCodebook(document, op.payload.codebook);
    case 'mapCoder':
      return ok({ ...document, coder: op.payload.coder });
    case 'restore':
      return ok(applyRestore(document, op.payload));
  }
}

/** `ownLayerBeside`: the coder whose work the map's annotations are, when this change opens a layer of its own beside it. */
function annotate(document: ThreadmapDocument, id: string, change: AnnotationChange, ownLayerBeside?: string): DocumentResult {
  const node = document.nodes.find((candidate) => candidate.id === id);
  if (!node) return refuse('unknownNode', `There is no card with the id "${id}" in this map.`);
  // Structure only: a tag on a deleted comment with no text is refused by the commands
  // (`whyNotTaggable`), not here, so a change log or a peer's change from before that rule applies.
  const reason = untaggableReason(node);
  if (reason) return refuse('notTaggable', reason);
  if (document.layers && document.layers.length > 0) return ok(annotateLayer(document, change));
  if (ownLayerBeside !== undefined && ownLayerBeside !== (change.coder ?? UNKNOWN_CODER)) return ok(annotateOwnLayer(document, ownLayerBeside, change));
  return ok({ ...document, annotations: applyAnnotationChanges(document.annotations, [change]) });
}

function restructure(document: ThreadmapDocument, change: StructureChange): DocumentResult {
  const result = applyStructureChanges({ nodes: document.nodes, links: document.links, annotations: document.annotations }, [change]);
  if (!result.ok) return result;
  return ok({ ...document, ...result.value });
}

function withView(document: ThreadmapDocument, fields: Partial<MapView>): ThreadmapDocument {
  return { ...document, view: { ...document.view, ...fields } };
}

function fold(document: ThreadmapDocument, id: string, collapse: boolean): DocumentResult {
  if (!document.nodes.some((node) => node.id === id)) return refuse('unknownNode', `There is no card with the id "${id}" in this map.`);
  const collapsed = document.view?.collapsed ?? [];
  if (collapsed.includes(id) === collapse) return ok(document);
  return ok(withView(document, { collapsed: collapse ? [...collapsed, id] : collapsed.filter((entry) => entry !== id) }));
}
