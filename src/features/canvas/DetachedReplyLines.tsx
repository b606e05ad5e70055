import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import { routePath } from '../../core/layout/routes';

/**
 * The reply lines of mounted cards whose parent is not mounted, along the layout's routes, as two
 * SVG paths (the selected card's chain and the rest). Mounting a far parent only to anchor its
 * line cost as much as a card in view: in the overview at 100 % as many parents as rows.
 */
function DetachedReplyLinesView({ layout, detached, chain }: { layout: Layout; detached: readonly number[]; chain: ReadonlySet<number> }) {
  const [plain, onChain] = useMemo(() => {
    let rest = '';
    let marked = '';
    for (const at of detached) {
      if (chain.has(at)) marked += routePath(layout, at);
      else rest += routePath(layout, at);
    }
    return [rest, marked];
  }, [layout, detached, chain]);
  if (!plain && !onChain) return null;
  return (
    <ViewportPortal>
      <svg className="detached-lines" aria-hidden="true">
        {plain ? <path d={plain} /> : null}
        {onChain ? <path className="ancestor" d={onChain} /> : null}
      </svg>
    </ViewportPortal>
  );
}

export const DetachedReplyLines = memo(DetachedReplyLinesView);
