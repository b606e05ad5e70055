import { useMemo, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { Tooltip } from 'radix-ui';
import { createCommandContext, useCommandKeys } from '../../src/commands';

/** The shell's keydown dispatcher, with no map drawn (the canvas is not rendered here). */
function CommandKeys() {
  const context = useMemo(() => createCommandContext({ mapView: () => null, showShortcuts: () => {} }), []);
  useCommandKeys(context);
  return null;
}

/** Renders a piece of the UI inside what the app shell gives it: tooltips and the command keys. */
export function renderUi(ui: ReactElement) {
  return render(<Tooltip.Provider><CommandKeys />{ui}</Tooltip.Provider>);
}
