#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles src/cli/main.ts and the core it imports on load.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
