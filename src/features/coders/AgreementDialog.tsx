import { useState } from 'react';
import { Dialog } from 'radix-ui';
import type { AgreementReport, MapAgreement } from '../../core/agreement';
import { describeOverlap } from '../../core/agreement/combine';
import { useCategoryLook } from '../../components/CoderBadges';
import { excerpt } from '../../components/format';
import { nameAndWords } from '../../core/map/author-name';
import { useGraph } from '../../store/selectors';
import { useMapAgreement } from './use-map-agreement';

/** A sub-debate named as the sub-debate list names it: its top comment's author and first words. */
function useDebateName(): (id: string) => string {
  const graph = useGraph();
  return (id) => {
    const at = graph.index.get(id);
    return at === undefined ? id : nameAndWords(graph.nodes[at]!, (words) => excerpt(words, 40));
  };
}

/** A measure to three decimals ("–" where undefined), with the exact value kept for tests and copying. */
function Measure({ value, name }: { value: number | null; name?: string }) {
  return (
    <span className="measure" data-measure={name} data-value={value === null ? '' : String(value)}>
      {value === null ? '–' : value.toFixed(3)}
    </span>
  );
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);

function Summary({ report, codedByAll }: { report: AgreementReport; codedByAll: number }) {
  const ci = report.krippendorffAlphaInterval;
  return (
    <>
      <p className="tag-help" data-testid="agreement-overlap">{describeOverlap({ coded: report.coded, byAll: codedByAll, byAtLeastTwo: report.units })}</p>
      <table className="agreement-table" aria-label="Agreement">
        <tbody>
          <tr><th scope="row">Krippendorff’s α (nominal)</th><td><Measure value={report.krippendorffAlpha} name="alpha" /></td>
            <td className="tag-help">95 % CI {ci.lower === null ? '–' : ci.lower.toFixed(3)} to {ci.upper === null ? '–' : ci.upper.toFixed(3)} ({ci.resamples.toLocaleString('en-US')} bootstrap resamples, seed {ci.seed})</td></tr>
          <tr><th scope="row">Percent agreement</th><td><span data-measure="percent" data-value={String(report.percentAgreement ?? '')}>{percent(report.percentAgreement)}</span></td><td className="tag-help">over {report.units} comments coded by two or more</td></tr>
          <tr><th scope="row">Fleiss’ κ</th><td><Measure value={report.fleissKappa} name="fleiss" /></td>
            <td className="tag-help">{report.coders.length < 3 ? 'needs three or more coders' : `over ${report.fleissUnits} comments coded by all`}</td></tr>
        </tbody>
      </table>
    </>
  );
}

function Pairs({ report }: { report: AgreementReport }) {
  const look = useCategoryLook();
  return (
    <>
      <h3>Pairs of coders</h3>
      <table className="agreement-table numbers" aria-label="Pairs of coders">
        <thead><tr><th scope="col">Coders</th><th scope="col">Both coded</th><th scope="col">Agreement</th><th scope="col">Cohen’s κ</th></tr></thead>
        <tbody>
          {report.pairs.map((pair) => (
            <tr key={pair.coders.join('\u0000')} data-pair={pair.coders.join(' & ')}>
              <td>{pair.coders[0]} & {pair.coders[1]}</td><td>{pair.n}</td><td>{percent(pair.percentAgreement)}</td><td><Measure value={pair.cohenKappa} name="kappa" /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Per category (this one against the rest)</h3>
      <table className="agreement-table numbers" aria-label="Per category">
        <thead><tr><th scope="col">Category</th><th scope="col">Times chosen</th><th scope="col">α</th></tr></thead>
        <tbody>
          {report.categories.map((category) => (
            <tr key={category.category}><td>{look(category.category).label}</td><td>{category.values}</td><td><Measure value={category.krippendorffAlpha} /></td></tr>
          ))}
        </tbody>
      </table>
      {report.confusion.map((pair) => (
        <section key={pair.coders.join('\u0000')} aria-label={`Confusion matrix, ${pair.coders[0]} and ${pair.coders[1]}`}>
          <h3>Confusion matrix: {pair.coders[0]} (rows) × {pair.coders[1]} (columns)</h3>
          <table className="agreement-table numbers confusion">
            <thead><tr><th scope="col"><span className="visually-hidden">{pair.coders[0]} chose</span></th>{pair.categories.map((c) => <th key={c} scope="col">{look(c).label}</th>)}</tr></thead>
            <tbody>
              {pair.matrix.map((row, i) => (
                <tr key={pair.categories[i]}><th scope="row">{look(pair.categories[i]!).label}</th>{Array.from(row).map((n, j) => <td key={j} className={i === j ? 'diagonal' : undefined}>{n}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

function SubDebates({ agreement, onChoose }: { agreement: MapAgreement; onChoose: (index: number) => void }) {
  const nameOf = useDebateName();
  if (agreement.subDebates.length === 0) return null;
  return (
    <>
      <h3>Sub-debates</h3>
      <table className="agreement-table numbers" aria-label="Sub-debates">
        <thead><tr><th scope="col">Sub-debate</th><th scope="col">Comments</th><th scope="col">Coded by 2+</th><th scope="col">Agreement</th><th scope="col">α</th></tr></thead>
        <tbody>
          {agreement.subDebates.map((part, index) => (
            <tr key={part.id} data-debate-id={part.id}>
              <td><button type="button" className="link-button" onClick={() => onChoose(index)}>{nameOf(part.id)}{part.kind === 'branch' ? ' (branch)' : ''}</button></td>
              <td>{part.comments.toLocaleString('en')}</td><td>{part.report.units}</td><td>{percent(part.report.percentAgreement)}</td><td><Measure value={part.report.krippendorffAlpha} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The agreement panel: every measure for the whole map or one sub-debate, as `threadmap agreement` reports it. */
export default function AgreementDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const agreement = useMapAgreement();
  const nameOf = useDebateName();
  const [scope, setScope] = useState<number | null>(null);
  const part = agreement && scope !== null ? agreement.subDebates[scope] : undefined;
  const report = part ? part.report : agreement?.whole;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog agreement-dialog" aria-busy={agreement === null}>
          <Dialog.Title>Agreement between coders</Dialog.Title>
          <Dialog.Description>
            Units are comments with a parent (not the root or “more” stubs); a comment a coder left untagged is missing for that coder. α and κ are nominal.
          </Dialog.Description>
          {agreement && report ? (
            <>
              <label className="agreement-scope">
                <span>Part of the map</span>
                <select value={scope ?? ''} onChange={(event) => setScope(event.target.value === '' ? null : Number(event.target.value))}>
                  <option value="">Whole map</option>
                  {agreement.subDebates.map((debate, index) => (
                    <option key={debate.id} value={index}>{nameOf(debate.id)} ({debate.comments.toLocaleString('en')} {debate.comments === 1 ? 'comment' : 'comments'})</option>
                  ))}
                </select>
              </label>
              <Summary report={report} codedByAll={part ? part.codedByAll : agreement.codedByAll} />
              <Pairs report={report} />
              {scope === null ? <SubDebates agreement={agreement} onChoose={setScope} /> : null}
            </>
          ) : (
            <p role="status">Measuring agreement…</p>
          )}
          <div className="actions">
            <Dialog.Close asChild><button type="button" className="button primary">Close</button></Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
