import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { MapState } from '../map-store';
import type { Editor } from './create-editor';

const EditorContext = createContext<Editor | null>(null);

/** Hands one map's editor to everything under it; two providers hold two independent maps. */
export function EditorProvider({ editor, children }: { editor: Editor; children?: ReactNode }) {
  return createElement(EditorContext.Provider, { value: editor }, children);
}

/** The editor of the map this component belongs to. */
export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor is used outside an EditorProvider');
  return editor;
}

/** The actions of this component's editor, bound to it. */
export const useActions = () => useEditor().actions;

/** Reads one value of this component's map; re-renders only when that value changes. */
export function useMapStore<T>(selector: (state: MapState) => T): T {
  return useStore(useEditor().store, selector);
}
