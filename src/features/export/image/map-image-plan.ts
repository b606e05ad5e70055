import type { Layout } from '../../../core/layout/types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Largest canvas the PNG export draws. Browsers refuse or silently blank canvases past about
 * 16,384 px a side or 256 megapixels (less on phones); staying under both leaves room.
 */
export interface CanvasLimits {
  maxSide: number;
  maxPixels: number;
}

export const CANVAS_LIMITS: CanvasLimits = { maxSide: 16_000, maxPixels: 200_000_000 };

/** Height of the title and tag legend band above the map, in image pixels. */
export const LEGEND_HEIGHT = 64;
/** The legend needs this width however narrow the map is: its line with four-digit counts. */
export const MIN_IMAGE_WIDTH = 880;
/** Space left around the whole map, in map units. */
export const MAP_MARGIN = 24;

export interface PlanOptions {
  /** The part of the map to draw (map units); the whole map with a margin when left out. */
  clip?: Rect;
  /** Image pixels per map unit wanted; 1 when left out. */
  scale?: number;
  /** Canvas limits to respect; none (an SVG has no such limit) when left out. */
  limits?: CanvasLimits;
}

export interface ImagePlan {
  /** The part of the map drawn, in map units. */
  region: Rect;
  /** Image pixels per map unit used. */
  scale: number;
  /** The scale that was asked for; larger than `scale` when the limits forced it down. */
  requestedScale: number;
  scaledDown: boolean;
  /** Size of the whole image in pixels, legend included. */
  width: number;
  height: number;
  /** Where the map sits in the image, in image pixels. */
  mapX: number;
  mapY: number;
  mapWidth: number;
  mapHeight: number;
}

function sizeAt(region: Rect, scale: number) {
  const mapWidth = Math.max(1, Math.ceil(region.width * scale));
  const mapHeight = Math.max(1, Math.ceil(region.height * scale));
  return { mapWidth, mapHeight, width: Math.max(MIN_IMAGE_WIDTH, mapWidth), height: LEGEND_HEIGHT + mapHeight };
}

function fits(size: { width: number; height: number }, limits: CanvasLimits): boolean {
  return size.width <= limits.maxSide && size.height <= limits.maxSide && size.width * size.height <= limits.maxPixels;
}

/** The largest scale not above `scale` at which the image fits the limits. */
function cappedScale(region: Rect, scale: number, limits: CanvasLimits): number {
  const bySide = Math.min((limits.maxSide - 1) / region.width, (limits.maxSide - LEGEND_HEIGHT - 1) / region.height);
  const byArea = Math.sqrt(limits.maxPixels / Math.max(1, region.width * region.height));
  let capped = Math.min(scale, bySide, byArea);
  // The legend band and the minimum width are not in the estimates above: shrink until it fits.
  for (let step = 0; step < 200 && !fits(sizeAt(region, capped), limits); step++) capped *= 0.99;
  return capped;
}

/** Region, scale and pixel size of a map image, scaled down when a canvas could not hold it. */
export function planMapImage(layout: Layout, options: PlanOptions = {}): ImagePlan {
  const bounds = layout.bounds;
  const region: Rect = options.clip
    ? { ...options.clip }
    : { x: bounds.x - MAP_MARGIN, y: bounds.y - MAP_MARGIN, width: bounds.width + 2 * MAP_MARGIN, height: bounds.height + 2 * MAP_MARGIN };
  region.width = Math.max(1, region.width);
  region.height = Math.max(1, region.height);
  const requestedScale = options.scale ?? 1;
  const scale = options.limits ? cappedScale(region, requestedScale, options.limits) : requestedScale;
  const size = sizeAt(region, scale);
  return {
    region,
    scale,
    requestedScale,
    scaledDown: scale < requestedScale,
    ...size,
    mapX: Math.floor((size.width - size.mapWidth) / 2),
    mapY: LEGEND_HEIGHT,
  };
}
