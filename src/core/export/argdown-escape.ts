/*
 * Escaping for Argdown (checked against @argdown/core's lexer). Within one line of statement
 * text these characters would start markup, so a backslash goes before them:
 *   \            the escape character itself
 *   [ ] <        statement and argument references, definitions, links, <!-- comments -->
 *   # * _ {      tags, bold/italic (even inside a word: Argdown reads user_1_ as italics), YAML data
 *   / before /   // line comments (a /* comment needs the `*`, which is always escaped)
 *   = in a run   === front matter
 *   . and :      only where `.x.` or `:x:` would read as a shortcode (":lol:" → 😆, ".A." → ∀)
 * Relation markers (+ - > _ at a line start) cannot occur because the text never starts a line.
 * A lone `>` or `}` starts nothing and stays as it is, so quotes and code read as written.
 */

const ALWAYS = new Set(['\\', '[', ']', '<', '#', '*', '_', '{']);

/** One line of text made safe as Argdown statement text: the parser gives back exactly this text. */
export function escapeArgdownText(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (ALWAYS.has(char) || (char === '/' && line[i + 1] === '/') || (char === '=' && (line[i - 1] === '=' || line[i + 1] === '='))) {
      out += `\\${char}`;
    } else if ((char === '.' || char === ':') && opensShortcode(line, i)) {
      out += `\\${char}`;
    } else {
      out += char;
    }
  }
  return out;
}

/** True when a `.x.` / `:x:` span (no whitespace inside, at least one character) starts at `start`. */
function opensShortcode(line: string, start: number): boolean {
  const char = line[start]!;
  for (let i = start + 1; i < line.length; i++) {
    const next = line[i]!;
    if (/\s/.test(next)) return false;
    if (next === char && i > start + 1) return true;
  }
  return false;
}

/** A statement title Argdown accepts: one line, no square brackets, at most 100 characters. */
export function statementTitle(raw: string): string {
  // A reference "[-…]" is not one to Argdown, so a leading hyphen becomes a dash.
  const title = raw.replace(/\[/g, '(').replace(/\]/g, ')').replace(/\s+/g, ' ').trim().replace(/^-/, '–');
  if (title === '') return 'untitled';
  return title.length > 100 ? `${title.slice(0, 99).trimEnd()}…` : title;
}
