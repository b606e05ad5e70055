import { z } from 'zod';

// The built app runs under a Content-Security-Policy without 'unsafe-eval' (build/csp-plugin.ts).
// zod 4 compiles object parsers with new Function() after probing whether it may, and the browser
// reports that probe as a policy violation; under the policy zod falls back to this mode anyway.
z.config({ jitless: true });
