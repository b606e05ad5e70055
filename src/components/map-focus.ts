import { createContext, useContext } from 'react';

/**
 * The map is one Tab stop (a WAI-ARIA tree): features that send the reader back to the map
 * (Find → Enter) reach it through the DOM, since features do not import each other.
 */
export const MAP_TREE_SELECTOR = '[data-map-tree]';

/**
 * Where one editor's map, fields and dialogs-in-waiting are in the page: the whole document in the
 * app, a pane of its own on the page of two maps (`?compare`), so that a lookup by selector never
 * finds the other map's. A getter, since the element is there only once the pane is mounted.
 */
export type MapRoot = () => ParentNode | null;

/** The app has one editor, so its root is the document; a pane of two maps provides its own. */
export const MapRootContext = createContext<MapRoot>(() => document);

/** The root of the editor this component belongs to. */
export const useMapRoot = (): MapRoot => useContext(MapRootContext);

export function mapTree(root: ParentNode | null): HTMLElement | null {
  return root?.querySelector<HTMLElement>(MAP_TREE_SELECTOR) ?? null;
}

/**
 * Whether keyboard focus belongs to the map: on a card or the tree, or lost to the page body
 * after being there (a focused card that scrolls out of view is unmounted).
 */
export function mapHoldsFocus(root: ParentNode | null): boolean {
  const tree = mapTree(root);
  if (!tree) return false;
  const active = document.activeElement;
  if (active && active !== document.body) return tree.contains(active);
  return tree.dataset.focusWithin === 'true';
}

/**
 * Keyboard focus is nowhere in particular: on the page (just after load, or after its element
 * went) or on the canvas around the cards (the empty pane was clicked).
 */
export function focusIsLoose(target: EventTarget | null, root: ParentNode | null): boolean {
  if (target === null || target === document.body || target === document.documentElement) return true;
  const canvas = mapTree(root)?.closest('.canvas');
  return target instanceof Node && canvas?.contains(target) === true && !mapTree(root)!.contains(target);
}

/** Moves focus to the map itself, on no card: nothing is selected, so no card should look it. */
export function focusMapTree(root: ParentNode | null): void {
  const tree = mapTree(root);
  if (!tree) return;
  tree.focus({ preventScroll: true });
  tree.dataset.focusWithin = 'true';
}

/**
 * For a dialog's close: once the dialog has put focus back, if it could only put it on the page
 * (what had it is gone, or nothing had it), the map takes it, so the keys work on at once.
 */
export function focusMapIfLost(root: ParentNode | null): void {
  setTimeout(() => {
    if (document.activeElement === null || document.activeElement === document.body) focusMap(root);
  }, 0);
}

/** Moves focus to the map: its selected card when drawn, else the tree (the card follows). */
export function focusMap(root: ParentNode | null): void {
  const tree = mapTree(root);
  if (!tree) return;
  const card = tree.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]');
  (card ?? tree).focus({ preventScroll: true });
  tree.dataset.focusWithin = 'true';
}
