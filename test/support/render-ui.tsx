import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { Tooltip } from 'radix-ui';

/** Renders a piece of the UI inside the providers the app shell gives it (tooltips). */
export function renderUi(ui: ReactElement) {
  return render(<Tooltip.Provider>{ui}</Tooltip.Provider>);
}
