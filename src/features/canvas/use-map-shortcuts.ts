import { useActions, useEditor } from '../../store/editor';
import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { descendantsOf } from '../../core/map/graph';
import { moveFrom, type Move } from '../../core/map/navigate';
import { TAGS, type Tag } from '../../core/map/types';
import type { CanvasModel } from './canvas-context';
import { fitWholeMap } from './fit-view';
import { CLEAR_TAG_KEY, LAYOUT_KEYS, TAG_KEYS } from '../../components/keymap';
import type { LayoutMode } from '../../core/layout/types';

// Inputs that take no typing: after choosing a file, J and K must move through the new map.
const NON_TEXT_INPUTS = new Set(['file', 'button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'image']);

/** Keys typed into a field belong to the field. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

const TAG_BY_KEY = new Map<string, Tag>(TAGS.map((tag) => [TAG_KEYS[tag], tag]));
const LAYOUT_BY_KEY = new Map<string, LayoutMode>(Object.entries(LAYOUT_KEYS).map(([mode, key]) => [key, mode as LayoutMode]));

function arrowMove(key: string, edgeStyle: CanvasModel['layout']['edgeStyle']): Move | null {
  const down = { ArrowUp: 'parent', ArrowDown: 'firstReply', ArrowLeft: 'previousSibling', ArrowRight: 'nextSibling' } as const;
  const right = { ArrowLeft: 'parent', ArrowRight: 'firstReply', ArrowUp: 'previousSibling', ArrowDown: 'nextSibling' } as const;
  const rows = { ArrowLeft: 'parent', ArrowRight: 'firstReply', ArrowUp: 'previous', ArrowDown: 'next' } as const;
  const table = edgeStyle === 'down' ? down : edgeStyle === 'right' ? right : rows;
  return (table as Record<string, Move>)[key] ?? null;
}

/** Tagging, moving, collapsing and view keys on the open map. */
export function useMapShortcuts(model: CanvasModel): void {
  const { requestTag, select, setLayout, toggleCollapsed } = useActions();
  const editor = useEditor();
  const flow = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      const { graph, layout } = model;
      const state = editor.store.getState();
      const selected = state.selectedId === null ? undefined : graph.index.get(state.selectedId);
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;

      if (key === 'f') return void fitWholeMap(flow, layout, width, height);
      if (key === '+' || key === '=') return void flow.zoomIn({ duration: 120 });
      if (key === '-' || key === '_') return void flow.zoomOut({ duration: 120 });
      if (key === 'Escape') return select(null);
      const layoutMode = LAYOUT_BY_KEY.get(key);
      if (layoutMode) return setLayout(layoutMode);

      const move: Move | null =
        key === 'j' ? 'next' : key === 'k' ? 'previous' : key === 'u' ? 'nextUntagged' : key === 'Home' ? 'root' : arrowMove(key, layout.edgeStyle);
      if (move) {
        event.preventDefault();
        const from = selected ?? graph.roots[0];
        if (from === undefined) return;
        // As in a WAI-ARIA tree, the arrow towards the replies first opens a collapsed card.
        const fromId = graph.nodes[from]!.id;
        if (move === 'firstReply' && selected !== undefined && state.view.collapsed?.includes(fromId)) return toggleCollapsed(fromId);
        const isShown = (position: number) => !Number.isNaN(layout.x[position]!);
        const isTagged = (position: number) => state.annotations[graph.nodes[position]!.id]?.tag !== undefined;
        const to = selected === undefined && move !== 'nextUntagged' ? from : moveFrom(graph, from, move, { isShown, isTagged });
        select(graph.nodes[to]!.id);
        return;
      }
      if (selected === undefined) return;
      const id = graph.nodes[selected]!.id;
      const tag = TAG_BY_KEY.get(key);
      if (tag) return void requestTag(id, tag);
      if (key === CLEAR_TAG_KEY) return void requestTag(id, null);
      if (key === 'n') {
        event.preventDefault();
        document.getElementById('note-editor')?.focus();
        return;
      }
      if (key === 'o' || (key === ' ' && !(event.target instanceof HTMLButtonElement))) {
        event.preventDefault();
        if (descendantsOf(graph, selected).length > 0) toggleCollapsed(id);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [model, flow, width, height, editor, requestTag, select, setLayout, toggleCollapsed]);
}
