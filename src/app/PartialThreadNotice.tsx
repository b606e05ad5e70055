import { useState } from 'react';
import { CloseIcon } from '../components/icons';

/**
 * Says plainly, above the map, that the file holds only part of the thread (a Discourse page of
 * 20 posts out of 446, a Mastodon context without its root status): whoever reads or codes the
 * map must know before drawing conclusions from it. Hidden only when the reader dismisses it.
 */
export function PartialThreadNotice({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState<readonly string[] | null>(null);
  if (notices.length === 0 || dismissed === notices) return null;
  return (
    <section className="banner partial" aria-labelledby="partial-thread-title">
      <div className="message">
        <strong id="partial-thread-title">Partial thread.</strong>
        {notices.length === 1 ? (
          <span>{notices[0]}</span>
        ) : (
          <ul>{notices.slice(0, 8).map((notice, i) => <li key={i}>{notice}</li>)}</ul>
        )}
      </div>
      <button type="button" className="button icon" aria-label="Hide the partial-thread notice" onClick={() => setDismissed(notices)}><CloseIcon /></button>
    </section>
  );
}
