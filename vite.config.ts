import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp-plugin.js';

// Reddit's JSON answers browsers without CORS headers; `npm start` and `npm run preview` relay it
// same-origin so "Open by URL" works locally (src/core/sources/url asks /proxy/reddit/...).
// THREADMAP_REDDIT_ORIGIN points the relay elsewhere: the proxy test serves a recorded answer on
// 127.0.0.1.
const redditProxy = {
  '/proxy/reddit': {
    target: process.env.THREADMAP_REDDIT_ORIGIN ?? 'https://www.reddit.com',
    changeOrigin: true,
    followRedirects: true,
    rewrite: (path: string) => path.replace(/^\/proxy\/reddit/, ''),
    headers: { 'User-Agent': 'threadmap/0.1 (local thread viewer)' },
  },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { proxy: redditProxy },
  preview: { proxy: redditProxy },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
