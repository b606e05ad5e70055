import type { MapViewHandle } from '../components/map-view';
import { descendantsOf } from '../core/map/graph';
import { moveFrom, type Move } from '../core/map/navigate';
import type { LayoutMode } from '../core/layout/types';
import type { Command, CommandContext } from './types';

type EdgeStyle = MapViewHandle['model']['layout']['edgeStyle'];

/** Which way each arrow goes depends on how the layout draws replies: below, to the right, or as rows. */
function arrowMove(key: string, edgeStyle: EdgeStyle): Move | null {
  const down = { ArrowUp: 'parent', ArrowDown: 'firstReply', ArrowLeft: 'previousSibling', ArrowRight: 'nextSibling' } as const;
  const right = { ArrowLeft: 'parent', ArrowRight: 'firstReply', ArrowUp: 'previousSibling', ArrowDown: 'nextSibling' } as const;
  const rows = { ArrowLeft: 'parent', ArrowRight: 'firstReply', ArrowUp: 'previous', ArrowDown: 'next' } as const;
  const table = edgeStyle === 'down' ? down : edgeStyle === 'right' ? right : rows;
  return (table as Record<string, Move>)[key] ?? null;
}

/** Moves the selection; from no selection, the first move selects the root. */
function moveSelection(context: CommandContext, move: Move | ((edgeStyle: EdgeStyle) => Move | null)): void {
  const view = context.mapView();
  if (!view) return;
  const { graph, layout } = view.model;
  const step = typeof move === 'function' ? move(layout.edgeStyle) : move;
  const selectedId = context.selectedId();
  const selected = selectedId === null ? undefined : graph.index.get(selectedId);
  const from = selected ?? graph.roots[0];
  if (step === null || from === undefined) return;
  // As in a WAI-ARIA tree, the arrow towards the replies first opens a collapsed card.
  const fromId = graph.nodes[from]!.id;
  if (step === 'firstReply' && selected !== undefined && context.view().collapsed?.includes(fromId)) return context.actions.toggleCollapsed(fromId);
  const isShown = (position: number) => !Number.isNaN(layout.x[position]!);
  const isTagged = (position: number) => context.hasTag(graph.nodes[position]!.id);
  // From no selection the root is the first stop, but for the moves that look for something after it.
  const lookAhead = step === 'nextUntagged' || step === 'nextSubDebate';
  const to = selected === undefined && !lookAhead ? from : moveFrom(graph, from, step, { isShown, isTagged });
  context.actions.select(graph.nodes[to]!.id);
}

const onMap = (context: CommandContext) => context.mapView() !== null;
/** The selected card is on the map drawn now. */
const selectedOnMap = (context: CommandContext) => {
  const id = context.selectedId();
  return id !== null && context.mapView()?.model.graph.index.has(id) === true;
};

const LAYOUTS: { mode: LayoutMode; key: string; label: string }[] = [
  { mode: 'overview', key: '1', label: 'The whole thread on one screen: compact rows flowed into columns' },
  { mode: 'tree-down', key: '2', label: 'A top-down tree, replies below the comment they answer' },
  { mode: 'tree-right', key: '3', label: 'A left-to-right tree, replies to the right' },
  { mode: 'outline', key: '4', label: 'One row per comment, replies indented, read like the thread' },
];

/** Moving through the thread, collapsing, and the view: these need the map on screen. */
export const MAP_COMMANDS: readonly Command[] = [
  { id: 'nav.next', movesSelection: true, label: 'Next card in reading order', sheetRow: 'Next / previous card in reading order', group: 'Move through the thread', keys: ['j'], enabled: onMap, run: (context) => moveSelection(context, 'next') },
  { id: 'nav.previous', movesSelection: true, label: 'Previous card in reading order', sheetRow: 'Next / previous card in reading order', group: 'Move through the thread', keys: ['k'], enabled: onMap, run: (context) => moveSelection(context, 'previous') },
  {
    id: 'nav.arrows', movesSelection: true, label: 'Parent, first reply and siblings, following the layout', group: 'Move through the thread',
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'], enabled: onMap,
    run: (context, key) => moveSelection(context, (edgeStyle) => arrowMove(key, edgeStyle)),
  },
  { id: 'nav.untagged', movesSelection: true, label: 'Next untagged card', group: 'Move through the thread', keys: ['u'], enabled: onMap, run: (context) => moveSelection(context, 'nextUntagged') },
  { id: 'nav.nextSubDebate', movesSelection: true, label: 'Next sub-debate: the top comment of the next reply to the post', sheetRow: 'Next / previous sub-debate', group: 'Move through the thread', keys: ['}'], enabled: onMap, run: (context) => moveSelection(context, 'nextSubDebate') },
  { id: 'nav.previousSubDebate', movesSelection: true, label: 'The top of this sub-debate, then the one before', sheetRow: 'Next / previous sub-debate', group: 'Move through the thread', keys: ['{'], enabled: onMap, run: (context) => moveSelection(context, 'previousSubDebate') },
  { id: 'nav.root', movesSelection: true, label: 'The root post', group: 'Move through the thread', keys: ['Home'], enabled: onMap, run: (context) => moveSelection(context, 'root') },
  {
    id: 'map.collapse', label: 'Collapse or expand the replies (the arrow towards the replies also expands)', group: 'Move through the thread',
    keys: ['o', ' '], enabled: selectedOnMap,
    run: (context) => {
      const { graph } = context.mapView()!.model;
      const id = context.selectedId()!;
      if (descendantsOf(graph, graph.index.get(id)!).length > 0) context.actions.toggleCollapsed(id);
    },
  },
  { id: 'view.fit', label: 'Fit view: the whole map (the outline: its full width, from the top)', group: 'View and edit', keys: ['f'], enabled: onMap, run: (context) => context.mapView()!.fit() },
  ...LAYOUTS.map(({ mode, key, label }): Command => ({
    id: `layout.${mode}`, label, sheetRow: 'Layout: overview, tree down, tree right, outline', group: 'View and edit',
    keys: [key], enabled: onMap, run: (context) => context.actions.setLayout(mode),
  })),
  { id: 'view.zoomIn', label: 'Zoom in', sheetRow: 'Zoom in / out', group: 'View and edit', keys: ['+'], alsoKeys: ['='], enabled: onMap, run: (context) => context.mapView()!.zoomIn() },
  { id: 'view.zoomOut', label: 'Zoom out', sheetRow: 'Zoom in / out', group: 'View and edit', keys: ['-'], alsoKeys: ['_'], enabled: onMap, run: (context) => context.mapView()!.zoomOut() },
];
