import { useActions } from '../../store/editor';
import { useId, useMemo } from 'react';
import { Popover, ToggleGroup } from 'radix-ui';
import { hasBidiControls, revealBidiControls } from '../../components/bidi';
import { authorsByActivity, NO_CRITERIA, type TagFilter } from '../../core/map/find';
import { ChevronDownIcon } from '../../components/icons';
import { type FilterMode } from '../../store/map-store';
import { useMapStore } from '../../store/map-store';
import { useCodebook } from '../../store/selectors';

const ANY_CHOICES: { value: TagFilter; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'untagged', label: 'Untagged' },
];

/** The author list offers the most active authors; any other name can still be typed. */
const AUTHOR_CHOICES = 500;

function depthValue(text: string): number | null {
  const value = Number.parseInt(text, 10);
  return Number.isNaN(value) || value < 0 ? null : value;
}

function AuthorField({ id }: { id: string }) {
  const { setCriteria } = useActions();
  const nodes = useMapStore((state) => state.nodes);
  const author = useMapStore(({ find: state }) => state.criteria.author);
  const authors = useMemo(() => authorsByActivity(nodes).slice(0, AUTHOR_CHOICES), [nodes]);
  return (
    <>
      <input id={id} list={`${id}-list`} value={author} placeholder="Any author" onChange={(event) => setCriteria({ author: event.target.value })} />
      <datalist id={`${id}-list`}>
        {/* The value is the name as held (find compares it); the label shows its direction controls. */}
        {authors.map((name) => <option key={name} value={name} label={hasBidiControls(name) ? revealBidiControls(name) : undefined} />)}
      </datalist>
    </>
  );
}

/** Filters beside the find box: a tag, an author, a depth range; dim or hide the rest; suggestions. */
export function FilterMenu() {
  const { setCriteria, setFilterMode, setShowSuggestions } = useActions();
  const id = useId();
  const criteria = useMapStore(({ find: state }) => state.criteria);
  const codebook = useCodebook();
  const mode = useMapStore(({ find: state }) => state.mode);
  const showSuggestions = useMapStore(({ find: state }) => state.showSuggestions);
  const active = [criteria.tag !== 'any', criteria.author.trim() !== '', criteria.depthMin !== null || criteria.depthMax !== null].filter(Boolean).length;
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button type="button" className="button filter-trigger" aria-label={active ? `Filters (${active} on)` : 'Filters'}>
          Filters{active ? <span className="filter-count">{active}</span> : null}<ChevronDownIcon />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="filter-menu" sideOffset={6} align="end">
          <label htmlFor={`${id}-tag`}>Tag</label>
          <select id={`${id}-tag`} value={criteria.tag} onChange={(event) => setCriteria({ tag: event.target.value as TagFilter })}>
            {[...ANY_CHOICES, ...codebook.categories.map((category) => ({ value: category.id, label: category.label }))].map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
          </select>
          <label htmlFor={`${id}-author`}>Author</label>
          <AuthorField id={`${id}-author`} />
          <span className="label" id={`${id}-depth`}>Depth</span>
          <div className="depth-range" role="group" aria-labelledby={`${id}-depth`}>
            <input type="number" min={0} aria-label="Smallest depth" placeholder="from" value={criteria.depthMin ?? ''} onChange={(event) => setCriteria({ depthMin: depthValue(event.target.value) })} />
            <span aria-hidden="true">–</span>
            <input type="number" min={0} aria-label="Largest depth" placeholder="to" value={criteria.depthMax ?? ''} onChange={(event) => setCriteria({ depthMax: depthValue(event.target.value) })} />
          </div>
          <span className="label" id={`${id}-mode`}>Others</span>
          <ToggleGroup.Root type="single" className="mode-toggle" aria-labelledby={`${id}-mode`} value={mode} onValueChange={(value) => value && setFilterMode(value as FilterMode)}>
            <ToggleGroup.Item value="dim" className="button">Dim</ToggleGroup.Item>
            <ToggleGroup.Item value="hide" className="button">Hide</ToggleGroup.Item>
          </ToggleGroup.Root>
          <label className="check">
            <input type="checkbox" checked={showSuggestions} onChange={(event) => setShowSuggestions(event.target.checked)} />
            Show tag suggestions
          </label>
          <button
            type="button"
            className="button"
            disabled={!active && mode === 'dim'}
            onClick={() => {
              setCriteria({ tag: NO_CRITERIA.tag, author: '', depthMin: null, depthMax: null });
              // Back to the map as it opens: what is left of a find is dimmed, not hidden.
              setFilterMode('dim');
            }}
          >
            Clear filters
          </button>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
