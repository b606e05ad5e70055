import { useEffect } from 'react';
import { dispatchKey } from './dispatch';
import type { CommandContext } from './types';

const everyKey = () => true;

/**
 * Installs the app's one keydown listener, which runs the commands of the registry. With two
 * editors on a page (`?compare`) each installs one, and `owns` says which of them a key is for.
 */
export function useCommandKeys(context: CommandContext, owns: (event: KeyboardEvent) => boolean = everyKey): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void (owns(event) && dispatchKey(event, context));
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context, owns]);
}
