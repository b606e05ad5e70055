import { lazy, Suspense, useMemo, useState } from 'react';
import { Switch } from 'radix-ui';
import { disagreements } from '../../core/agreement/adjudicate';
import { commandAriaKeys, commandHint } from '../../commands';
import { HintTooltip } from '../../components/HintTooltip';
import { coderInitials } from '../../components/CoderBadges';
import { useActions, useEditor } from '../../store/editor';
import { documentOfState } from '../../store/editor/create-editor';
import { useMapStore } from '../../store/map-store';
import { codersOf, isCoderBesideOthers, isCodingBlind } from '../../store/own-annotation';
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

/** The names of the coders the map can show side by side, as one string so the panel re-renders only when they change. */
const coderNames = (state: Parameters<typeof codersOf>[0]) => JSON.stringify(codersOf(state).map((layer) => layer.coder));

/** What blind mode does for this person now, in words. */
function blindSentence(showAll: boolean, coding: boolean, pendingBeside: string | null): string {
  if (showAll) return 'Blind coding: off, every coder’s tag shown';
  if (pendingBeside !== null) return `Blind coding: on, ${pendingBeside}’s tags hidden; your first tag starts a layer of your own`;
  if (coding) return 'Blind coding: on, only your tags shown';
  return 'Blind coding: on for coders; you have not coded this map, so every coder’s tag is shown for adjudicating';
}

/**
 * The coders of a map of several: blind mode, the walk through disagreements and its filter, and
 * the agreement panel. Shown when the map holds two or more coders' layers, or when this person
 * opened another coder's map (their first tag opens a layer of their own). While a coder codes
 * blind, where the coders differ stays hidden too: it would tell what the others chose.
 */
export function CodersSection() {
  const names = JSON.parse(useMapStore(coderNames)) as string[];
  const showAll = useMapStore((state) => state.showAllCoders);
  const blind = useMapStore(isCodingBlind);
  const coding = useMapStore(isCoderBesideOthers);
  const pendingBeside = useMapStore((state) => state.layerBeside);
  const only = useMapStore((state) => state.disagreementsOnly);
  const me = useMapStore((state) => state.coder);
  const { setShowAllCoders, setDisagreementsOnly, stepDisagreement } = useActions();
  const count = useDisagreementCount();
  const [agreementOpen, setAgreementOpen] = useState(false);
  if (names.length < 2) return null;
  const you = me ?? 'unknown';
  return (
    <section className="section coders-section" aria-label="Coders">
      <h2>Coders</h2>
      <ul className="coder-list">
        {names.map((coder) => (
          <li key={coder}>
            <span className="coder-badge" aria-hidden="true">{coderInitials(coder)}</span> {coder}
            {coder === you ? <span className="tag-help"> (you)</span> : null}
          </li>
        ))}
      </ul>
      <div className="switch-row">
        <Switch.Root id="blind-mode" className="switch" checked={!showAll} onCheckedChange={(on) => setShowAllCoders(!on)} aria-keyshortcuts={commandAriaKeys('coders.blind')}>
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
        <label htmlFor="blind-mode">{blindSentence(showAll, coding, pendingBeside)}</label>
      </div>
      <p className="tag-help" data-testid="disagreement-count">
        {blind
          ? 'Where the coders differ stays hidden while you code blind; turn blind coding off to adjudicate.'
          : count.total === 0
            ? 'The coders agree wherever two of them tagged a comment.'
            : `They differ on ${count.total} ${count.total === 1 ? 'comment' : 'comments'}; ${count.decided} decided.`}
      </p>
      <div className="button-row">
        <HintTooltip {...commandHint('coders.nextDisagreement')}>
          <button type="button" className="button" disabled={blind || count.total === 0} aria-keyshortcuts={commandAriaKeys('coders.nextDisagreement')} onClick={() => stepDisagreement(1)}>
            Next disagreement
          </button>
        </HintTooltip>
        <button type="button" className="button" onClick={() => setAgreementOpen(true)}>Agreement…</button>
        <label className="choice">
          <input type="checkbox" checked={only} disabled={blind} onChange={(event) => setDisagreementsOnly(event.target.checked)} />
          Only disagreements
        </label>
      </div>
      {agreementOpen ? (
        <Suspense fallback={<p role="status">Loading the agreement panel…</p>}>
          <AgreementDialog open={agreementOpen} onOpenChange={setAgreementOpen} />
        </Suspense>
      ) : null}
    </section>
  );
}
