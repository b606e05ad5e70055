import { memo, useContext } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { ThreadNode } from '../../core/map/types';
import { useAnnotation, useIsSelected } from '../../store/selectors';
import { useMapStore } from '../../store/map-store';
import { useFilterStore, useMatchState, useSuggestion } from '../../store/filter-store';
import { usePickStore } from '../../store/pick-store';
import { select, toggleCollapsed } from '../../store/actions';
import { TagBadge } from '../../components/TagBadge';
import { excerpt, formatDate } from '../../components/format';
import { LodContext } from './lod-context';
import { HiddenSummary } from './HiddenSummary';

export interface CardData extends Record<string, unknown> {
  node: ThreadNode;
  replies: number;
}

export type CardNodeType = Node<CardData, 'card'>;

const STATUS_LABEL = { deleted: '[deleted]', dead: '[dead]', removed: '[removed]' } as const;

function CollapseToggle({ id, replies }: { id: string; replies: number }) {
  const collapsed = useMapStore((state) => state.view.collapsed?.includes(id) ?? false);
  if (replies === 0) return null;
  return (
    <button
      type="button"
      className="collapse-toggle nodrag"
      // Named by its visible text ("3 replies", "12 hidden"), as speech input users say it;
      // aria-expanded tells whether the replies are shown.
      aria-expanded={!collapsed}
      onClick={(event) => {
        event.stopPropagation();
        // The toggled card becomes the selection, which the view keeps in place.
        select(id);
        toggleCollapsed(id);
      }}
    >
      {collapsed ? <HiddenSummary id={id} /> : <>{replies === 1 ? '1 reply' : `${replies} replies`} <span aria-hidden="true">▾</span></>}
    </button>
  );
}

/** One comment on the canvas; re-renders only when its own tag, note or selection changes. */
function CardNodeView({ id, data, height }: NodeProps<CardNodeType>) {
  const annotation = useAnnotation(id);
  const selected = useIsSelected(id);
  const lod = useContext(LodContext);
  const { node, replies } = data;
  const tag = annotation?.tag;
  const match = useMatchState(id);
  const hideRest = useFilterStore((state) => state.mode === 'hide');
  const suggestion = useSuggestion(id);
  const picking = usePickStore((state) => state.pick?.id === id);
  const found = match === 'match' ? 'find-match' : match === 'rest' ? (hideRest ? 'find-hidden' : 'find-dimmed') : '';
  const suggested = suggestion ? <span className={`suggested-tag ${suggestion.tag}`} title={suggestion.reason}>suggested: {suggestion.tag}</span> : null;
  const row = (height ?? 120) < 80;
  const classes = ['card', row ? 'row' : '', node.kind, `status-${node.status}`, tag ? `tag-${tag}` : '', selected ? 'selected' : '', lod === 'compact' ? 'compact' : '', found, picking ? 'picking' : '']
    .filter(Boolean)
    .join(' ');
  const body = node.status !== 'ok' && !node.text ? STATUS_LABEL[node.status] : excerpt(node.title ?? node.text, row ? 90 : 260);
  return (
    <div className={classes} data-node-id={id} data-tag={tag ?? ''} aria-label={`${node.author ?? 'comment'}${tag ? `, tagged ${tag}` : ''}`}>
      <Handle type="target" position={Position.Top} id="top" isConnectable={false} />
      <Handle type="target" position={Position.Left} id="left" isConnectable={false} />
      <div className="meta">
        {node.kind === 'claim' ? <span className="claim-label">Claim</span> : null}
        <span className="author">{node.author ?? (node.kind === 'post' ? 'Post' : node.kind === 'more' ? 'More replies' : node.kind === 'claim' ? '' : 'Comment')}</span>
        {node.createdAt ? <span className="time">{formatDate(node.createdAt)}</span> : null}
        {row ? <span className="excerpt-inline">{body}</span> : null}
        {tag && row ? <TagBadge tag={tag} /> : null}
        {row ? suggested : null}
      </div>
      {row ? null : <div className="excerpt">{body}</div>}
      {row ? null : (
        <div className="footer">
          {tag ? <TagBadge tag={tag} /> : suggested}
          {annotation?.note ? <span title="Has a note" aria-label="Has a note">✎ note</span> : null}
          <CollapseToggle id={id} replies={replies} />
        </div>
      )}
      <Handle type="source" position={Position.Bottom} id="bottom" isConnectable={false} />
      <Handle type="source" position={Position.Right} id="right" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} id="rail" isConnectable={false} style={{ left: 14 }} />
    </div>
  );
}

export const CardNode = memo(CardNodeView);

/** Defined once, outside any component, so React Flow never sees a new nodeTypes object. */
export const nodeTypes = { card: CardNode };
