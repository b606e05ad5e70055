import { lazy } from 'react';
import { HintTooltip } from '../../components/HintTooltip';
import { LinkIcon } from '../../components/icons';
import { DialogWhenAsked, useDialogOnDemand } from '../../components/on-demand-dialog';
import type { FetchLike } from '../../core/sources/url';

// The dialog brings the URL readers (Hacker News, Mastodon, Reddit): loaded when first asked for.
const OpenUrlDialog = lazy(() => import('./OpenUrlDialog').then((module) => ({ default: module.OpenUrlDialog })));

interface OpenUrlButtonProps {
  /** The network; the browser's fetch unless a test passes recorded answers. */
  fetch?: FetchLike;
  timeoutMs?: number;
}

/** "Open URL": the button, with its dialog loaded the first time it is pressed. */
export function OpenUrlButton({ fetch, timeoutMs }: OpenUrlButtonProps) {
  const { button, dialog } = useDialogOnDemand();
  return (
    <>
      <HintTooltip label="Open a thread by URL: Hacker News, Mastodon, Reddit">
        <button type="button" className="button" {...button}><LinkIcon /><span className="narrow-hide">Open URL</span></button>
      </HintTooltip>
      <DialogWhenAsked asked={dialog.open}><OpenUrlDialog {...dialog} fetch={fetch} timeoutMs={timeoutMs} /></DialogWhenAsked>
    </>
  );
}
