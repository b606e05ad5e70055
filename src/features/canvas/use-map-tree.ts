import { useEffect } from 'react';
import { MAP_TREE_SELECTOR, mapTree, useMapRoot } from '../../components/map-focus';

const TREE_ATTRIBUTE = MAP_TREE_SELECTOR.slice(1, -1);

/**
 * Gives the map the WAI-ARIA tree semantics: React Flow's container of the cards becomes the
 * tree (its wrapper is an "application" full of edge images, which a tree may not own), each
 * card a treeitem. The tree is a Tab stop itself only while no card is: when the selected card
 * is not drawn (out of view, or the map is zoomed out to the canvas layer).
 */
export function useMapTree(hasCards: boolean): void {
  const root = useMapRoot();
  useEffect(() => {
    const container = root()?.querySelector<HTMLElement>('.canvas .react-flow__nodes');
    if (!container) return;
    container.setAttribute(TREE_ATTRIBUTE, '');
    const onFocusIn = () => (container.dataset.focusWithin = 'true');
    // Focus lost to nothing (a focused card unmounted while the view moved) still belongs here.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !container.contains(event.relatedTarget)) container.dataset.focusWithin = 'false';
    };
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);
    return () => {
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
    };
  }, [root]);

  useEffect(() => {
    const tree = mapTree(root());
    if (!tree) return;
    tree.setAttribute('role', hasCards ? 'tree' : 'group');
    tree.setAttribute('aria-label', hasCards ? 'Argument map: arrow keys move between cards' : 'Argument map, zoomed out: zoom in to read the cards');
    const cardTabStop = tree.querySelector('[role="treeitem"][tabindex="0"]');
    tree.tabIndex = cardTabStop ? -1 : 0;
  });
}
