import { useActions, useEditor } from '../../store/editor';
import { useRef } from 'react';
import { HintTooltip } from '../../components/HintTooltip';
import { CloseIcon } from '../../components/icons';
import { commandAriaKeys, commandHint, FIELD } from '../../commands';
import { focusMap, useMapRoot } from '../../components/map-focus';
import { isFiltering } from '../../core/map/find';
import { useMapStore } from '../../store/map-store';
import { useSelectedId } from '../../store/selectors';
import { FilterMenuOnDemand } from './FilterMenuOnDemand';
import './find.css';

/** "3 of 41": where the selected card stands among the matches. */
function MatchCount() {
  const result = useMapStore(({ find: state }) => state.result);
  const selectedId = useSelectedId();
  if (!result) return null;
  const total = result.order.length;
  const position = selectedId === null ? undefined : result.graph.index.get(selectedId);
  const at = position === undefined || !result.mask[position] ? -1 : result.order.indexOf(position);
  const text = total === 0 ? 'No matches' : at >= 0 ? `${at + 1} of ${total}` : `${total} ${total === 1 ? 'match' : 'matches'}`;
  return <span className="match-count" role="status" aria-live="polite" data-testid="match-count">{text}</span>;
}

/** Find text and authors, step through the matches, filter by tag, author and depth (in the side panel). */
export function FindBar() {
  const { clearCriteria, setCriteria, stepMatch } = useActions();
  const editor = useEditor();
  const root = useMapRoot();
  const input = useRef<HTMLInputElement>(null);
  const query = useMapStore(({ find: state }) => state.criteria.query);
  const filtering = useMapStore(({ find: state }) => isFiltering(state.criteria));
  const hasMatches = useMapStore(({ find: state }) => (state.result?.order.length ?? 0) > 0);
  const hasMap = useMapStore((state) => state.nodes.length > 0);
  if (!hasMap) return null;
  return (
    <div className="find-bar" role="search">
      <div className="find-row">
        <input
          ref={input}
          data-field={FIELD.find}
          type="search"
          className="find-input"
          aria-label="Find text or author"
          // About 140 px wide beside its buttons: "Find text or author (/)" was cut to "Find text or aut". Its label says it whole.
          placeholder={`Text or author (${commandHint('find.focus').shortcut})`}
          aria-keyshortcuts={commandAriaKeys('find.focus')}
          value={query}
          onChange={(event) => setCriteria({ query: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              stepMatch(event.shiftKey ? -1 : 1);
              // Back to the map, so the next keys tag and move (] and [ step on through the matches).
              if (editor.store.getState().find.result?.order.length) focusMap(root());
            } else if (event.key === 'Escape') {
              // Back to the map; the search stays, and ] and [ step on through it.
              event.preventDefault();
              focusMap(root());
            }
          }}
        />
        <HintTooltip {...commandHint('find.previous')}>
          <button type="button" className="button icon" aria-label="Previous match" disabled={!hasMatches} onClick={() => stepMatch(-1)}>‹</button>
        </HintTooltip>
        <HintTooltip {...commandHint('find.next')}>
          <button type="button" className="button icon" aria-label="Next match" disabled={!hasMatches} onClick={() => stepMatch(1)}>›</button>
        </HintTooltip>
        <FilterMenuOnDemand />
      </div>
      {filtering ? (
        <div className="find-status">
          <MatchCount />
          <button type="button" className="inline-link" aria-label="Clear the search and filters" onClick={clearCriteria}>
            <CloseIcon /> Clear
          </button>
        </div>
      ) : null}
    </div>
  );
}
