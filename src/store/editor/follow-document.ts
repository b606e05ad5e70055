import { NO_CRITERIA } from '../../core/map/find';
import { recomputeMatches, clearCriteria } from '../find-actions';
import type { EditorCore } from './create-editor';

/** Keeps the view state that depends on the map in step with it: matches follow edits and reset with a new map. */
export function followDocument(editor: EditorCore): void {
  editor.store.subscribe((state, previous) => {
    if (state.documentKey !== previous.documentKey) {
      if (state.find.result !== null || state.find.criteria !== NO_CRITERIA) clearCriteria(editor);
    } else if (
      (state.nodes !== previous.nodes || state.annotations !== previous.annotations || state.layers !== previous.layers || state.gold !== previous.gold) &&
      state.find.result !== null
    ) recomputeMatches(editor);
  });
}
