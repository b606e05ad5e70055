import { useEffect, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { MapGraph } from '../../core/map/graph';
import type { SubDebate } from '../../core/layout/regions';
import { useSelectedId } from '../../store/selectors';
import { useCanvasModel } from './canvas-context';
import { useOpening } from './opening-context';
import { useSubDebates } from './regions-context';

/** Room left between the cards of the sub-debate and its outline, in map units. */
const PAD = 8;

/** Whether the card at `at` is in the sub-debate: it or one of its ancestors started it. */
function isIn(graph: MapGraph, region: SubDebate, at: number): boolean {
  for (let node = at; node >= 0; node = graph.parent[node]!) if (node === region.root) return true;
  return false;
}

/**
 * The sub-debate opened from its label, outlined while it is the one being read (the selected
 * card is in it), so the reader sees where it ends once its region's tint has gone with the zoom;
 * it goes when the selection leaves it. Drawn in the map's own coordinates inside React Flow's
 * viewport: the view's transform moves it, so a pan or zoom does no work here (it renders only
 * when the opening, the selection or the layout changes).
 */
export function OpenedRegionOutline() {
  const { graph } = useCanvasModel();
  const regions = useSubDebates();
  const { at, from, arrived } = useOpening();
  const selectedId = useSelectedId();
  // The smallest region a comment starts (a branch is listed after the sub-debate it lies in).
  const region = useMemo(() => (at === null ? undefined : regions.findLast((candidate) => candidate.root === at)), [regions, at]);
  const selected = selectedId === null ? undefined : graph.index.get(selectedId);
  const inside = region !== undefined && selected !== undefined && isIn(graph, region, selected);
  useEffect(() => {
    if (inside && from !== undefined) arrived();
  }, [inside, from, arrived]);
  const path = useMemo(
    () => region?.pieces.map((piece) => `M${piece.x - PAD},${piece.y - PAD}h${piece.width + 2 * PAD}v${piece.height + 2 * PAD}h${-piece.width - 2 * PAD}z`).join(''),
    [region],
  );
  if (!region || !path || !(inside || (from !== undefined && selectedId === from))) return null;
  return (
    <ViewportPortal>
      <svg className="opened-region" data-root={graph.nodes[region.root]!.id} aria-hidden="true">
        <path d={path} />
      </svg>
    </ViewportPortal>
  );
}
