import { z } from 'zod';

// Every module of Threadmap that builds zod schemas imports `z` from here, never from 'zod'.
// zod 4 compiles object parsers with new Function() after probing, while it builds a schema,
// whether it may; the built app runs under a Content-Security-Policy without 'unsafe-eval'
// (build/csp-plugin.ts), and the browser reports that probe as a violation. A module's imports are
// evaluated before it, so importing `z` from this module turns the probe off before any schema
// is built, whatever order a bundler gives the chunks. Parsing without compiled parsers is what
// zod falls back to under the policy anyway.
z.config({ jitless: true });

export { z };
