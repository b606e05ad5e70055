import type { ReactElement, ReactNode } from 'react';
import { Tooltip } from 'radix-ui';

interface HintTooltipProps {
  /** What the control does, in a few words. */
  label: ReactNode;
  /** Keyboard shortcut shown beside the label, e.g. "P" or "Ctrl+Z". */
  shortcut?: string;
  children: ReactElement;
}

/** A tooltip naming a control and its shortcut; shown on hover and on keyboard focus. */
export function HintTooltip({ label, shortcut, children }: HintTooltipProps) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={6} role="tooltip">
          <span>{label}</span>
          {shortcut ? <kbd className="kbd">{shortcut}</kbd> : null}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
