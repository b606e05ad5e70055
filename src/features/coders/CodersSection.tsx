import { lazy, Suspense, useMemo, useState } from 'react';
import { Switch } from 'radix-ui';
import { disagreements } from '../../core/agreement/adjudicate';
import { commandAriaKeys, commandHint } from '../../commands';
import { HintTooltip } from '../../components/HintTooltip';
import { coderInitials } from '../../components/CoderBadges';
import { useActions, useEditor } from '../../store/editor';
import { documentOfState } from '../../store/editor/create-editor';
import { useMapStore } from '../../store/map-store';
import './coders.css';

// The agreement panel and its statistics load only when asked for.
const AgreementDialog = lazy(() => import('./AgreementDialog'));

/** How many comments the coders differ on, and how many of those have a gold answer. */
function useDisagreementCount(): { total: number; decided: number } {
  const editor = useEditor();
  const layers = useMapStore((state) => state.layers);
  const gold = useMapStore((state) => state.gold);
  const nodes = useMapStore((state) => state.nodes);
  return useMemo(() => {
    const doc = documentOfState(editor.store.getState());
    const found = doc ? disagreements(doc) : [];
    return { total: found.length, decided: found.filter((entry) => entry.decided).length };
    // The document parts disagreements read are the dependencies.
  }, [editor, layers, gold, nodes]); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * The coders of a map of several: blind mode, the walk through disagreements and its filter, and
 * the agreement panel. Shown only when the map holds two or more coders' layers.
 */
export function CodersSection() {
  const layers = useMapStore((state) => state.layers);
  const showAll = useMapStore((state) => state.showAllCoders);
  const only = useMapStore((state) => state.disagreementsOnly);
  const me = useMapStore((state) => state.coder);
  const { setShowAllCoders, setDisagreementsOnly, stepDisagreement } = useActions();
  const count = useDisagreementCount();
  const [agreementOpen, setAgreementOpen] = useState(false);
  if (!layers || layers.length < 2) return null;
  return (
    <section className="section coders-section" aria-label="Coders">
      <h2>Coders</h2>
      <ul className="coder-list">
        {layers.map((layer) => (
          <li key={layer.coder}>
            <span className="coder-badge" aria-hidden="true">{coderInitials(layer.coder)}</span> {layer.coder}
            {layer.coder === me ? <span className="tag-help"> (you)</span> : null}
          </li>
        ))}
      </ul>
      <div className="switch-row">
        <Switch.Root id="blind-mode" className="switch" checked={!showAll} onCheckedChange={(blind) => setShowAllCoders(!blind)} aria-keyshortcuts={commandAriaKeys('coders.blind')}>
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
        <label htmlFor="blind-mode">Blind coding: {showAll ? 'off, every coder’s tag shown' : 'on, only your tags shown'}</label>
      </div>
      <p className="tag-help" data-testid="disagreement-count">
        {count.total === 0 ? 'The coders agree wherever two of them tagged a comment.' : `They differ on ${count.total} ${count.total === 1 ? 'comment' : 'comments'}; ${count.decided} decided.`}
      </p>
      <div className="button-row">
        <HintTooltip {...commandHint('coders.nextDisagreement')}>
          <button type="button" className="button" disabled={count.total === 0} aria-keyshortcuts={commandAriaKeys('coders.nextDisagreement')} onClick={() => stepDisagreement(1)}>
            Next disagreement
          </button>
        </HintTooltip>
        <label className="choice">
          <input type="checkbox" checked={only} onChange={(event) => setDisagreementsOnly(event.target.checked)} />
          Only disagreements
        </label>
      </div>
      <button type="button" className="button" onClick={() => setAgreementOpen(true)}>Agreement…</button>
      {agreementOpen ? (
        <Suspense fallback={<p role="status">Loading the agreement panel…</p>}>
          <AgreementDialog open={agreementOpen} onOpenChange={setAgreementOpen} />
        </Suspense>
      ) : null}
    </section>
  );
}
