import { useActions } from '../store/editor';
import { useEffect } from 'react';
import { isTextEntry } from '../features/canvas/use-map-shortcuts';

/** Shortcuts that work whatever is open: undo, redo and the shortcut help. */
export function useAppShortcuts(showHelp: () => void): void {
  const { redo, undo } = useActions();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextEntry(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        redo();
      } else if (!mod && event.key === '?') {
        event.preventDefault();
        showHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showHelp, redo, undo]);
}
