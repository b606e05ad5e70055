// The benchmark's React Flow baselines, given Threadmap's own layout (same parser, same positions):
//   ?variant=all      (A) the documented way: every node mounted as a default node (nodes neither
//                     draggable nor selectable, so that dragging pans the view, as in Threadmap)
//   ?variant=visible  (B) React Flow tuned: onlyRenderVisibleElements, a memoised custom node,
//                     sizes given (width, height, measured), dragging and connecting off
// Both open a file the way Threadmap does (read, parse, lay out, then render), so the benchmark
// times them from choosing the file, parsing included. `w`, `h`: the pane size to match
// Threadmap's; `aspect`, `mode`: the window shape and layout mode Threadmap lays out with.
import { memo, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, useReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { openInput } from '../../src/core/document/open-input';
import { layoutMap } from '../../src/core/layout';
import { buildMap } from '../../src/core/map/graph';
import type { LayoutMode } from '../../src/core/layout/types';
import { initialViewport } from '../../src/features/canvas/viewport';

const params = new URLSearchParams(window.location.search);
const variant = params.get('variant') === 'visible' ? 'visible' : 'all';
const paneWidth = Number(params.get('w') ?? 1400);
const paneHeight = Number(params.get('h') ?? 900);
const aspect = Number(params.get('aspect') ?? paneWidth / paneHeight);
const mode = (params.get('mode') ?? 'overview') as LayoutMode;
document.title = `Baseline ${variant === 'all' ? 'A: React Flow, every node mounted' : 'B: React Flow, visible nodes only'}`;

type CardData = { author: string; text: string };

/** Author and opening words at 12 px, like Threadmap's card. */
const BenchCard = memo(function BenchCard({ data }: NodeProps<Node<CardData, 'card'>>) {
  return (
    <div className="bench-card">
      <strong>{data.author}</strong> {data.text}
    </div>
  );
});
const nodeTypes = { card: BenchCard };

function ViewHandle() {
  const flow = useReactFlow();
  useEffect(() => {
    window.threadmapBench = { setViewport: (viewport) => flow.setViewport(viewport) };
  }, [flow]);
  return null;
}

const root = createRoot(document.getElementById('root')!);
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function open(file: File) {
  const opened = openInput(await file.text(), { retrievedAt: null, fileName: file.name });
  if (!opened.ok) throw new Error(opened.error.message);
  const { graph } = buildMap(opened.value.nodes);
  const layout = layoutMap(graph, { mode, aspect });
  const nodes: Node[] = Array.from(layout.visible, (at) => {
    const node = graph.nodes[at]!;
    const width = layout.width[at]!;
    const height = layout.height[at]!;
    const text = node.text.slice(0, 120);
    const author = node.author ?? '';
    return variant === 'all'
      ? { id: node.id, position: { x: layout.x[at]!, y: layout.y[at]! }, data: { label: `${author}: ${text}` }, width, height }
      : { id: node.id, type: 'card', position: { x: layout.x[at]!, y: layout.y[at]! }, data: { author, text }, width, height, measured: { width, height }, draggable: false, connectable: false, selectable: false };
  });
  const edges: Edge[] = [];
  for (const at of layout.visible) {
    const parent = graph.parent[at]!;
    if (parent >= 0) edges.push({ id: `e${at}`, source: graph.nodes[parent]!.id, target: graph.nodes[at]!.id, type: 'step' });
  }
  // The first view Threadmap gives the same map (in the overview: the whole map, fitted).
  const viewport = initialViewport(layout, graph.roots[0] ?? 0, paneWidth, paneHeight);
  root.render(
    <div style={{ width: paneWidth, height: paneHeight }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={variant === 'visible' ? nodeTypes : undefined}
        onlyRenderVisibleElements={variant === 'visible'}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        minZoom={0.001}
        defaultViewport={viewport}
        proOptions={{ hideAttribution: true }}
      >
        <ViewHandle />
      </ReactFlow>
    </div>,
  );
  // Interactive once the nodes it shows are in the DOM (all of them for A), and painted.
  const expected = variant === 'all' ? nodes.length : 1;
  while (document.querySelectorAll('.react-flow__node').length < expected) await nextFrame();
  await nextFrame();
  await nextFrame();
  document.body.dataset.benchReady = file.name;
}

document.getElementById('bench-file')!.addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void open(file);
});
