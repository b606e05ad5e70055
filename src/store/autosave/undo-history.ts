import { decodeHistory, encodeHistory, SAVED_HISTORY_LIMIT, type EditState, type HistoryStep, type SavedHistory } from '../../core/document/saved-history';
import { undoHistory, type MapState } from '../map-store';
import type { LoadedMap } from './map-storage';

const editStateOf = (state: Pick<MapState, 'nodes' | 'links' | 'annotations'>): EditState => ({ nodes: state.nodes, links: state.links, annotations: state.annotations });

/** Encodes the open map's undo history for a snapshot; steps already encoded are reused. */
export function createUndoSaver(): (state: MapState) => SavedHistory {
  const cache = new WeakMap<EditState, { neighbour: EditState; step: HistoryStep }>();
  return (state) => {
    const temporal = undoHistory.getState();
    return encodeHistory(editStateOf(state), temporal.pastStates as EditState[], temporal.futureStates as EditState[], SAVED_HISTORY_LIMIT, cache);
  };
}

/** Puts back the undo history saved with the snapshot; the operations since it become one undo step. */
export function restoreUndo(loaded: LoadedMap): void {
  if (!loaded.history) return;
  const decoded = decodeHistory(editStateOf(loaded.snapshot), loaded.history);
  if (!decoded) return;
  const past = loaded.ops.length ? [...decoded.past, editStateOf(loaded.snapshot)] : decoded.past;
  undoHistory.setState({ pastStates: past, futureStates: loaded.ops.length ? [] : decoded.future });
}
