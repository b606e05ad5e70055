import type { AutosaveSession, LibraryMessage } from './session';

const CHANNEL_NAME = 'threadmap-library';

/** A field being typed in keeps its text to itself until it loses focus: let it hand it over. */
function releaseFocusedField(): void {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) active.blur();
}

/** The BroadcastChannel tabs share for changes and the library; null where there is none. */
export function openLibraryChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
}

/**
 * Saves when the page is hidden or closed, and listens to the other tabs. Returns the function
 * that stops listening.
 */
export function attachPageEvents(session: AutosaveSession, channel: BroadcastChannel | null): () => void {
  const onPageHide = () => {
    releaseFocusedField();
    void session.flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void session.flush();
  };
  const onMessage = (event: MessageEvent<LibraryMessage>) => void session.onMessage(event.data);
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibility);
  channel?.addEventListener('message', onMessage);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onVisibility);
    channel?.removeEventListener('message', onMessage);
  };
}
