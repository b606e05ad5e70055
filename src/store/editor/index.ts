export { createEditor, documentOfState, type Editor, type EditorCore, type EditorOptions, type OperationListener } from './create-editor';
export { EditorProvider, useActions, useEditor, useMapStore } from './editor-context';
export type { EditorActions } from './bound-actions';
