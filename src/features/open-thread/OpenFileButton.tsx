import { useRef } from 'react';
import { HintTooltip } from '../../components/HintTooltip';
import { OpenIcon } from '../../components/icons';
import { useEditor } from '../../store/editor';
import { openFile, readFileText } from './open-text';
import type { Editor } from '../../store/editor';

/** Several files at once are coders' files of one thread: read them all and combine them into one map. */
export async function openCoderFiles(editor: Editor, files: File[]): Promise<void> {
  editor.actions.setBusy(`Reading ${files.length} coders’ files…`);
  const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: (await readFileText(file)).text })));
  editor.actions.setBusy(null);
  await editor.actions.openCoderFiles(texts);
}

/** "Open thread file": a real file input behind a button-styled label. */
export function OpenFileButton() {
  const editor = useEditor();
  const input = useRef<HTMLInputElement>(null);
  return (
    <HintTooltip label="Open a thread or a saved map (.json, .txt); choose several coders’ files of one thread to combine them">
      <label className="button primary" htmlFor="open-thread-file">
        <OpenIcon />
        <span className="narrower-hide">Open thread file</span>
        <input
          ref={input}
          id="open-thread-file"
          className="visually-hidden"
          type="file"
          multiple
          accept=".json,.txt,.md,application/json,text/plain"
          aria-label="Open thread file"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that choosing the same file again opens it again.
            event.target.value = '';
            if (files.length > 1) void openCoderFiles(editor, files);
            else if (files[0]) void openFile(editor, files[0]);
          }}
        />
      </label>
    </HintTooltip>
  );
}
