import { useMemo, useState } from 'react';
import { Collapsible } from 'radix-ui';
import { countCommenters } from '../../core/map/participants';
import { describeDuration, participantCsv, type Participant } from '../../core/insight';
import { downloadText, fileNameFor } from '../../components/download';
import { formatDateTime } from '../../components/format';
import { useActions } from '../../store/editor';
import { useMapStore } from '../../store/map-store';
import { pairMatrix } from './pair-matrix';
import { useThreadMeasures } from './use-thread-measures';
import './insight.css';

/** Shown at first; the rest one click away, so a 900-person thread does not mount 900 rows. */
const FIRST_ROWS = 50;

function span(person: Participant): string {
  if (person.first === null || person.last === null) return '';
  if (person.first === person.last) return formatDateTime(person.first);
  return `over ${describeDuration(Date.parse(person.last) - Date.parse(person.first))} from ${formatDateTime(person.first)}`;
}

/** How a person's comments are tagged, as shares of all their comments; empty while none is. */
function profile(person: Participant): { words: string; shares: [number, number, number] } | null {
  const { pro, con, question } = person.tags;
  if (pro + con + question === 0) return null;
  const share = (count: number) => count / person.comments;
  const words = (['pro', 'con', 'question'] as const).map((tag) => `${Math.round(share(person.tags[tag]) * 100)} % ${tag}`).join(' · ');
  return { words, shares: [share(pro), share(con), share(question)] };
}

function PersonRow({ person, chosen }: { person: Participant; chosen: boolean }) {
  const { highlightPerson } = useActions();
  const tags = profile(person);
  return (
    <li>
      <button type="button" className="insight-row" aria-pressed={chosen} onClick={() => highlightPerson(chosen ? null : person.author)}>
        <span className="insight-title"><bdi>{person.author}</bdi></span>
        <span className="insight-value">{person.comments}</span>
        <span className="insight-details">
          {person.posts > 0 ? 'Wrote the post · ' : ''}{span(person)}{person.repliesReceived > 0 ? ` · ${person.repliesReceived.toLocaleString('en')} ${person.repliesReceived === 1 ? 'reply' : 'replies'} to them` : ''}
          {tags ? <><br />{tags.words}</> : null}
        </span>
        {tags ? (
          <span className="profile-bar" aria-hidden="true">
            {tags.shares.map((share, k) => (share > 0 ? <span key={k} className={['pro', 'con', 'question'][k]} style={{ flexGrow: share }} /> : null))}
            <span className="untagged" style={{ flexGrow: Math.max(0, 1 - tags.shares[0] - tags.shares[1] - tags.shares[2]) }} />
          </span>
        ) : null}
      </button>
    </li>
  );
}

function ReplyMatrix() {
  const measures = useThreadMeasures();
  const matrix = useMemo(() => pairMatrix(measures.pairs, 8), [measures.pairs]);
  if (matrix.people.length < 2) return <p className="insight-note">Nobody answered anyone else here.</p>;
  return (
    <div className="pair-matrix-wrap">
      <table className="pair-matrix">
        <caption>Who replies to whom: replies from each row’s person to each column’s, among the strongest pairs</caption>
        <thead>
          <tr><td />{matrix.people.map((name) => <th key={name} scope="col"><bdi>{name}</bdi></th>)}</tr>
        </thead>
        <tbody>
          {matrix.people.map((from, i) => (
            <tr key={from}>
              <th scope="row"><bdi>{from}</bdi></th>
              {matrix.counts[i]!.map((count, j) => (
                <td key={matrix.people[j]} style={{ '--strength': count / matrix.max } as React.CSSProperties} className={i === j ? 'self' : count > 0 ? 'some' : undefined}>
                  {i === j ? '' : count || ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PeopleList() {
  const measures = useThreadMeasures();
  const person = useMapStore((state) => state.insight.person);
  const title = useMapStore((state) => state.source?.title ?? null);
  const [all, setAll] = useState(false);
  const shown = all ? measures.people : measures.people.slice(0, FIRST_ROWS);
  return (
    <>
      <p className="insight-note">Choose a person to highlight their comments on the map.</p>
      <ol className="insight-list" aria-label="Participants, most comments first">
        {shown.map((entry) => <PersonRow key={entry.author} person={entry} chosen={entry.author === person} />)}
      </ol>
      <div className="insight-actions">
        {measures.people.length > FIRST_ROWS ? (
          <button type="button" className="button" onClick={() => setAll((now) => !now)}>{all ? `Show the first ${FIRST_ROWS}` : `Show all ${measures.people.length.toLocaleString('en')}`}</button>
        ) : null}
        <button type="button" className="button" onClick={() => downloadText(participantCsv(measures), fileNameFor(title, 'participants.csv'), 'text/csv')}>Participants CSV</button>
      </div>
      <ReplyMatrix />
    </>
  );
}

/** The thread's participants, who replies to whom, and each person's comments on the map. */
export function PeoplePanel() {
  const [open, setOpen] = useState(false);
  const count = useMapStore((state) => state.nodes.length);
  return (
    <Collapsible.Root open={open} onOpenChange={setOpen} className="insight-panel">
      <Collapsible.Trigger className="insight-toggle">
        <span aria-hidden="true" className="insight-chevron">{open ? '▾' : '▸'}</span>
        People {count > 0 ? <PeopleCount /> : null}
      </Collapsible.Trigger>
      <Collapsible.Content>{open ? <PeopleList /> : null}</Collapsible.Content>
    </Collapsible.Root>
  );
}

function PeopleCount() {
  const nodes = useMapStore((state) => state.nodes);
  // People who commented, as the summary counts them; the post's author only if they commented too.
  const count = useMemo(() => countCommenters(nodes), [nodes]);
  return <span className="insight-count">{count.toLocaleString('en')}</span>;
}
