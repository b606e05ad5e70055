import { useActions } from '../../store/editor';
import { useEffect, type RefObject } from 'react';
import { locateSelection } from '../../core/map/claim-range';

/** The displayed text of the selected comment in a side panel. */
const RICH_TEXT = '[aria-label="Selected comment"] .rich-text';

/**
 * Follows the page's text selection: a selection inside the panel's text of card `id` becomes the
 * claim draft, as a range into the card's plain `text`. `within`: an element of this map's side
 * panel, whose comment text is the one read (two maps may be open side by side).
 */
export function useClaimSelection(id: string, text: string, within: RefObject<HTMLElement | null>): void {
  const { setClaimDraft } = useActions();
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const container = within.current?.closest('.side-panel')?.querySelector(RICH_TEXT);
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !container) return setClaimDraft(null);
      if (!container.contains(selection.anchorNode) || !container.contains(selection.focusNode)) return setClaimDraft(null);
      const range = selection.getRangeAt(0);
      // Where the selection starts in the displayed text: picks among repeated words.
      const before = document.createRange();
      before.selectNodeContents(container);
      before.setEnd(range.startContainer, range.startOffset);
      const located = locateSelection(text, selection.toString(), before.toString().length);
      setClaimDraft(located ? { id, range: located } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      setClaimDraft(null);
    };
  }, [id, text, setClaimDraft, within]);
}
