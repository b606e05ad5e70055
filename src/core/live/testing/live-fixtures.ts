import * as Y from 'yjs';
import type { ThreadmapDocument } from '../../document/types';
import { SharedMap } from '../shared-map';

export { HN, REDDIT, TEXT, canonical, commentsOf, openRecorded, operation } from '../../operations/testing/operation-fixtures';

/** A shared map holding `document`, and a second peer that received it as a Yjs update. */
export function twoPeers(document: ThreadmapDocument): [SharedMap, SharedMap] {
  const first = new SharedMap(new Y.Doc());
  first.initialise(document);
  const second = new SharedMap(new Y.Doc());
  Y.applyUpdate(second.ydoc, Y.encodeStateAsUpdate(first.ydoc));
  return [first, second];
}

/** Sends each peer what the other has and it lacks, as two peers coming back online would. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}
