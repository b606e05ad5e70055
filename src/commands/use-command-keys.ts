import { useEffect } from 'react';
import { dispatchKey } from './dispatch';
import type { CommandContext } from './types';

/** Installs the app's one keydown listener, which runs the commands of the registry. */
export function useCommandKeys(context: CommandContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void dispatchKey(event, context);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context]);
}
