/// <reference lib="webworker" />
import { z } from 'zod';
import { openInput, type OpenInputContext } from '../../core/document/open-input';
import type { ThreadmapDocument } from '../../core/document/types';
import type { Result } from '../../core/result';

/** What the page asks: open this text as a document. */
export interface OpenRequest {
  id: number;
  text: string;
  context: OpenInputContext;
}

/** What the worker answers: progress while it works, then the result of openInput. */
export type OpenReply =
  | { id: number; type: 'progress'; stage: string }
  | { id: number; type: 'done'; result: Result<ThreadmapDocument> };

// As in the page (src/app/zod-without-eval.ts): a deployment that serves the app with a
// Content-Security-Policy header gives the worker the same policy, and zod's eval probe would be
// reported as a violation.
z.config({ jitless: true });

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: OpenReply) => scope.postMessage(message);

/*
 * Reading a 20,000-comment thread takes a second or more of parsing and checking; here it does not
 * stop the page from painting progress or answering input.
 */
scope.onmessage = (event: MessageEvent<OpenRequest>) => {
  const { id, text, context } = event.data;
  reply({ id, type: 'progress', stage: 'reading the thread' });
  const result = openInput(text, context);
  if (result.ok) reply({ id, type: 'progress', stage: `handing over ${result.value.nodes.length.toLocaleString('en-US')} nodes` });
  reply({ id, type: 'done', result });
};
