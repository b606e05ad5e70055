import { createContext, useContext } from 'react';

/**
 * The comment whose sub-debate was last opened from its label (its position): its card mounts
 * first, and the cards nearest it next, and a "Whole map" button shows the way back while the view
 * is near. Held by the map's layers; `setAt` is called on the click, with null once back far out.
 */
export interface Opening {
  at: number | null;
  setAt: (at: number | null) => void;
}

export const OpeningContext = createContext<Opening | null>(null);

export function useOpening(): Opening {
  const opening = useContext(OpeningContext);
  if (!opening) throw new Error('useOpening is used outside the map canvas');
  return opening;
}
