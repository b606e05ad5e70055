import type { ReactFlowInstance } from '@xyflow/react';
import type { Layout } from '../../core/layout/types';
import { viewportFitting } from './viewport';

/** Shows the whole map: computed from the layout, since most cards are not mounted. */
export function fitWholeMap(flow: Pick<ReactFlowInstance, 'setViewport'>, layout: Layout, width: number, height: number, duration = 250): void {
  if (width === 0 || height === 0) return;
  void flow.setViewport(viewportFitting(layout.bounds, width, height), { duration });
}
