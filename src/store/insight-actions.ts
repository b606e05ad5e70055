import type { ColorMeasure } from '../core/insight';
import { select } from './actions';
import type { EditorCore } from './editor/create-editor';
import type { InsightView } from './map-store';

function patchInsight(editor: EditorCore, patch: Partial<InsightView>): void {
  editor.store.setState((state) => ({ insight: { ...state.insight, ...patch } }));
}

/** Looks at one sub-debate: selects its first comment, zooms the map to it and dims the rest. */
export function focusSubDebate(editor: EditorCore, id: string): void {
  patchInsight(editor, { focus: id, focusRequest: editor.store.getState().insight.focusRequest + 1 });
  select(editor, id);
}

export function clearFocus(editor: EditorCore): void {
  patchInsight(editor, { focus: null });
}

/** Highlights one participant's comments on the map (null: nobody). */
export function highlightPerson(editor: EditorCore, person: string | null): void {
  patchInsight(editor, { person });
}

/** Colours the map by a measure, or by tag again (null). */
export function setColorBy(editor: EditorCore, colorBy: ColorMeasure | null): void {
  patchInsight(editor, { colorBy });
}

/** Shows the map as it was at a time (ms since 1970), or whole again (null). */
export function setUntil(editor: EditorCore, until: number | null): void {
  patchInsight(editor, { until });
}
