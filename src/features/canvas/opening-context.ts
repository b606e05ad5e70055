import { createContext, useContext } from 'react';

/**
 * The comment whose sub-debate was last opened from its label (its position): its card mounts
 * first, and the cards nearest it next, and a "Whole map" button shows the way back while the view
 * is near. Held by the map's layers; `setAt` is called on the click, with null once back far out.
 */
export interface Opening {
  at: number | null;
  /**
   * The card selected when it was opened, until the opening selects its first comment (the
   * selection is set once the page is idle): till then that card still counts as reading it.
   * Undefined once the selection has come into the sub-debate.
   */
  from?: string | null;
  setAt: (at: number | null) => void;
  /** The selection has come into the opened sub-debate: from now on only a card in it counts as reading it. */
  arrived: () => void;
}

export const OpeningContext = createContext<Opening | null>(null);

export function useOpening(): Opening {
  const opening = useContext(OpeningContext);
  if (!opening) throw new Error('useOpening is used outside the map canvas');
  return opening;
}
