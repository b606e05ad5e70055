import { useActions, useEditor } from '../../store/editor';
import { useEffect, type RefObject } from 'react';
import { FIND_KEYS } from '../../components/keymap';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** `/` focuses the find box, `]` and `[` step through matches, `a` accepts the selected card's suggestion. */
export function useFindShortcuts(input: RefObject<HTMLInputElement | null>): void {
  const { acceptSuggestion, stepMatch } = useActions();
  const editor = useEditor();
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
        const id = editor.store.getState().selectedId;
        if (id !== null && acceptSuggestion(id)) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input, acceptSuggestion, editor.store, stepMatch]);
}
