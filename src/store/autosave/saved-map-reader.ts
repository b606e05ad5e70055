import { z } from 'zod';

export { readSavedMap } from '../../core/document/saved-map';
export { applyOperation } from '../../core/operations';
export { parseOperation } from '../../core/operations/schema';

// The built app runs under a Content-Security-Policy without 'unsafe-eval' (build/csp-plugin.ts).
// zod 4 compiles object parsers with new Function() after probing whether it may, and the browser
// reports that probe as a policy violation; under the policy zod falls back to this mode anyway.
// zod reaches the page only with this module (threads are read in the worker, which does the same).
z.config({ jitless: true });
