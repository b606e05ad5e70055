import { createContext, Suspense, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';

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

/** What was typed for a dialog while its code loaded: read it, and clear it once it has been used. */
export interface TypedAhead {
  text: () => string;
  clear: () => void;
}

const TypedAheadContext = createContext<TypedAhead>({ text: () => '', clear: () => {} });

/**
 * The characters typed for the dialog this is in while its code was loading (a name typed right
 * after the key that asked for it), for its field to start with.
 */
export const useTypedAhead = (): TypedAhead => useContext(TypedAheadContext);

/**
 * The place of a dialog whose code is loading: it shows nothing, the map's commands wait
 * (DIALOG_LOADING_SELECTOR), and the characters typed meanwhile are kept in `typed` (Backspace
 * takes the last back) rather than lost.
 */
function LoadingDialog({ typed }: { typed: { current: string } }) {
  useEffect(() => {
    const keep = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Backspace') typed.current = typed.current.slice(0, -1);
      else if ([...event.key].length === 1) typed.current += event.key;
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', keep, true);
    return () => window.removeEventListener('keydown', keep, true);
  }, [typed]);
  return <span data-dialog-loading hidden />;
}

/**
 * A dialog loaded on demand (a `lazy` component as the child): mounted from the first time it is
 * `asked` for and kept after. While its code loads, an empty marker holds its place: nothing
 * shows, the keys wait for the dialog (DIALOG_LOADING_SELECTOR), and what is typed is handed to
 * it when it comes (useTypedAhead).
 */
export function DialogWhenAsked({ asked, children }: { asked: boolean; children: ReactNode }) {
  const once = useAskedOnce(asked);
  const typed = useRef('');
  const typedAhead = useMemo<TypedAhead>(() => ({ text: () => typed.current, clear: () => void (typed.current = '') }), []);
  return once ? (
    <TypedAheadContext.Provider value={typedAhead}>
      <Suspense fallback={<LoadingDialog typed={typed} />}>{children}</Suspense>
    </TypedAheadContext.Provider>
  ) : null;
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
