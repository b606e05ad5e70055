import type { ReactFlowInstance } from '@xyflow/react';
import { fitRegion } from '../../core/layout';
import type { Layout } from '../../core/layout/types';
import { viewportFitting, type CardsIn } from './viewport';
import { coveredBoxes } from './covered';

/**
 * Fit view: computed from the layout, since most cards are not mounted; the outline fits its width
 * from the top. Kept clear of the controls over the map pane `canvas`.
 */
export function fitWholeMap(flow: Pick<ReactFlowInstance, 'setViewport'>, layout: Layout, width: number, height: number, canvas: Element | null | undefined, cardsIn?: CardsIn, duration = 250): void {
  if (width === 0 || height === 0) return;
  void flow.setViewport(viewportFitting(fitRegion(layout, width, height), width, height, 0.05, 1, coveredBoxes(canvas), cardsIn), { duration });
}
