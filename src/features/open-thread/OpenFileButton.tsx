import { useRef } from 'react';
import { HintTooltip } from '../../components/HintTooltip';
import { OpenIcon } from '../../components/icons';
import { useEditor } from '../../store/editor';
import { openFile } from './open-text';

/** "Open thread file": a real file input behind a button-styled label. */
export function OpenFileButton() {
  const editor = useEditor();
  const input = useRef<HTMLInputElement>(null);
  return (
    <HintTooltip label="Open a thread or a saved map (.json, .txt)">
      <label className="button primary" htmlFor="open-thread-file">
        <OpenIcon />
        <span>Open thread file</span>
        <input
          ref={input}
          id="open-thread-file"
          className="visually-hidden"
          type="file"
          accept=".json,.txt,.md,application/json,text/plain"
          aria-label="Open thread file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again opens it again.
            event.target.value = '';
            if (file) void openFile(editor, file);
          }}
        />
      </label>
    </HintTooltip>
  );
}
