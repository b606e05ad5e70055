import { useActions, useEditor } from '../../store/editor';
import { memo, useContext, useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { usePresenceOn } from '../../components/presence';
import { TAG_SYMBOL, type ThreadNode } from '../../core/map/types';
import { useCardState } from './use-card-state';
import { TagBadge } from '../../components/TagBadge';
import { categoryOf } from '../../core/document/codebook';
import { useCodebook } from '../../store/selectors';
import { CoderBadges } from '../../components/CoderBadges';
import { formatDate } from '../../components/format';
import { cardAuthor, cardBody } from './card-text';
import { LodContext } from './lod-context';
import { HiddenSummary, useHiddenSummary } from './HiddenSummary';
import { IsolatedName, revealBidiControls } from '../../components/bidi';
import { focusMapTree, mapHoldsFocus, useMapRoot } from '../../components/map-focus';

export interface CardData extends Record<string, unknown> {
  node: ThreadNode;
  replies: number;
  /** Depth in the reply tree (the root is 0): the card's level in the map's tree semantics. */
  depth?: number;
}

export type CardNodeType = Node<CardData, 'card'>;

/**
 * Where a card's reply lines attach, as plain elements with the classes and data React Flow
 * measures, not its Handle components: each of those subscribed to the flow's store, and ran a
 * selector for every card on every frame of a pan.
 */
const ANCHORS = [
  { id: 'top', type: 'target', position: 'top' },
  { id: 'left', type: 'target', position: 'left' },
  { id: 'bottom', type: 'source', position: 'bottom' },
  { id: 'right', type: 'source', position: 'right' },
  { id: 'rail', type: 'source', position: 'bottom' },
] as const;
const anchors = ANCHORS.map(({ id, type, position }) => (
  <div key={id} className={`react-flow__handle react-flow__handle-${position} ${type}`} data-handleid={id} data-handlepos={position} style={id === 'rail' ? { left: 14 } : undefined} />
));

function CollapseToggle({ id, replies, author, collapsed }: { id: string; replies: number; author: string; collapsed: boolean }) {
  const { select, toggleCollapsed } = useActions();
  const summary = useHiddenSummary(id, collapsed);
  if (replies === 0) return null;
  const shown = replies === 1 ? '1 reply' : `${replies} replies`;
  return (
    <button
      type="button"
      className="collapse-toggle nodrag"
      // Not a Tab stop of its own: the card is, and Space, O or the first-reply arrow toggle it.
      // Named by its visible text (as speech input users say it), then whose replies they are.
      tabIndex={-1}
      aria-expanded={!collapsed}
      onClick={(event) => {
        event.stopPropagation();
        // The toggled card becomes the selection, which the view keeps in place.
        select(id);
        toggleCollapsed(id);
      }}
    >
      {collapsed ? (
        <>
          <HiddenSummary summary={summary} />{' '}
          <span className="visually-hidden">under {author}</span>
        </>
      ) : (
        <>
          {shown}{' '}
          <span className="visually-hidden">to {author}</span> <span aria-hidden="true">▾</span>
        </>
      )}
    </button>
  );
}

/**
 * A card is a treeitem with a roving tab index: the selected card (the root while nothing is
 * selected) is the map's one Tab stop, and it takes focus when selected while the map has it.
 */
function useTreeFocus(selected: boolean) {
  const element = useRef<HTMLDivElement>(null);
  const root = useMapRoot();
  useEffect(() => {
    if (selected && element.current && document.activeElement !== element.current && mapHoldsFocus(root())) element.current.focus({ preventScroll: true });
  }, [selected, root]);
  // A focused card that leaves the screen (fit view, a jump far away) would drop the focus on the
  // page, where no ring shows it: the map keeps it, framed, until the selected card is drawn again.
  useLayoutEffect(() => {
    const card = element.current;
    return () => {
      if (card && document.activeElement === card) focusMapTree(root());
    };
  }, [root]);
  return element;
}

/**
 * One comment on the canvas. It reads only its own entries (its annotation, selection, match,
 * presence), so a change to another card does not render it; a new level of detail or codebook does.
 */
function CardNodeView({ id, data, height }: NodeProps<CardNodeType>) {
  const { select } = useActions();
  const editor = useEditor();
  const lod = useContext(LodContext);
  const { node, replies, depth } = data;
  const { annotation, selected, tabStop, collapsed, match, picking, dimmed: outside, suggestFrom } = useCardState(id, node, replies);
  const element = useTreeFocus(selected);
  const tag = annotation?.tag;
  const codebook = useCodebook();
  const category = categoryOf(annotation);
  const categoryLabel = category === undefined ? undefined : (codebook.categories.find((entry) => entry.id === category)?.label ?? category);
  const badge = category === undefined ? null : <TagBadge tag={tag} label={categoryLabel} recheck={annotation?.recheck} />;
  // Where the footer and its badge give way (compact cards, short cards), the tag stays readable
  // by its symbol before the author, not by the stripe's colour alone (lod.css shows it there only).
  const mark = category === undefined ? null : (
    <span className={`tag-mark ${tag ?? 'no-tag'}`} title={categoryLabel}>
      <span aria-hidden="true">{tag ? TAG_SYMBOL[tag] : '•'}</span>
      <span className="visually-hidden">{categoryLabel}</span>
    </span>
  );
  const suggestion = suggestFrom ? editor.derived.suggestionsOf(suggestFrom).get(id) : undefined;
  const present = usePresenceOn(id);
  // Under "hide" the layout holds only matches and their ancestors, which are dimmed for context;
  // the selected card is never dimmed.
  const found = match === 'match' ? 'find-match' : (match === 'rest' || outside) && !selected ? 'find-dimmed' : '';
  const suggested = suggestion ? <span className={`suggested-tag ${suggestion.tag}`} title={suggestion.reason}>suggested: {suggestion.tag}</span> : null;
  const row = (height ?? 120) < 80;
  const classes = ['card', row ? 'row' : '', node.kind, `status-${node.status}`, tag ? `tag-${tag}` : '', selected ? 'selected' : '', lod === 'compact' ? 'compact' : '', found, picking ? 'picking' : '', present.length > 0 ? 'presence' : '']
    .filter(Boolean)
    .join(' ');
  const author = cardAuthor(node);
  const runIn = lod === 'compact' && !row;
  const spokenAuthor = node.author ? revealBidiControls(node.author) : node.kind === 'post' ? 'the post' : `this ${node.kind === 'more' ? 'stub' : node.kind}`;
  const body = cardBody(node, row ? 90 : 260);
  return (
    <div
      ref={element}
      className={classes}
      data-node-id={id}
      data-tag={tag ?? ''}
      data-category={category ?? ''}
      data-presence={present.length > 0 ? present.map((mark) => mark.name).join(', ') : undefined}
      // The first person here outlines the card in their colour (live rooms).
      style={present.length > 0 ? ({ '--presence': present[0]!.colour } as CSSProperties) : undefined}
      role="treeitem"
      tabIndex={tabStop ? 0 : -1}
      aria-level={depth === undefined ? undefined : depth + 1}
      aria-selected={selected}
      aria-expanded={replies > 0 ? !collapsed : undefined}
      // Selection follows focus (a single-select tree): Tab into the map selects its way in.
      onFocus={(event) => {
        if (event.target === event.currentTarget && editor.store.getState().selectedId === null) select(id);
      }}
    >
      {present.length > 0 ? <span className="presence-names" style={{ background: present[0]!.colour }}>{present.map((mark) => mark.name).join(', ')}<span className="visually-hidden"> here</span></span> : null}
      <div className="meta" hidden={runIn}>
        {row || runIn ? null : mark}
        {node.kind === 'claim' ? <span className="claim-label">Claim</span> : null}
        {author ? <IsolatedName className="author" name={author} /> : null}
        {node.createdAt ? <span className="time">{formatDate(node.createdAt)}</span> : null}
        {row ? <span className="excerpt-inline">{body}</span> : null}
        {row ? badge : null}
        {row ? suggested : null}
        {row ? <CoderBadges id={id} /> : null}
      </div>
      {anchors}
      {row ? null : (
        <div className="excerpt">
          {/* Compact cards run the author into the comment's first line: one more line of text. */}
          {runIn ? (
            <>
              {mark}
              {node.kind === 'claim' ? <span className="claim-label">Claim</span> : null}
              {author ? <><IsolatedName className="author run-in" name={author} />{' '}</> : null}
            </>
          ) : null}
          {body}
        </div>
      )}
      {row ? null : (
        <div className="footer">
          {badge ?? suggested}
          {annotation?.note ? <span title="Has a note" aria-label="Has a note">✎ note</span> : null}
          <CoderBadges id={id} />
          <CollapseToggle id={id} replies={replies} author={spokenAuthor} collapsed={collapsed} />
        </div>
      )}
    </div>
  );
}

export const CardNode = memo(CardNodeView);

/** Defined once, outside any component, so React Flow never sees a new nodeTypes object. */
export const nodeTypes = { card: CardNode };
