import type { FocusEvent, ReactElement, ReactNode } from 'react';
import { Tooltip } from 'radix-ui';

interface HintTooltipProps {
  /** What the control does, in a few words. */
  label: ReactNode;
  /** Keyboard shortcut shown beside the label, e.g. "P" or "Ctrl+Z". */
  shortcut?: string;
  children: ReactElement;
}

/**
 * Focus that was handed back (a dialog or menu closing, the window regaining focus) rather than
 * moved by the reader: it comes from nothing, or from inside the closing layer.
 */
export function isReturnedFocus(event: FocusEvent<HTMLElement>): boolean {
  const from = event.relatedTarget;
  if (!(from instanceof Element)) return true;
  return !from.isConnected || from.closest('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null;
}

/**
 * A tooltip naming a control and its shortcut; shown on hover and on keyboard focus, but not
 * when focus returns to the control as a dialog closes (it would cover what the dialog left).
 */
export function HintTooltip({ label, shortcut, children }: HintTooltipProps) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger
        asChild
        onFocus={(event) => {
          // Radix opens on focus unless the event's default was prevented.
          if (isReturnedFocus(event)) event.preventDefault();
        }}
      >
        {children}
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={6} role="tooltip">
          <span>{label}</span>
          {shortcut ? <kbd className="kbd">{shortcut}</kbd> : null}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
