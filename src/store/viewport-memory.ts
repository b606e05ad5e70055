/**
 * The canvas's pan and zoom, remembered outside the store: it changes on every gesture, and
 * putting it in the store would re-render and re-save the map each time. It is written into the
 * document only when the document is written (export, autosave).
 */
export interface RememberedViewport {
  x: number;
  y: number;
  zoom: number;
}

let remembered: RememberedViewport | null = null;

export function rememberViewport(viewport: RememberedViewport | null): void {
  remembered = viewport === null ? null : { x: viewport.x, y: viewport.y, zoom: viewport.zoom };
}

export function rememberedViewport(): RememberedViewport | null {
  return remembered;
}
