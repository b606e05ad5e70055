import { lazy } from 'react';
import { useActions } from '../../store/editor';
import { DialogWhenAsked } from '../../components/on-demand-dialog';
import { useMapStore } from '../../store/map-store';
import './annotate.css';

// Asked for before the first tag or by "Change": loaded when the page is idle (prepareCoderDialog), else then.
const loadCoderDialog = () => import('./CoderDialog');
const CoderDialog = lazy(() => loadCoderDialog().then((module) => ({ default: module.CoderDialog })));

/** Loads the coder's-name dialog ahead of the first tag that asks for it; call when the page is idle. */
export function prepareCoderDialog(): void {
  void loadCoderDialog();
}

/** "Coding as Ana · Change", with the dialog that asks for or changes the name. */
export function CoderName() {
  const { askCoderName } = useActions();
  const coder = useMapStore((state) => state.coder);
  const asked = useMapStore((state) => state.coderPrompt !== null);
  return (
    <div className="coder-line" data-testid="coder-line">
      <span>
        {coder ? <>Coding as <strong>{coder}</strong></> : 'Coder not named'}
      </span>
      <button type="button" className="link-button" onClick={askCoderName}>
        {coder ? 'Change' : 'Name'}
      </button>
      <DialogWhenAsked asked={asked}><CoderDialog /></DialogWhenAsked>
    </div>
  );
}
