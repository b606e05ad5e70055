import { NO_CRITERIA } from '../../core/map/find';
import { recomputeMatches, clearCriteria, setCriteria } from '../find-actions';
import { codebookOf } from '../../core/document/codebook';
import type { EditorCore } from './create-editor';
import { computeLayerBeside } from '../own-annotation';

/**
 * Keeps the view state that depends on the map in step with it: matches follow edits and reset
 * with a new map; a category filter the map's new codebook no longer has is let go (it would
 * match nothing, under a name the filter menu no longer offers); `layerBeside` follows the
 * annotations, the layers and who codes.
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
    if (state.codebook !== previous.codebook && state.documentKey === previous.documentKey) {
      const { tag } = state.find.criteria;
      if (tag !== 'any' && tag !== 'untagged' && !codebookOf(state).categories.some((category) => category.id === tag)) setCriteria(editor, { tag: 'any' });
    }
    if (state.documentKey !== previous.documentKey) {
      if (state.find.result !== null || state.find.criteria !== NO_CRITERIA) clearCriteria(editor);
    } else if (
      (state.nodes !== previous.nodes || state.annotations !== previous.annotations || state.layers !== previous.layers || state.gold !== previous.gold || state.coder !== previous.coder || state.layerBeside !== previous.layerBeside) &&
      state.find.result !== null
    ) recomputeMatches(editor);
  });
}
