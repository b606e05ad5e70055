import type { Tag } from '../../../core/map/types';

/** The colours of a map image; the app passes its theme's, read from its CSS variables. */
export interface MapPalette {
  background: string;
  surface: string;
  border: string;
  text: string;
  textMuted: string;
  edge: string;
  /** Tint of the sub-debate regions. */
  region: string;
  tag: Record<Tag, { color: string; background: string }>;
}

/** The light theme of app.css, for images made outside the app (tests, scripts). */
export const LIGHT_PALETTE: MapPalette = {
  background: '#f6f7f9',
  surface: '#ffffff',
  border: '#d7dbe1',
  text: '#1b1f24',
  textMuted: '#57606a',
  edge: '#9aa3ad',
  region: '#2552c4',
  tag: {
    pro: { color: '#1a7f37', background: '#e6f4ea' },
    con: { color: '#c4271c', background: '#fdeceb' },
    question: { color: '#8250df', background: '#f1ebfc' },
  },
};

/** Reads the theme's colours from the CSS variables of an element, falling back to the light theme. */
export function readPalette(element: Element): MapPalette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const tag = (name: Tag) => ({
    color: read(`--${name}`, LIGHT_PALETTE.tag[name].color),
    background: read(`--${name}-bg`, LIGHT_PALETTE.tag[name].background),
  });
  return {
    background: read('--bg', LIGHT_PALETTE.background),
    surface: read('--surface', LIGHT_PALETTE.surface),
    border: read('--border', LIGHT_PALETTE.border),
    text: read('--text', LIGHT_PALETTE.text),
    textMuted: read('--text-muted', LIGHT_PALETTE.textMuted),
    edge: read('--edge', LIGHT_PALETTE.edge),
    region: read('--region', LIGHT_PALETTE.region),
    tag: { pro: tag('pro'), con: tag('con'), question: tag('question') },
  };
}
