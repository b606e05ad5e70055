import { Parser } from 'htmlparser2';
import { safeHref } from './rich-text';

/** A target that can be written into plain text as it stands: visible ASCII, no spaces. */
const WRITABLE = /^[!-~]+$/;

/**
 * The plain text of `html` with each link target it spells out written as the source's href had
 * it. The text gets a target where a label hides or truncates it, in the URL parser's form (the
 * safe form every clickable link keeps), which percent-encodes characters such as a quote; the
 * reader should see what the author linked (HN item 14954422 links to a URL ending in a quote).
 */
export function withSourceTargets(text: string, html: string, base?: string | null): string {
  if (!text || !html.includes('href')) return text;
  const swaps = new Map<string, string>();
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const raw = name === 'a' ? attribs['href']?.trim() : undefined;
        if (!raw || !WRITABLE.test(raw) || !URL.canParse(raw)) return;
        const parsed = safeHref(raw, base);
        // Only a target the parser spelt differently, and that the text holds in that spelling.
        if (parsed !== null && parsed !== raw && text.includes(parsed)) swaps.set(parsed, raw);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  if (swaps.size === 0) return text;
  // Longest first, so a target that begins another is not swapped inside it.
  let out = text;
  for (const [parsed, raw] of [...swaps].sort((a, b) => b[0].length - a[0].length)) out = out.split(parsed).join(raw);
  return out;
}
