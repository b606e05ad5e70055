import * as documentActions from '../actions';
import * as coderActions from '../coder-actions';
import * as findActions from '../find-actions';
import * as insightActions from '../insight-actions';
import * as pickActions from '../pick-actions';
import * as structureActions from '../structure-actions';
import type { EditorCore } from './create-editor';

const ACTIONS = { ...documentActions, ...structureActions, ...findActions, ...insightActions, ...pickActions, ...coderActions };

type Actions = typeof ACTIONS;

/** Every action of the store, with the editor already given. */
export type EditorActions = {
  [K in keyof Actions]: Actions[K] extends (editor: EditorCore, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/** Binds every action to one editor, once, so components call `setTag(id, tag)` as before. */
export function bindActions(editor: EditorCore): EditorActions {
  const bound: Record<string, unknown> = {};
  for (const [name, action] of Object.entries(ACTIONS)) bound[name] = (...args: unknown[]) => (action as (editor: EditorCore, ...rest: unknown[]) => unknown)(editor, ...args);
  return bound as EditorActions;
}
