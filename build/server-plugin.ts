import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { Connect, Plugin } from 'vite';
import { serverPolicy } from './csp-plugin.js';
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

/**
 * What `npm start` and `npm run preview` serve besides the app: security headers on every answer
 * (the Content-Security-Policy with frame-ancestors 'none') and the Reddit/Mastodon relay.
 * THREADMAP_REDDIT_ORIGIN and THREADMAP_MASTODON_ORIGIN point the relay at stand-ins (tests).
 */
export function threadmapServer(): Plugin {
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
    configureServer(server) {
      server.middlewares.use(withHeaders(securityHeaders(serverPolicy(nonce))));
      server.middlewares.use(relay());
    },
    configurePreviewServer(server) {
      server.middlewares.use(withHeaders(securityHeaders(serverPolicy())));
      server.middlewares.use(relay());
    },
  };
}
