import { memo } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';

export interface RouteData extends Record<string, unknown> {
  /** SVG path of the reply line as the layout routed it (map coordinates). */
  path: string;
}

export type RouteEdgeType = Edge<RouteData, 'route'>;

/**
 * A reply line drawn along the route the layout computed, not one React Flow guesses from the
 * two handles: the same polyline the far-out canvas, the image export and the CLI use. Quote
 * links are drawn by it too, along `quotePath`, with their arrowhead.
 */
function RouteEdgeView({ id, data, style, markerEnd, interactionWidth }: EdgeProps<RouteEdgeType>) {
  return <BaseEdge id={id} path={data?.path ?? ''} style={style} markerEnd={markerEnd} interactionWidth={interactionWidth} />;
}

export const RouteEdge = memo(RouteEdgeView);

/** Defined once, outside any component, as React Flow asks. */
export const edgeTypes = { route: RouteEdge };
