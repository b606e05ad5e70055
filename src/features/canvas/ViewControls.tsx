import { useReactFlow, useStore } from '@xyflow/react';
import { commandHint } from '../../commands';
import { HintTooltip } from '../../components/HintTooltip';
import { FitIcon, MinusIcon, PlusIcon } from '../../components/icons';
import { useMapViewSlot } from '../../components/map-view';
import { useCanvasModel } from './canvas-context';
import { fitWholeMap } from './fit-view';

/** Zoom in, zoom out and fit view: available at every map size. */
export function ViewControls() {
  const flow = useReactFlow();
  // The buttons zoom as the keys do (around the selected card while it is on screen).
  const view = useMapViewSlot();
  const { layout, index } = useCanvasModel();
  const zoom = useStore((state) => state.transform[2]);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const pane = useStore((state) => state.domNode);
  return (
    <div className="view-controls" role="group" aria-label="View">
      <HintTooltip {...commandHint('view.zoomIn')}>
        <button type="button" className="button icon" aria-label="Zoom in" onClick={() => view?.shown()?.zoomIn()}><PlusIcon /></button>
      </HintTooltip>
      <HintTooltip {...commandHint('view.zoomOut')}>
        <button type="button" className="button icon" aria-label="Zoom out" onClick={() => view?.shown()?.zoomOut()}><MinusIcon /></button>
      </HintTooltip>
      <HintTooltip {...commandHint('view.fit')}>
        <button type="button" className="button icon" aria-label="Fit view" onClick={() => fitWholeMap(flow, layout, width, height, pane?.parentElement, index.query)}><FitIcon /></button>
      </HintTooltip>
      <div className="zoom-level" aria-live="off" data-testid="zoom-level">{/* Rounded down: 34.99 % is under the 35 % where cards show text, and says so. */ Math.floor(zoom * 100 + 1e-6)}%</div>
    </div>
  );
}

