import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp-plugin.js';
import { threadmapServer } from './build/server-plugin.js';

export default defineConfig({
  // threadmapServer: security headers and the same-origin relay that lets "Open URL" read Reddit
  // and Mastodon under `npm start` and `npm run preview` (see build/relay.ts).
  plugins: [react(), contentSecurityPolicy(), threadmapServer()],
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
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**', '**/*-grows-*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // How run time grows with size, measured with nothing else running: beside other test
        // files on two cores, shared caches lifted a linear layout's measured growth by 0.1–0.2.
        extends: true,
        test: {
          name: 'growth',
          include: ['src/**/*-grows-*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
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
