import type { Participant } from '../../core/live';

interface PeopleListProps {
  people: Participant[];
  /** This page's own client id, listed first as "you". */
  self: number;
  following: number | null;
  onFollow: (clientId: number | null) => void;
}

/** Who is in the room, in their colours, with the card each is on and a Follow button. */
export function PeopleList({ people, self, following, onFollow }: PeopleListProps) {
  const sorted = [...people].sort((a, b) => (a.clientId === self ? -1 : b.clientId === self ? 1 : a.name.localeCompare(b.name)));
  return (
    <ul className="live-people" aria-label="People in the room">
      {sorted.map((person) => {
        const you = person.clientId === self;
        const followed = following === person.clientId;
        return (
          <li key={person.clientId}>
            <span className="live-swatch" style={{ background: person.colour }} aria-hidden="true" />
            <span className="live-person">
              <bdi>{person.name}</bdi>
              {you ? <span className="live-you"> (you)</span> : null}
            </span>
            {you ? null : (
              <button type="button" className="button small" aria-pressed={followed} aria-label={followed ? `Stop following ${person.name}` : `Follow ${person.name}`} onClick={() => onFollow(followed ? null : person.clientId)}>
                {followed ? 'Following' : 'Follow'}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
