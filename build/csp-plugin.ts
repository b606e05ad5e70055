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
  // The thread APIs the app calls: Reddit through the same-origin relay ('self'), Hacker News at
  // hn.algolia.com, and Mastodon, whose instances are any host a person names, so every https:
  // origin has to be allowed for it (which also covers hn.algolia.com; it is listed to say so).
  "connect-src 'self' https://hn.algolia.com https:",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** A script element that carries its code inline instead of loading a file. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/i;
const INLINE_HANDLER = /<[^>]+\son[a-z]+\s*=/i;

/**
 * Adds the Content-Security-Policy meta tag to the built index.html, and fails the build when the
 * page has inline script the policy would block. Build only: the dev server injects inline
 * scripts for hot reload.
 */
export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
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
