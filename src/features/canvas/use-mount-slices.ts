import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import { CARDS_PER_SLICE, nextMountSlice, sliceSize } from './mount-slices';
import { visibleRect } from './viewport';
import { afterNextPaint } from './after-next-paint';

interface Slices {
  target: readonly number[];
  layout: Layout;
  mounted: readonly number[];
  /** Slices mounted for this target so far. */
  count: number;
}

/**
 * The cards to mount now out of `target`: all of it when it brings at most a slice of new cards
 * (a pan), else a slice more after each painted frame, each twice the one before (a region opened,
 * a jump of the view), so the first frame is painted within a slice's cost with the comment
 * clicked (`first`) in it.
 * Each frame orders the waiting cards for the view of that moment, so a pan or zoom during
 * slicing starts from the new view; mounted cards stay while the target holds them.
 * `onSlicing` hears when slicing starts and, a frame after the last slice, when it ends; the
 * `pane` element carries `data-mounting` meanwhile.
 */
export function useMountSlices(
  target: readonly number[],
  layout: Layout,
  first: readonly number[],
  pane: RefObject<HTMLElement | null>,
  onSlicing: (slicing: boolean) => void,
  perSlice = CARDS_PER_SLICE,
): readonly number[] {
  const flowStore = useStoreApi();
  const sliceFor = (mounted: readonly number[]) => {
    const { transform, width, height } = flowStore.getState();
    return nextMountSlice(target, new Set(mounted), layout, visibleRect(transform, width, height), first, perSlice);
  };
  const [slices, setSlices] = useState<Slices>(() => ({ target, layout, mounted: sliceFor([]), count: 1 }));
  // A new target (the view jumped or moved on): its first slice is rendered at once, before
  // anything is painted (React's pattern for state following a prop).
  let current = slices;
  if (slices.target !== target || slices.layout !== layout) {
    current = { target, layout, mounted: sliceFor(slices.mounted), count: 1 };
    setSlices(current);
  }
  const done = current.mounted.length === target.length;

  const firstKey = first.join(',');
  const slicing = useRef(false);
  useLayoutEffect(() => {
    if (done || slicing.current) return;
    slicing.current = true;
    pane.current?.setAttribute('data-mounting', '');
    onSlicing(true);
  }, [done, pane, onSlicing]);

  useEffect(() => {
    // After the frame that paints the last slice, not in it: each slice is painted on its own.
    return afterNextPaint(() => {
      if (!done) {
        const { transform, width, height } = flowStore.getState();
        const view = visibleRect(transform, width, height);
        const pinned = firstKey ? firstKey.split(',').map(Number) : [];
        const size = sliceSize(current.count, perSlice);
        setSlices((held) =>
          held.target === target && held.layout === layout ? { ...held, mounted: nextMountSlice(target, new Set(held.mounted), layout, view, pinned, size), count: held.count + 1 } : held,
        );
        return;
      }
      // The last slice has been painted: whatever drew the waiting cards meanwhile steps back
      // only now, so no card is missing for a frame.
      if (!slicing.current) return;
      slicing.current = false;
      pane.current?.removeAttribute('data-mounting');
      onSlicing(false);
    });
  }, [current.mounted, current.count, done, target, layout, firstKey, flowStore, pane, onSlicing, perSlice]);

  return current.mounted;
}
