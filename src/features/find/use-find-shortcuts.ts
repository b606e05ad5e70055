import { useEffect, type RefObject } from 'react';
import { FIND_KEYS } from '../../components/keymap';
import { acceptSuggestion, stepMatch } from '../../store/filter-store';
import { useMapStore } from '../../store/map-store';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** `/` focuses the find box, `]` and `[` step through matches, `a` accepts the selected card's suggestion. */
export function useFindShortcuts(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === FIND_KEYS.focus) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      } else if (event.key === FIND_KEYS.next || event.key === FIND_KEYS.previous) {
        event.preventDefault();
        stepMatch(event.key === FIND_KEYS.next ? 1 : -1);
      } else if (event.key === FIND_KEYS.accept) {
        const id = useMapStore.getState().selectedId;
        if (id !== null && acceptSuggestion(id)) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
