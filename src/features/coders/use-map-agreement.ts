import { useEffect, useState } from 'react';
import type { MapAgreement } from '../../core/agreement';
import { useEditor } from '../../store/editor';
import { documentOfState } from '../../store/editor/create-editor';
import { useMapStore } from '../../store/map-store';
import { measureAgreement, WORKER_UNITS, type AgreementResponse } from './agreement-messages';

/** The agreement of the open map's coders, measured again when a layer changes; null while being measured. */
export function useMapAgreement(): MapAgreement | null {
  const editor = useEditor();
  const layers = useMapStore((state) => state.layers);
  const nodes = useMapStore((state) => state.nodes);
  const [result, setResult] = useState<{ layers: unknown; nodes: unknown; value: MapAgreement } | null>(null);
  useEffect(() => {
    const doc = documentOfState(editor.store.getState());
    if (!doc) return;
    let cancelled = false;
    const done = (value: MapAgreement) => !cancelled && setResult({ layers, nodes, value });
    if (nodes.length <= WORKER_UNITS || typeof Worker === 'undefined') {
      // Small maps take a few milliseconds: after a frame, so the dialog paints first.
      const timer = setTimeout(() => done(measureAgreement(doc)), 0);
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    }
    const worker = new Worker(new URL('./agreement.worker.ts', import.meta.url), { type: 'module', name: 'threadmap-agreement' });
    worker.onmessage = (event: MessageEvent<AgreementResponse>) => done(event.data.result);
    worker.postMessage({ id: 1, doc });
    return () => {
      cancelled = true;
      worker.terminate();
    };
  }, [editor, layers, nodes]);
  return result && result.layers === layers && result.nodes === nodes ? result.value : null;
}
