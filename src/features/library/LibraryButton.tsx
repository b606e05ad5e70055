import { lazy, useState } from 'react';
import { HintTooltip } from '../../components/HintTooltip';
import { DialogWhenAsked } from '../../components/on-demand-dialog';
import { SaveStatus } from './SaveStatus';

// The list of saved maps loads the first time it is asked for.
const LibraryDialog = lazy(() => import('./LibraryDialog').then((module) => ({ default: module.LibraryDialog })));

const LibraryIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <rect x="3" y="4" width="6" height="16" rx="1" />
    <rect x="11" y="4" width="4" height="16" rx="1" />
    <path d="m17 5.5 3.5-1 3 14.5-3.5 1z" transform="translate(-2 0)" />
  </svg>
);

/** "Maps": the saved-maps library, with whether the open map is saved beside it. */
export function LibraryButton() {
  const [open, setOpen] = useState(false);
  return (
    <div className="library-button">
      <HintTooltip label="Saved maps: open, rename, delete">
        <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
          <LibraryIcon />
          <span className="narrow-hide">Maps</span>
        </button>
      </HintTooltip>
      <SaveStatus />
      <DialogWhenAsked asked={open}><LibraryDialog open={open} onOpenChange={setOpen} /></DialogWhenAsked>
    </div>
  );
}
