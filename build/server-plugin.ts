import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { SYNC_URL_META, serverPolicy, withSyncOrigin } from './csp-plugin.js';
import { createRelay } from './relay.js';

/** Headers on every answer of the dev and preview servers; relayed answers set stricter ones. */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function withHeaders(headers: Record<string, string>): Connect.NextHandleFunction {
  return (_request: http.IncomingMessage, response: http.ServerResponse, next: Connect.NextFunction) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    next();
  };
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The built page as served with a sync server: its meta policy allows that origin, and a meta tag names the URL. */
export function withSyncUrl(html: string, syncUrl: string): string {
  const withPolicy = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_match, start: string, policy: string, end: string) => `${start}${escapeAttribute(withSyncOrigin(policy.replaceAll('&#39;', "'"), syncUrl))}${end}`);
  const tag = `<meta name="${SYNC_URL_META}" content="${escapeAttribute(syncUrl)}">`;
  return withPolicy.includes(`name="${SYNC_URL_META}"`) ? withPolicy : withPolicy.replace('</head>', `  ${tag}\n  </head>`);
}

/**
 * What `npm start`, `npm run serve` and `npm run preview` serve besides the app: security headers
 * on every answer (the Content-Security-Policy with frame-ancestors 'none') and the Reddit/Mastodon
 * relay. THREADMAP_SYNC_URL (set by `npm start` and `npm run serve`) names the live-room sync
 * server: the policy allows its origin and the page carries it in a meta tag.
 * THREADMAP_REDDIT_ORIGIN and THREADMAP_MASTODON_ORIGIN point the relay at stand-ins (tests).
 */
export function threadmapServer(): Plugin {
  const syncUrl = process.env.THREADMAP_SYNC_URL || null;
  // The dev server's hot-reload preamble is an inline script: it runs by this nonce, made anew
  // each time the server starts. The built app has no inline script and needs none.
  const nonce = randomBytes(18).toString('base64');
  const relay = () =>
    createRelay({
      redditOrigin: process.env.THREADMAP_REDDIT_ORIGIN ?? 'https://www.reddit.com',
      mastodonOrigin: process.env.THREADMAP_MASTODON_ORIGIN ?? null,
    });
  return {
    name: 'threadmap:server',
    config(_config, env) {
      if (env.command === 'serve' && !env.isPreview) return { html: { cspNonce: nonce } };
      return undefined;
    },
    transformIndexHtml() {
      return syncUrl ? [{ tag: 'meta', attrs: { name: SYNC_URL_META, content: syncUrl }, injectTo: 'head' }] : [];
    },
    configureServer(server) {
      server.middlewares.use(withHeaders(securityHeaders(serverPolicy(nonce, syncUrl))));
      server.middlewares.use(relay());
    },
    configurePreviewServer(server) {
      server.middlewares.use(withHeaders(securityHeaders(serverPolicy(undefined, syncUrl))));
      server.middlewares.use(relay());
      if (!syncUrl) return;
      // The page was built before the sync server's address was known: say it when serving.
      const index = path.resolve(server.config.root, server.config.build.outDir, 'index.html');
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? '/').split('?')[0];
        if (request.method !== 'GET' || (pathname !== '/' && pathname !== '/index.html')) return next();
        readFile(index, 'utf8').then(
          (html) => {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'no-cache');
            response.end(withSyncUrl(html, syncUrl));
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
