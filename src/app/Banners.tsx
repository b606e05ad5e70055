import { useActions } from '../store/editor';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMapRoot } from '../components/map-focus';
import { useMapStore } from '../store/map-store';
import { Banner } from '../components/Banner';
import type { AppError } from '../store/map-store';
import { StorageBanners } from '../features/library/StorageBanners';
import { classifyWarnings } from '../core/document/warnings';
import { PartialThreadNotice } from './PartialThreadNotice';

const ERROR_TITLE: Record<AppError['kind'], string> = {
  empty: 'Empty file.',
  tooLarge: 'File too large.',
  binary: 'Not a text file.',
  notJson: 'Broken JSON.',
  unknownFormat: 'Unknown format.',
  notAThreadmapFile: 'Not a threadmap file.',
  versionTooNew: 'Made by a newer version.',
  invalidDocument: 'Invalid map.',
  invalidThread: 'Unreadable thread.',
  network: 'Network error.',
  notFound: 'Not found.',
  rateLimited: 'Rate limited.',
  timeout: 'Timed out.',
  cancelled: 'Cancelled.',
  blockedByBrowser: 'Blocked by the site.',
  unknownNode: 'No such card.',
  cycle: 'Not moved.',
  claimFixed: 'Not moved.',
  noPrevious: 'Nothing to merge into.',
  notMergeable: 'Not merged.',
  mergeNeedsConfirmation: 'Not merged.',
  notSplittable: 'Not split.',
  badRange: 'Not split.',
  duplicateClaim: 'Already a claim.',
  selfLink: 'Not linked.',
  notQuotable: 'Not linked.',
  duplicateLink: 'Already linked.',
  unknownLink: 'No such link.',
};

/** The error (role="alert"), partial-thread, data, repair and notice lines under the toolbar. */
export function Banners() {
  const { showError } = useActions();
  const error = useMapStore((state) => state.error);
  const warnings = useMapStore((state) => state.warnings);
  const { partial, data, repairs } = useMemo(() => classifyWarnings(warnings), [warnings]);

  return (
    <div className="banners">
      {error ? (
        <Banner tone="error" role="alert" title={ERROR_TITLE[error.kind]} dismiss={{ label: 'Dismiss the error', onDismiss: () => showError(null) }}>
          {error.message} The open map was not changed.
        </Banner>
      ) : null}
      <StorageBanners />
      <PartialThreadNotice notices={partial} />
      {data.length > 0 && !error ? (
        <details className="banner info">
          <summary>{data.length === 1 ? '1 note about what this data cannot tell' : `${data.length} notes about what this data cannot tell`}</summary>
          <ul>{data.map((warning, i) => <li key={i}>{warning}</li>)}</ul>
        </details>
      ) : null}
      {repairs.length > 0 && !error ? (
        <details className="banner info">
          <summary>{repairs.length === 1 ? '1 repair was made while opening this map' : `${repairs.length} repairs were made while opening this map`}</summary>
          <ul>{repairs.slice(0, 20).map((warning, i) => <li key={i}>{warning}</li>)}</ul>
        </details>
      ) : null}
    </div>
  );
}

/**
 * What was just done ("Opened …", "Saved …"), for six seconds, read out as it appears. It sits at
 * the foot of the map, just above the Colour by strip (its `children`), where a fitted map has no cards and the
 * sub-debates' labels do not go; at the top it covered the labels and cards there. The labels are
 * placed off it while it shows, and a card chosen meanwhile is brought out from under it; when it
 * comes over the card already selected, it lies over the strip instead, which covers no card.
 * Whole at any window width (the toolbar's title slot cut it to a dozen characters at 1,024 px).
 */
export function MapFoot({ children }: { children?: ReactNode }) {
  const { showNotice } = useActions();
  const notice = useMapStore((state) => state.notice);
  const root = useMapRoot();
  const toast = useRef<HTMLDivElement>(null);
  const [overStrip, setOverStrip] = useState(false);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => showNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice, showNotice]);
  // Measured once as each notice appears, before it is painted: nothing runs while the map moves.
  useLayoutEffect(() => {
    const card = root()?.querySelector('.react-flow__node .card.selected')?.getBoundingClientRect();
    const box = toast.current?.getBoundingClientRect();
    setOverStrip(!!notice && !!card && !!box && card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom);
  }, [notice, root]);
  return (
    <div className="map-foot">
      <div ref={toast} className={overStrip ? 'notice-toast over-strip' : 'notice-toast'} role="status" aria-live="polite">{notice}</div>
      {children}
    </div>
  );
}
