// The benchmark's baseline: the documented way to show a tree with React Flow: every node
// mounted as a default node, every edge drawn, no level of detail, no virtualisation. Nodes are
// not draggable, so that the benchmark's drag pans the view as it does in Threadmap.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

declare global {
  interface Window {
    renderBaseline(nodes: Node[], edges: Edge[]): Promise<void>;
    fitBaseline(): Promise<void>;
  }
}

let fit: (() => Promise<boolean>) | null = null;

function FitHandle() {
  const flow = useReactFlow();
  useEffect(() => {
    fit = () => flow.fitView({ minZoom: 0.001 });
  }, [flow]);
  return null;
}

const root = createRoot(document.getElementById('root')!);
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

window.renderBaseline = async (nodes, edges) => {
  root.render(
    <ReactFlowProvider>
      <ReactFlow nodes={nodes} edges={edges} nodesDraggable={false} minZoom={0.001} defaultViewport={{ x: 0, y: 0, zoom: 0.75 }} />
      <FitHandle />
    </ReactFlowProvider>,
  );
  // Interactive once every node is in the DOM (this page mounts them all), and painted.
  while (document.querySelectorAll('.react-flow__node').length < nodes.length) await nextFrame();
  await nextFrame();
  await nextFrame();
};

window.fitBaseline = async () => {
  await fit?.();
  await nextFrame();
};
