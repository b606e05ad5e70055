import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'threadmap.panel';
export const PANEL_MIN = 260;
export const PANEL_DEFAULT = 380;
/** The map keeps at least this share of the window. */
const MAP_SHARE_MIN = 0.4;

export interface PanelSize {
  width: number;
  collapsed: boolean;
}

/** The widest the panel may be in a window this wide. */
export function panelMax(windowWidth: number): number {
  return Math.max(PANEL_MIN, Math.round(windowWidth * (1 - MAP_SHARE_MIN)));
}

/** A width within the bounds for the window. */
export function clampPanelWidth(width: number, windowWidth: number): number {
  return Math.round(Math.min(panelMax(windowWidth), Math.max(PANEL_MIN, width)));
}

/** The width the panel starts at: the default, narrower in a narrow window. */
export function defaultPanelWidth(windowWidth: number): number {
  return clampPanelWidth(Math.min(PANEL_DEFAULT, windowWidth * 0.36), windowWidth);
}

function readSaved(): Partial<PanelSize> {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (typeof saved !== 'object' || saved === null) return {};
    const { width, collapsed } = saved as Record<string, unknown>;
    return { ...(typeof width === 'number' && Number.isFinite(width) ? { width } : {}), ...(typeof collapsed === 'boolean' ? { collapsed } : {}) };
  } catch {
    return {};
  }
}

/** The side panel's width and whether it is folded away; remembered in this browser. */
export function usePanelSize(): [PanelSize, (next: Partial<PanelSize>) => void] {
  const [size, setSize] = useState<PanelSize>(() => {
    const saved = readSaved();
    return { width: clampPanelWidth(saved.width ?? defaultPanelWidth(window.innerWidth), window.innerWidth), collapsed: saved.collapsed ?? false };
  });
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(size));
    } catch {
      // Not remembered across reloads; the size still applies now.
    }
  }, [size]);
  useEffect(() => {
    const onResize = () => setSize((current) => ({ ...current, width: clampPanelWidth(current.width, window.innerWidth) }));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const update = useCallback((next: Partial<PanelSize>) => setSize((current) => ({ ...current, ...next, width: clampPanelWidth(next.width ?? current.width, window.innerWidth) })), []);
  return [size, update];
}
