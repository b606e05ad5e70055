import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { MapGraph } from '../src/core/map/graph';
import { BASELINE_CARD } from './baselines';

const elk = new ELK();

/**
 * ELK's tree algorithm (mrtree), the other auto-layout React Flow's docs show: 280×120 nodes with
 * the same gaps as the other baselines. Returns the size of the drawing.
 */
export async function layoutWithElkTree(graph: MapGraph): Promise<{ width: number; height: number }> {
  const { width, height, gapX, gapY } = BASELINE_CARD;
  const children: ElkNode[] = graph.nodes.map((_, at) => ({ id: String(at), width, height }));
  const edges: ElkExtendedEdge[] = [];
  for (let at = 0; at < graph.nodes.length; at++) {
    const parent = graph.parent[at]!;
    if (parent >= 0) edges.push({ id: `e${at}`, sources: [String(parent)], targets: [String(at)] });
  }
  const graphIn: ElkNode = {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'mrtree', 'elk.direction': 'DOWN', 'elk.spacing.nodeNode': String(gapX), 'elk.mrtree.spacing.nodeNodeBetweenLayers': String(gapY) },
    children,
    edges,
  };
  const laidOut: ElkNode = await elk.layout(graphIn);
  return { width: laidOut.width ?? 0, height: laidOut.height ?? 0 };
}
