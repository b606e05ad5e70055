import type { Editor } from '../../../store/editor';
import { visibleAnnotationsOf } from '../../../store/own-annotation';
import { visibleRect } from '../../../core/layout/visible-rect';
import { fileNameFor } from '../../../components/download';
import { CANVAS_LIMITS, type ImagePlan } from './map-image-plan';
import { rasterizeSvg } from './rasterize';
import { downloadBlob } from '../../../components/download';
import { renderMapImage, type RenderOptions } from './render-map-svg';
import { renderDebatesImage } from './render-debates-svg';
import { readPalette } from './svg-palette';
import { yieldToBrowser } from '../../../components/yield-to-browser';

export type ImageExportKind = 'png-whole' | 'svg-whole' | 'png-view' | 'png-debates';

export const IMAGE_EXPORTS: readonly { kind: ImageExportKind; label: string; hint: string }[] = [
  { kind: 'png-whole', label: 'Export PNG (whole map)', hint: '.png' },
  { kind: 'svg-whole', label: 'Export SVG (whole map)', hint: '.svg' },
  { kind: 'png-view', label: 'Export PNG (current view)', hint: '.png' },
  { kind: 'png-debates', label: 'Export PNG (sub-debates at a glance)', hint: '.png' },
];

const count = (value: number) => value.toLocaleString('en-US');
const size = (plan: Pick<ImagePlan, 'width' | 'height'>) => `${count(plan.width)} × ${count(plan.height)} px`;

/** The PNG notice, leading with the scale when the image had to be drawn smaller than asked. */
function pngNotice(what: string, plan: ImagePlan, cards: string, fileName: string): string {
  if (!plan.scaledDown) return `Exported ${what} as PNG (${size(plan)}, ${cards}) to ${fileName}.`;
  const full = { width: Math.ceil(plan.region.width * plan.requestedScale), height: Math.ceil(plan.region.height * plan.requestedScale) };
  const percent = (plan.scale / plan.requestedScale) * 100;
  const shown = percent >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  return (
    `Exported ${what} as PNG scaled to ${shown}% (${size(plan)}, ${cards}) to ${fileName}: at full size (${size(full)}) it is more than ` +
    `a browser canvas holds (${count(CANVAS_LIMITS.maxSide)} px a side, ${CANVAS_LIMITS.maxPixels / 1_000_000} megapixels). Export SVG keeps the full size.`
  );
}

/**
 * Exports the map on screen as an image: the whole map as SVG or PNG, or the part in view as PNG,
 * each with the tag legend and in the current theme's colours. PNGs are drawn from the same SVG,
 * scaled down when a canvas could not hold them; the notice says so.
 *
 * The current view is the same renderer clipped to the visible rect rather than html-to-image's
 * DOM capture: only cards near the view are mounted, and zoomed out there are none at all (the
 * canvas layer draws them), so a DOM capture would miss cards; the renderer needs no cloned DOM,
 * inlined styles or fetched fonts, and loads only a blob: image, which the app's CSP allows.
 */
export async function exportMapImage(editor: Editor, kind: ImageExportKind): Promise<void> {
  const { showError, showNotice } = editor.actions;
  const state = editor.store.getState();
  const { source, links, canvas } = state;
  // What the map shows this person: a coder coding blind draws only their own tags.
  const annotations = visibleAnnotationsOf(state);
  if (!canvas.model || !canvas.frame || !source) {
    showError({ kind: 'invalidDocument', message: 'There is no map on screen to export as an image.' });
    return;
  }
  const { graph, layout } = canvas.model;
  const frame = canvas.frame;
  const options: RenderOptions = { palette: readPalette(document.documentElement), title: source.title, links };
  let what = 'the whole map';
  let fileName = fileNameFor(source.title, kind === 'svg-whole' ? 'svg' : 'png');
  if (kind === 'png-view') {
    const view = frame();
    if (view.width === 0 || view.height === 0) {
      showError({ kind: 'invalidDocument', message: 'The map is not on screen, so there is no current view to export.' });
      return;
    }
    options.clip = visibleRect([view.x, view.y, view.zoom], view.width, view.height);
    // Zoomed out, the view is drawn at full card size rather than at the screen's tiny scale.
    options.scale = Math.max(1, view.zoom) * (window.devicePixelRatio || 1);
    what = 'the current view';
    fileName = fileNameFor(source.title, 'view.png');
  }
  if (kind !== 'svg-whole') options.limits = CANVAS_LIMITS;

  try {
    showNotice(`Drawing ${what}…`);
    await yieldToBrowser();
    if (kind === 'png-debates') {
      const image = renderDebatesImage(graph, layout, annotations, options);
      fileName = fileNameFor(source.title, 'sub-debates.png');
      downloadBlob(await rasterizeSvg(image.svg, image.plan.width, image.plan.height), fileName);
      showNotice(`Exported the sub-debates as PNG (${size(image.plan)}, ${count(image.labels)} named, ${count(image.cards)} cards as blocks) to ${fileName}.`);
      return;
    }
    const image = renderMapImage(graph, layout, annotations, options);
    const cards = `${count(image.cards)} ${image.cards === 1 ? 'card' : 'cards'}`;
    if (kind === 'svg-whole') {
      downloadBlob(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
      showNotice(`Exported ${what} as SVG (${size(image.plan)}, ${cards}) to ${fileName}.`);
      return;
    }
    const png = await rasterizeSvg(image.svg, image.plan.width, image.plan.height);
    downloadBlob(png, fileName);
    showNotice(pngNotice(what, image.plan, cards, fileName));
  } catch (error) {
    showNotice(null);
    const reason = error instanceof Error ? error.message : String(error);
    showError({ kind: 'invalidDocument', message: `The image export failed: ${reason}. Try Export SVG, which has no size limit.` });
  }
}
