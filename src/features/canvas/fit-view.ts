import type { ReactFlowInstance } from '@xyflow/react';
import { fitRegion } from '../../core/layout';
import type { Layout } from '../../core/layout/types';
import { viewportFitting } from './viewport';

/** Fit view: computed from the layout, since most cards are not mounted; the outline fits its width from the top. */
export function fitWholeMap(flow: Pick<ReactFlowInstance, 'setViewport'>, layout: Layout, width: number, height: number, duration = 250): void {
  if (width === 0 || height === 0) return;
  void flow.setViewport(viewportFitting(fitRegion(layout, width, height), width, height), { duration });
}
