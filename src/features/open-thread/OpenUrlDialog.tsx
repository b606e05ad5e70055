import { useEffect, useRef, useState } from 'react';
import { Dialog } from 'radix-ui';
import type { DialogOpenedByButton } from '../../components/on-demand-dialog';
import type { FetchLike, FetchProgress } from '../../core/sources/url';
import { browserFetch, describeProgress, OPEN_URL_TIMEOUT_MS, openThreadUrl } from './open-url';
import { useEditor } from '../../store/editor';
import './OpenUrlDialog.css';

interface OpenUrlDialogProps extends DialogOpenedByButton {
  /** The network; the browser's fetch unless a test passes recorded answers. */
  fetch?: FetchLike;
  timeoutMs?: number;
}

function ProgressLine({ progress }: { progress: FetchProgress | null }) {
  const total = progress?.totalBytes ?? null;
  return (
    <div className="open-url-progress">
      <progress
        aria-label="Loading the thread"
        max={total ?? undefined}
        value={total === null ? undefined : (progress?.receivedBytes ?? 0)}
      />
      <span className="open-url-bytes" data-testid="open-url-progress">{progress ? describeProgress(progress) : 'Connecting…'}</span>
    </div>
  );
}

/**
 * "Open URL": loads a Hacker News, Mastodon or Reddit thread from its address, with progress, a
 * Cancel and a timeout. Errors go to the app's error line, and the open map stays as it was.
 */
export function OpenUrlDialog({ open, onOpenChange: setOpen, contentId, onCloseAutoFocus, fetch = browserFetch, timeoutMs = OPEN_URL_TIMEOUT_MS }: OpenUrlDialogProps) {
  const editor = useEditor();
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<FetchProgress | null>(null);
  const controllerRef = useRef<AbortController | null>(null);

  // Unmounting mid-load stops the requests.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setBusy(true);
    setProgress(null);
    const outcome = await openThreadUrl(editor, address, {
      fetch,
      signal: controller.signal,
      timeoutMs,
      onProgress: (next) => {
        if (controllerRef.current === controller) setProgress(next);
      },
    });
    if (controllerRef.current !== controller) return;
    controllerRef.current = null;
    setBusy(false);
    setProgress(null);
    if (outcome === 'opened') setAddress('');
    // On failure the dialog closes so the error line is seen; the address stays for a retry.
    if (outcome !== 'cancelled') setOpen(false);
  };

  const cancel = () => controllerRef.current?.abort();

  const onOpenChange = (next: boolean) => {
    if (!next) cancel();
    setOpen(next);
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog open-url-dialog" id={contentId} onCloseAutoFocus={onCloseAutoFocus}>
          <Dialog.Title>Open a thread by URL</Dialog.Title>
          <Dialog.Description>
            Loads the thread live from the site. It gives up after {Math.round(timeoutMs / 1000)} s; the open map stays until the new one has loaded.
          </Dialog.Description>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy && address.trim()) void start();
            }}
          >
            <label htmlFor="open-url-address">Thread address</label>
            <input
              id="open-url-address"
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              autoFocus
              readOnly={busy}
              value={address}
              placeholder="https://news.ycombinator.com/item?id=14952787"
              onChange={(event) => setAddress(event.target.value)}
            />
            <ul className="open-url-examples">
              <li><strong>Hacker News</strong>: a story or comment URL (news.ycombinator.com/item?id=…) or its bare id</li>
              <li><strong>Mastodon</strong>: a status URL (https://instance/@user/109…)</li>
              <li><strong>Reddit</strong>: a thread URL (reddit.com/r/…/comments/…); works when the app runs with <code>npm start</code> or <code>npm run preview</code>, which relay Reddit&apos;s JSON. Otherwise save the <code>.json</code> page and use Open thread file.</li>
            </ul>
            {busy ? <ProgressLine progress={progress} /> : null}
            <div className="actions">
              {busy ? (
                <button type="button" className="button" onClick={cancel}>Cancel</button>
              ) : (
                <Dialog.Close asChild><button type="button" className="button">Close</button></Dialog.Close>
              )}
              <button type="submit" className="button primary" disabled={busy || !address.trim()}>{busy ? 'Opening…' : 'Open'}</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
