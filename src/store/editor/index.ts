export { createEditor, documentOfState, resourceKey, type Editor, type EditorCore, type EditorOptions, type OperationListener, type OperationSource, type ResourceKey, NOT_AN_UNDO_STEP, READ_ONLY_REASON } from './create-editor';
export { EditorProvider, useActions, useEditor, useMapStore } from './editor-context';
export type { EditorActions } from './bound-actions';
