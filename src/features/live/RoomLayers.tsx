import { krippendorffAlpha, percentAgreement, reliabilityDataFromDocuments } from '../../core/agreement';
import type { LiveSession } from '../../core/live';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
const decimal = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/**
 * Coders mode: how many cards each coder tagged and, once the owner revealed the layers, how far
 * they agree (percent agreement and Krippendorff's alpha over the cards two or more coded).
 */
export function RoomLayers({ session, revealed }: { session: LiveSession; revealed: boolean }) {
  // The session re-renders this on every change it reports; layers are read afresh from the shared map.
  const layers = session.layers();
  const names = Object.keys(layers).sort((a, b) => a.localeCompare(b));
  const counts = names.map((name) => [name, Object.keys(layers[name]!).length] as const);
  const map = session.document();
  let agreement: { percent: number | null; alpha: number | null } | null = null;
  if (revealed && map && names.length >= 2) {
    const data = reliabilityDataFromDocuments(names.map((coder) => ({ coder, label: coder, doc: { ...map, annotations: layers[coder]! } })));
    agreement = { percent: percentAgreement(data), alpha: krippendorffAlpha(data) };
  }
  return (
    <section className="live-section" aria-label="Coders' layers">
      <h3>Layers</h3>
      {names.length === 0 ? <p className="live-help">Nobody has tagged yet.</p> : (
        <ul className="live-layers">
          {counts.map(([name, count]) => <li key={name}><bdi>{name}</bdi>: {count === 1 ? '1 tag' : `${count} tags`}</li>)}
        </ul>
      )}
      {revealed ? (
        agreement ? <p className="live-help">Agreement: {percent(agreement.percent)} · Krippendorff’s α {decimal(agreement.alpha)}</p> : <p className="live-help">Agreement shows once two people have tagged.</p>
      ) : <p className="live-help">Each person sees only their own tags until the owner reveals the layers.</p>}
    </section>
  );
}
