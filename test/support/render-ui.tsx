import { useMemo, type ReactElement, type ReactNode } from 'react';
import { render, type RenderOptions } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { createCommandContext, useCommandKeys } from '../../src/commands';
import { EditorProvider, useEditor, type Editor } from '../../src/store/editor';

/** The shell's keydown dispatcher on the provided editor, with no map drawn (the canvas is not rendered here). */
function CommandKeys() {
  const editor = useEditor();
  const context = useMemo(() => createCommandContext(editor, { mapView: () => null, showShortcuts: () => {}, root: () => document }), [editor]);
  useCommandKeys(context);
  return null;
}

/** Renders a piece of the UI inside what the app shell gives it: the map's editor, tooltips and the command keys. */
export function renderUi(editor: Editor, ui: ReactElement) {
  return render(
    <Tooltip.Provider>
      <CommandKeys />
      {ui}
    </Tooltip.Provider>,
    { wrapper: editorWrapper(editor) },
  );
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
