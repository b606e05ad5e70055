/// <reference lib="webworker" />
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

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: OpenReply) => scope.postMessage(message);

/*
 * Reading a 20,000-comment thread takes a second or more of parsing and checking; here it does not
 * stop the page from painting progress or answering input.
 */
/*
 * A first parse pays for compiling the parsers. The page starts this worker when it is idle, and
 * the worker reads a small thread of its own at once, so a user's first file is read warm.
 */
const WARM_UP = JSON.stringify({
  id: 1,
  type: 'story',
  author: 'a',
  title: 'Warm-up',
  created_at: '2026-01-01T00:00:00.000Z',
  children: [1, 2, 3].map((n) => ({
    id: 1 + n,
    type: 'comment',
    author: `b${n}`,
    parent_id: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    text: 'It&#x27;s <i>here</i>.<p>See <a href="https:&#x2F;&#x2F;example.com&#x2F;">https:&#x2F;&#x2F;example.com&#x2F;</a><p><pre><code>x</code></pre>',
    children: [],
  })),
});
openInput(WARM_UP, { retrievedAt: null });

scope.onmessage = (event: MessageEvent<OpenRequest>) => {
  const { id, text, context } = event.data;
  reply({ id, type: 'progress', stage: 'reading the thread' });
  const result = openInput(text, context);
  if (result.ok) reply({ id, type: 'progress', stage: `handing over ${result.value.nodes.length.toLocaleString('en-US')} nodes` });
  reply({ id, type: 'done', result });
};
