import { createContext, createElement, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useSubDebates } from './regions-context';

/**
 * The sub-debate whose label is pointed at or focused (its index in the region list), so the
 * layers can outline where its cards are: far out in the trees a region is many boxes, and its
 * label may sit beside them.
 */
export interface PointedRegion {
  region: number | null;
  point: (region: number | null) => void;
}

const PointedRegionContext = createContext<PointedRegion>({ region: null, point: () => undefined });

export const usePointedRegion = () => useContext(PointedRegionContext);

/** Holds the pointed region for the layers under it; only the layers that read it re-render when it changes. */
export function PointedRegionProvider({ children }: { children?: ReactNode }) {
  const regions = useSubDebates();
  // Kept with the regions it indexes: a new layout numbers its regions afresh, and an old index
  // would outline another one.
  const [pointed, setPointed] = useState<{ of: readonly unknown[]; region: number | null }>({ of: regions, region: null });
  const region = pointed.of === regions ? pointed.region : null;
  const point = useCallback(
    (next: number | null) => setPointed((before) => (before.of === regions && before.region === next ? before : { of: regions, region: next })),
    [regions],
  );
  const value = useMemo(() => ({ region, point }), [region, point]);
  return createElement(PointedRegionContext.Provider, { value }, children);
}
