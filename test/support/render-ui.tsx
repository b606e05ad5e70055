import type { ReactElement, ReactNode } from 'react';
import { render, type RenderOptions } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { EditorProvider, type Editor } from '../../src/store/editor';

/** Renders a piece of the UI inside the providers the app shell gives it (the map's editor, tooltips). */
export function renderUi(editor: Editor, ui: ReactElement) {
  return render(<Tooltip.Provider>{ui}</Tooltip.Provider>, { wrapper: editorWrapper(editor) });
}

/** Renders inside one map's editor, as the app does; `rerender` keeps the editor. */
export function renderInEditor(editor: Editor, ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}) {
  return render(ui, { ...options, wrapper: editorWrapper(editor) });
}

function editorWrapper(editor: Editor) {
  return function EditorWrapper({ children }: { children?: ReactNode }) {
    return <EditorProvider editor={editor}>{children}</EditorProvider>;
  };
}
