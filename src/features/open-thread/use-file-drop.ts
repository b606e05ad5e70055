import { useEffect } from 'react';
import { useEditor } from '../../store/editor';
import { openFile } from './open-text';
import { openCoderFiles } from './OpenFileButton';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Files dropped on the page open like chosen ones: one file as a map, several as coders' files of one thread. */
export function useFileDrop(): void {
  const editor = useEditor();
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 1) void openCoderFiles(editor, files);
      else if (files[0]) void openFile(editor, files[0]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [editor]);
}
