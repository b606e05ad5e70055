/**
 * The map is one Tab stop (a WAI-ARIA tree): features that send the reader back to the map
 * (Find → Enter) reach it through the DOM, since features do not import each other.
 */
export const MAP_TREE_SELECTOR = '[data-map-tree]';

export function mapTree(): HTMLElement | null {
  return document.querySelector<HTMLElement>(MAP_TREE_SELECTOR);
}

/**
 * Whether keyboard focus belongs to the map: on a card or the tree, or lost to the page body
 * after being there (a focused card that scrolls out of view is unmounted).
 */
export function mapHoldsFocus(): boolean {
  const tree = mapTree();
  if (!tree) return false;
  const active = document.activeElement;
  if (active && active !== document.body) return tree.contains(active);
  return tree.dataset.focusWithin === 'true';
}

/** Moves focus to the map itself, on no card: nothing is selected, so no card should look it. */
export function focusMapTree(): void {
  const tree = mapTree();
  if (!tree) return;
  tree.focus({ preventScroll: true });
  tree.dataset.focusWithin = 'true';
}

/**
 * For a dialog's close: once the dialog has put focus back, if it could only put it on the page
 * (what had it is gone, or nothing had it), the map takes it, so the keys work on at once.
 */
export function focusMapIfLost(): void {
  setTimeout(() => {
    if (document.activeElement === null || document.activeElement === document.body) focusMap();
  }, 0);
}

/** Moves focus to the map: its selected card when drawn, else the tree (the card follows). */
export function focusMap(): void {
  const tree = mapTree();
  if (!tree) return;
  const card = tree.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]');
  (card ?? tree).focus({ preventScroll: true });
  tree.dataset.focusWithin = 'true';
}
