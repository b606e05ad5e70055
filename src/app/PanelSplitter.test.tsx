// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PanelSplitter } from './PanelSplitter';
import { clampPanelWidth, defaultPanelWidth, PANEL_MIN, panelMax } from './panel-size';

afterEach(cleanup);
beforeEach(() => {
  window.innerWidth = 1400;
});

function Resizable({ onKey }: { onKey?: (key: string) => void }) {
  const [width, setWidth] = useState(380);
  return (
    <div onKeyDown={(event) => onKey?.(event.key)}>
      <PanelSplitter width={width} onResize={(next) => setWidth(clampPanelWidth(next, window.innerWidth))} />
    </div>
  );
}

describe('the side panel splitter', () => {
  it('resizes from the keyboard as a WAI-ARIA window splitter, and the map never sees those arrows', async () => {
    const user = userEvent.setup();
    const seenByMap: string[] = [];
    render(<Resizable onKey={(key) => seenByMap.push(key)} />);
    const splitter = screen.getByRole('separator', { name: 'Resize the side panel' });
    await user.tab();
    expect(splitter).toHaveFocus();
    expect(splitter).toHaveAttribute('aria-valuenow', '380');
    await user.keyboard('{ArrowLeft}');
    expect(splitter).toHaveAttribute('aria-valuenow', '396');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(splitter).toHaveAttribute('aria-valuenow', '332');
    await user.keyboard('{End}');
    expect(splitter).toHaveAttribute('aria-valuenow', String(PANEL_MIN));
    await user.keyboard('{Home}');
    expect(splitter).toHaveAttribute('aria-valuenow', String(panelMax(1400)));
    expect(seenByMap.filter((key) => key !== 'Shift')).toEqual([]);
  });

  it('follows a pointer drag: leftwards widens the panel', () => {
    render(<Resizable />);
    const splitter = screen.getByRole('separator');
    splitter.setPointerCapture = () => undefined;
    fireEvent.pointerDown(splitter, { clientX: 1000, pointerId: 1 });
    fireEvent.pointerMove(splitter, { clientX: 900, pointerId: 1 });
    fireEvent.pointerUp(splitter, { pointerId: 1 });
    expect(splitter).toHaveAttribute('aria-valuenow', '480');
  });
});

describe('panel widths', () => {
  it('leave the map at least 40 % of the window and start narrower in a narrow window', () => {
    for (const windowWidth of [800, 1024, 1400, 2560]) {
      expect(windowWidth - clampPanelWidth(10_000, windowWidth)).toBeGreaterThanOrEqual(windowWidth * 0.4 - 1);
      expect(clampPanelWidth(0, windowWidth)).toBe(PANEL_MIN);
    }
    expect(defaultPanelWidth(1400)).toBe(380);
    expect(defaultPanelWidth(800)).toBeLessThan(300);
  });
});
