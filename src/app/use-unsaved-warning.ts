import { useEffect } from 'react';
import { useAutosave } from '../store/autosave';

/**
 * Asks before the page closes while changes cannot be saved (a storage off, a save that failed):
 * the browser shows its own "leave site?" prompt.
 */
export function useUnsavedWarning(): void {
  const autosave = useAutosave();
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosave?.session()?.wouldLoseChanges()) return;
      event.preventDefault();
      // Older browsers prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [autosave]);
}
