import { NO_CRITERIA } from '../../core/map/find';
import { recomputeMatches, clearCriteria } from '../find-actions';
import type { EditorCore } from './create-editor';
import { computeLayerBeside } from '../own-annotation';

/**
 * Keeps the view state that depends on the map in step with it: matches follow edits and reset
 * with a new map; `layerBeside` follows the annotations, the layers and who codes.
 */
export function followDocument(editor: EditorCore): void {
  const followLayerBeside = () => {
    const state = editor.store.getState();
    const layerBeside = computeLayerBeside(state);
    if (layerBeside !== state.layerBeside) editor.store.setState({ layerBeside });
  };
  followLayerBeside();
  editor.store.subscribe((state, previous) => {
    if (
      state.annotations !== previous.annotations || state.layers !== previous.layers || state.fileCoder !== previous.fileCoder ||
      state.coder !== previous.coder || state.inLiveRoom !== previous.inLiveRoom
    ) followLayerBeside();
    if (state.documentKey !== previous.documentKey) {
      if (state.find.result !== null || state.find.criteria !== NO_CRITERIA) clearCriteria(editor);
    } else if (
      (state.nodes !== previous.nodes || state.annotations !== previous.annotations || state.layers !== previous.layers || state.gold !== previous.gold || state.coder !== previous.coder || state.layerBeside !== previous.layerBeside) &&
      state.find.result !== null
    ) recomputeMatches(editor);
  });
}
