import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Threads are written by strangers: even if some
 * comment markup ever reached the page, the browser would refuse to run it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Only the app's own bundle runs: no inline script, no eval, no script from anywhere else.
  "script-src 'self'",
  // 'unsafe-inline' for styles: Radix dialogs and menus lock page scrolling by adding a <style>
  // element (react-remove-scroll). React Flow places every node, edge and the viewport with inline
  // styles too, set through the CSSOM, which style-src does not govern. Styles cannot run script,
  // and what they could load is held to 'self' by img-src and font-src.
  "style-src 'self' 'unsafe-inline'",
  // data: and blob: for images the app draws itself (canvas snapshots, image export).
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The thread APIs the app calls: Hacker News at hn.algolia.com; Reddit and Mastodon through the
  // same-origin relay of `npm start` and `npm run preview` ('self'). Mastodon servers are any host
  // a person names, and a policy cannot grow at run time, so they are relayed rather than allowed.
  // Where live rooms are served, withSyncOrigin adds the one sync server's origin here.
  "connect-src 'self' https://hn.algolia.com",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The name of the meta tag that tells the app where its live-room sync server is. */
export const SYNC_URL_META = 'threadmap-sync-url';

/** The origin of a sync server's WebSocket URL (`ws:` or `wss:` only), as connect-src names it. */
export function syncOrigin(syncUrl: string): string {
  const url = new URL(syncUrl);
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new Error(`The sync URL must start with ws:// or wss://, not ${url.protocol}`);
  return `${url.protocol}//${url.host}`;
}

/** The policy with exactly one more connect-src source: the sync server's origin (none when `syncUrl` is empty). */
export function withSyncOrigin(policy: string, syncUrl: string | null | undefined): string {
  if (!syncUrl) return policy;
  const origin = syncOrigin(syncUrl);
  return policy
    .split('; ')
    .map((directive) => (directive.startsWith('connect-src ') && !directive.split(' ').includes(origin) ? `${directive} ${origin}` : directive))
    .join('; ');
}

/**
 * The policy the servers send as a header: the page's policy, plus what only a header can say
 * (a meta tag cannot forbid framing: browsers ignore frame-ancestors there and warn about it).
 * `scriptNonce` lets the dev server's inline hot-reload preamble run; `syncUrl` allows the sync server.
 */
export function serverPolicy(scriptNonce?: string, syncUrl?: string | null): string {
  const base = withSyncOrigin(CONTENT_SECURITY_POLICY, syncUrl);
  const policy = scriptNonce ? base.replace("script-src 'self'", `script-src 'self' 'nonce-${scriptNonce}'`) : base;
  return `${policy}; frame-ancestors 'none'`;
}

// Both patterns read this project's own index.html, never text from elsewhere.
/* eslint-disable regexp/no-super-linear-move */
/** A script element that carries its code inline instead of loading a file. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/i;
const INLINE_HANDLER = /<[^>]+\son[a-z]+\s*=/i;
/* eslint-enable regexp/no-super-linear-move */

/**
 * Adds the Content-Security-Policy meta tag to the built index.html, and fails the build when the
 * page has inline script the policy would block. Build only: the dev server injects inline
 * scripts for hot reload. THREADMAP_SYNC_URL at build time allows that sync server in the page.
 */
export function contentSecurityPolicy(policy: string = withSyncOrigin(CONTENT_SECURITY_POLICY, process.env.THREADMAP_SYNC_URL)): Plugin {
  return {
    name: 'threadmap:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = INLINE_SCRIPT.exec(html) ?? INLINE_HANDLER.exec(html);
        if (inline) throw new Error(`index.html has inline script that the Content-Security-Policy would block: ${inline[0]}`);
        return {
          html,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
