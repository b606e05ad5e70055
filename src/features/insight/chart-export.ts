import { downloadBlob, fileNameFor } from '../../components/download';

/**
 * A chart's SVG as a file of its own: the theme's colours written in (CSS variables and
 * `currentColor` mean nothing outside the page) and a background, so it reads anywhere.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  const width = svg.viewBox.baseVal?.width || svg.clientWidth;
  const height = svg.viewBox.baseVal?.height || svg.clientHeight;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('style', `color: ${style.color}; font-family: ${style.fontFamily}; font-size: 12px`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(svg.ownerDocument.body).backgroundColor);
  copy.insertBefore(background, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

function chartFileName(title: string | null, name: string, extension: string): string {
  return fileNameFor(title, `${name}.${extension}`);
}

/** Downloads a chart as SVG. */
export function downloadChartSvg(svg: SVGSVGElement, title: string | null, name: string): void {
  downloadBlob(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), chartFileName(title, name, 'svg'));
}

/** Downloads a chart as a PNG at twice its size on screen, drawn from the same SVG. */
export async function downloadChartPng(svg: SVGSVGElement, title: string | null, name: string): Promise<void> {
  const text = standaloneSvg(svg);
  const width = svg.viewBox.baseVal?.width || svg.clientWidth;
  const height = svg.viewBox.baseVal?.height || svg.clientHeight;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * 2);
  canvas.height = Math.round(height * 2);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser gave no canvas to draw the image on');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the image');
  downloadBlob(blob, chartFileName(title, name, 'png'));
}
