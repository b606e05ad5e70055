import { lazy } from 'react';
import { HintTooltip } from '../../components/HintTooltip';
import { PasteIcon } from '../../components/icons';
import { DialogWhenAsked, useDialogOnDemand } from '../../components/on-demand-dialog';

const PasteDialog = lazy(() => import('./PasteDialog').then((module) => ({ default: module.PasteDialog })));

/** "Paste": the button, with its dialog loaded the first time it is pressed. */
export function PasteButton() {
  const { button, dialog } = useDialogOnDemand();
  return (
    <>
      <HintTooltip label="Paste a thread: JSON or plain text">
        <button type="button" className="button" {...button}><PasteIcon /><span className="narrow-hide">Paste</span></button>
      </HintTooltip>
      <DialogWhenAsked asked={dialog.open}><PasteDialog {...dialog} /></DialogWhenAsked>
    </>
  );
}
