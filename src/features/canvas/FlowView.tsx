import { useActions } from '../../store/editor';
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ReactFlow, useConnection, useReactFlow, useStore, ViewportPortal, type Edge, type FinalConnectionState, type ReactFlowState } from '@xyflow/react';
import { ancestorsOf } from '../../core/map/graph';
import { useSelectedId } from '../../store/selectors';
import { useMapStore } from '../../store/map-store';
import { useMapMasks } from '../../store/insight-view';
import { useCanvasModel } from './canvas-context';
import { nodeTypes, type CardNodeType } from './CardNode';
import { newElementCache, toFlowElements } from './flow-elements';
import { edgeTypes } from './RouteEdge';
import { DetachedReplyLines } from './DetachedReplyLines';
import { cardTextRoom, MAX_ZOOM, MIN_ZOOM, textScaleFor, type Lod } from './lod';
import { LodContext } from './lod-context';
import { mountRegionKey, nextMountRegion, parseMountRegion, type MountRegion } from './mount-region';
import { useMapTree } from './use-map-tree';
import { useFollowSelection } from './use-follow-selection';
import { controlsAndNoticeOver, coveredBoxes } from './covered';
import { useMountSlices } from './use-mount-slices';
import { CARDS_PER_SLICE } from './mount-slices';
import { useOpening } from './opening-context';
import './lod.css';

/**
 * More cards than this in a view's area of the mounted region and the canvas layer draws them,
 * with their text, instead: each mounted card costs every frame of a pan (React Flow runs a
 * selector per card and per line, and the browser paints it), and 600 of them took seconds to
 * mount on a busy 2-core machine.
 */
const MOUNT_BUDGET_PER_VIEW = 180;

/**
 * While a reply line is dragged, a line from its card to the pointer. Drawn here because React
 * Flow draws its own connection line only when nodes are connectable, which they are not.
 */
const ReplyDragContext = createContext<{ x: number; y: number } | null>(null);
function ReplyDragLine() {
  const from = useContext(ReplyDragContext);
  const to = useConnection((connection) => (connection.inProgress ? connection.to : null));
  if (!from || !to) return null;
  return (
    <ViewportPortal>
      <svg className="reply-drag" aria-hidden="true">
        <path className="reply-drag-line" d={`M${from.x},${from.y} L${to.x},${to.y}`} />
      </svg>
    </ViewportPortal>
  );
}
const refuseHandles = () => false;
const ignore = () => undefined;
const NO_CARDS: readonly number[] = [];

interface FlowViewProps {
  hold?: boolean;
  cardsOnly?: boolean;
  wholeJumps?: boolean;
  onSlicing: (slicing: boolean) => void;
}

/**
 * `hold`: mount no cards yet (a new map whose first view is not set). `cardsOnly`: full cards at
 * every zoom and no mount budget, for the benchmark's "without level of detail" contestant.
 * `wholeJumps`: the benchmark's switch to mount a jump's cards at once. `onSlicing`: told while
 * the cards of a jump are being mounted a slice per frame (see useMountSlices), when the canvas
 * layer draws those still waiting.
 */
export function FlowView({ hold = false, cardsOnly = false, wholeJumps = false, onSlicing }: FlowViewProps) {
  const { reparent, select, setViewport } = useActions();
  const onNodeClick = useCallback((_: unknown, node: CardNodeType) => select(node.id), [select]);
  const { graph, layout, index } = useCanvasModel();
  // The region mounted is kept while it holds the view (see nextMountRegion): the selector reads
  // the one last rendered, and returns a string so that an unchanged region re-renders nothing.
  const held = useRef<MountRegion | null>(null);
  const regionSelector = useCallback(
    (state: ReactFlowState) => mountRegionKey(nextMountRegion(held.current, state.transform, state.width, state.height, cardsOnly)),
    [cardsOnly],
  );
  const regionKey = useStore(regionSelector);
  const region = useMemo(() => parseMountRegion(regionKey), [regionKey]);
  useLayoutEffect(() => {
    held.current = region;
  }, [region]);
  // Cards lay their text out at this scale and are enlarged back: type stays 12 px on screen.
  const textScale = useStore((state) => textScaleFor(state.transform[2]));
  const selectedId = useSelectedId();
  const flow = useReactFlow();
  const links = useMapStore((state) => state.links);
  const [dragFrom, setDragFrom] = useState<{ x: number; y: number } | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const selectedPosition = selectedId === null ? undefined : graph.index.get(selectedId);
  const chain = useMemo(() => new Set(selectedPosition === undefined ? [] : ancestorsOf(graph, selectedPosition)), [graph, selectedPosition]);

  const { x, y, width, height } = region;
  // At a chosen time, cards written later are not mounted (the layout stays as it is).
  const { shown } = useMapMasks(graph);
  const positions = useMemo(
    () => {
      if (hold || region.lod === 'overview') return [];
      const found = index.query(x, y, width, height).filter((at) => !shown || shown[at]);
      // The selected card is the map's focus (its tree item): it is mounted even while the view
      // is still on its way to it.
      if (selectedPosition !== undefined && !Number.isNaN(layout.x[selectedPosition]!) && !found.includes(selectedPosition)) found.push(selectedPosition);
      return found;
    },
    [hold, index, region.lod, x, y, width, height, shown, selectedPosition, layout],
  );
  const paneWidth = useStore((state) => state.width);
  const paneHeight = useStore((state) => state.height);
  const views = (width * height * region.step * region.step) / Math.max(1, paneWidth * paneHeight);
  const lod: Lod = !cardsOnly && positions.length > MOUNT_BUDGET_PER_VIEW * Math.max(1, views) ? 'overview' : region.lod;
  // Cards of the tree modes and the outline share one height: their room for text is the same.
  const cardHeight = layout.visible.length > 0 ? layout.height[layout.visible[layout.visible.length - 1]!]! : 0;
  const room = cardTextRoom(cardHeight, textScale, lod);
  const flowStyle = useMemo(() => ({ '--text-scale': textScale, '--excerpt-lines': room.lines }) as React.CSSProperties, [textScale, room.lines]);
  // The comment a sub-debate was opened at, and the selected card (the map's focus), mount first.
  const openedAt = useOpening().at;
  const first = useMemo(() => [openedAt, selectedPosition].filter((at): at is number => at !== null && at !== undefined && positions.includes(at)), [openedAt, selectedPosition, positions]);
  const mounting = useMountSlices(lod === 'overview' ? NO_CARDS : positions, layout, first, wrapper, onSlicing, wholeJumps ? Infinity : CARDS_PER_SLICE);
  // Cards and lines made for this layout are reused as the view moves; a new layout starts afresh.
  const cache = useMemo(() => newElementCache(layout), [layout]);
  const elements = useMemo(
    () => (mounting.length === 0 ? { nodes: [], edges: [], detached: [] } : toFlowElements(graph, layout, mounting, chain, cache, links)),
    [graph, layout, mounting, chain, links, cache],
  );

  // The view follows the selection, and is told of every move of the view, its glides' own and others'.
  // The controls over the map are in the pane that holds this view; a notice shown counts too.
  const covered = useCallback(() => coveredBoxes(wrapper.current?.parentElement, controlsAndNoticeOver), []);
  const noteMoveStart = useFollowSelection(selectedId, selectedPosition, layout, covered);

  useMapTree(elements.nodes.length > 0);

  // Re-parent by dragging a reply line's end at the card onto the new parent card.
  const onReconnectStart = (_: unknown, edge: Edge) => {
    const at = graph.index.get(edge.target);
    if (at === undefined) return;
    const down = layout.edgeStyle === 'down';
    setDragFrom({ x: layout.x[at]! + (down ? layout.width[at]! / 2 : 0), y: layout.y[at]! + (down ? 0 : layout.height[at]! / 2) });
  };
  const onReconnectEnd = (event: MouseEvent | TouchEvent, edge: Edge, _: unknown, _state: FinalConnectionState) => {
    setDragFrom(null);
    const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!pointer) return;
    const point = flow.screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
    const hit = index.query(point.x, point.y, 1, 1)[0];
    if (hit !== undefined && graph.nodes[hit]!.id !== edge.target) reparent(edge.target, graph.nodes[hit]!.id);
  };

  return (
    <LodContext.Provider value={lod}>
      <ReplyDragContext.Provider value={dragFrom}>
        <ReactFlow
          nodes={elements.nodes}
          edges={elements.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={(event) => {
            // Far out, cards are pixels on the canvas layer: find the one under the pointer.
            const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
            const hit = index.query(point.x, point.y, 1, 1)[0];
            select(hit === undefined ? null : graph.nodes[hit]!.id);
          }}
          // While the view moves, the cards ignore the pointer (see lod.css); a class set on the
          // element, not state, so a pan re-renders nothing.
          onMoveStart={() => {
            wrapper.current?.classList.add('moving');
            noteMoveStart();
          }}
          onMoveEnd={(_, viewport) => {
            wrapper.current?.classList.remove('moving');
            setViewport(viewport);
          }}
          ref={wrapper}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          // Space folds the selected card's replies (React Flow would take it for panning).
          panActivationKeyCode={null}
          // The map's keyboard is its own (a WAI-ARIA tree); React Flow's node descriptions
          // would make each card's wrapper an element the tree may not contain.
          disableKeyboardA11y
          proOptions={{ hideAttribution: true }}
          onReconnect={ignore}
          onReconnectStart={onReconnectStart}
          onReconnectEnd={onReconnectEnd}
          isValidConnection={refuseHandles}
          aria-label="Argument map"
          style={flowStyle}
          className={[textScale < 1 ? 'scaled-text' : '', room.footer ? '' : 'no-footer'].filter(Boolean).join(' ') || undefined}
        >
          <DetachedReplyLines layout={layout} detached={elements.detached} chain={chain} />
          <ReplyDragLine />
        </ReactFlow>
      </ReplyDragContext.Provider>
    </LodContext.Provider>
  );
}
