import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_MIN, panelMax } from './panel-size';

const STEP = 16;
const BIG_STEP = 64;

interface PanelSplitterProps {
  width: number;
  onResize: (width: number) => void;
}

/**
 * The WAI-ARIA window splitter between map and side panel: drag it, or focus it and use the
 * arrow keys (Shift for bigger steps), Home and End.
 */
export function PanelSplitter({ width, onResize }: PanelSplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    // The panel is on the right: moving the splitter left widens it.
    const next =
      event.key === 'ArrowLeft' ? width + step
      : event.key === 'ArrowRight' ? width - step
      : event.key === 'Home' ? panelMax(window.innerWidth)
      : event.key === 'End' ? PANEL_MIN
      : null;
    if (next === null) return;
    // Handled here: the map's arrow keys must not also move the selection.
    event.preventDefault();
    event.stopPropagation();
    onResize(next);
  };
  return (
    <div
      className="panel-splitter"
      role="separator"
      tabIndex={0}
      aria-label="Resize the side panel"
      aria-orientation="vertical"
      aria-controls="side-panel"
      aria-valuenow={width}
      aria-valuemin={PANEL_MIN}
      aria-valuemax={panelMax(window.innerWidth)}
      onKeyDown={onKeyDown}
      onPointerDown={(event: PointerEvent<HTMLDivElement>) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width };
      }}
      onPointerMove={(event) => {
        if (drag.current) onResize(drag.current.width + drag.current.x - event.clientX);
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    />
  );
}
