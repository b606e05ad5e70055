import { Suspense, useCallback, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * Marks a dialog asked for whose code is still loading: until it is there, keys run no command of
 * the map (the keydown dispatcher looks for it), as they would not with the dialog open.
 */
export const DIALOG_LOADING_SELECTOR = '[data-dialog-loading]';

/**
 * Whether a part loaded on demand (a dialog) has been asked for yet: false until `asked` is first
 * true, then true for good, so that once loaded it stays mounted, keeps its state between openings
 * and closes with its own focus handling.
 */
function useAskedOnce(asked: boolean): boolean {
  const [once, setOnce] = useState(asked);
  if (asked && !once) setOnce(true);
  return once || asked;
}

/**
 * A dialog loaded on demand (a `lazy` component as the child): mounted from the first time it is
 * `asked` for and kept after. While its code loads, an empty marker holds its place: nothing
 * shows, and the keys wait for the dialog (DIALOG_LOADING_SELECTOR).
 */
export function DialogWhenAsked({ asked, children }: { asked: boolean; children: ReactNode }) {
  const once = useAskedOnce(asked);
  return once ? <Suspense fallback={<span data-dialog-loading hidden />}>{children}</Suspense> : null;
}

/** What a dialog opened by a button of its own takes: its state, its id, and where focus goes back. */
export interface DialogOpenedByButton {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The id of the dialog's content, which the button names while it is open. */
  contentId: string;
  /** For Radix's `onCloseAutoFocus`: focus goes back to the button, as a Dialog.Trigger's does. */
  onCloseAutoFocus: (event: Event) => void;
}

/**
 * A dialog whose code loads the first time its button is pressed. The button stays the same
 * element from the first paint on (no swap when the code arrives, so focus and a first click are
 * kept) and carries the ARIA that Radix's Dialog.Trigger gives (its `data-state` is the tooltip's,
 * which wraps it); the dialog, inside DialogWhenAsked with `open`, gets `dialog`.
 */
export function useDialogOnDemand(): {
  button: { ref: RefObject<HTMLButtonElement | null>; 'aria-haspopup': 'dialog'; 'aria-expanded': boolean; 'aria-controls': string | undefined; onClick: () => void };
  dialog: DialogOpenedByButton;
} {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  const contentId = useId();
  const onCloseAutoFocus = useCallback((event: Event) => {
    event.preventDefault();
    ref.current?.focus();
  }, []);
  return {
    button: { ref, 'aria-haspopup': 'dialog', 'aria-expanded': open, 'aria-controls': open ? contentId : undefined, onClick: () => setOpen(true) },
    dialog: { open, onOpenChange: setOpen, contentId, onCloseAutoFocus },
  };
}
