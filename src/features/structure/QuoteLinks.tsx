import { useActions } from '../../store/editor';
import { excerpt } from '../../components/format';
import { nameAndWords } from '../../core/map/author-name';
import { useMapStore } from '../../store/map-store';
import { useGraph } from '../../store/selectors';

function CardName({ id }: { id: string }) {
  const { select } = useActions();
  const graph = useGraph();
  const at = graph.index.get(id);
  const node = at === undefined ? undefined : graph.nodes[at];
  const name = node ? nameAndWords(node, (words) => excerpt(words, 40)) : id;
  return <button type="button" className="inline-link" onClick={() => select(id)}>{name}</button>;
}

/** The quote links of one card: what it quotes (removable) and what quotes it. */
export function QuoteLinks({ id }: { id: string }) {
  const { removeQuote } = useActions();
  const links = useMapStore((state) => state.links);
  const quotes = links.filter((link) => link.from === id);
  const quotedBy = links.filter((link) => link.to === id);
  if (quotes.length === 0 && quotedBy.length === 0) return null;
  return (
    <ul className="quote-links" aria-label="Quote links">
      {quotes.map((link) => (
        <li key={`q-${link.to}-${link.kind}`}>
          <span>Quotes</span> <CardName id={link.to} />
          <button type="button" className="inline-link danger" aria-label="Remove this quote link" onClick={() => removeQuote(link.from, link.to)}>Remove</button>
        </li>
      ))}
      {quotedBy.map((link) => (
        <li key={`b-${link.from}-${link.kind}`}>
          <span>Quoted by</span> <CardName id={link.from} />
        </li>
      ))}
    </ul>
  );
}
