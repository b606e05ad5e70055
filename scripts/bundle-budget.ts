/**
 * The initial-JS budget: the gzip size of the JavaScript a browser must fetch before the built
 * app can start. That is every script the built index.html loads or modulepreloads, and all that
 * they import statically, file by file. Chunks loaded with import() (dialogs, the parsers'
 * page-side fallback, the sample text) and workers are fetched later and are not part of it.
 *
 *   npx tsx scripts/bundle-budget.ts [dist]     prints each file and the total; exits 1 over budget
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { Parser } from 'htmlparser2';

/**
 * 232 KB (1 KB = 1,000 bytes), gzip at its highest level, as `gzip -9` measures it. It was 241 KB
 * until the autosave (IndexedDB, the operation log) and the Filters menu moved to chunks loaded
 * beside the page (240.9 → 228.5 KB, with the fixes that came with them). It was 250 KB
 * until the editor's operation stream, coders' layers and the live-room controls came to the page
 * (257 KB with the insight panels, agreement measures, Yjs and the sync client loaded on demand),
 * and 260 KB until codebooks did (259.0 → 261.6 KB: the codebook operation and its refusal, the
 * per-codebook command table, buttons, counts and filters; the codebook dialog loads on demand),
 * and 263 KB until the canvas layer drew cards' text as mounted cards do (262.9 → 263.2 KB: the
 * shared card wording, names cut to their card, one participant rule for the region labels, and
 * slices that wait for a painted frame), and 264 KB until what the first screen does not show
 * loaded on demand (263.9 → 238.6 KB: the export menu with the exporters and the image export
 * just after the first paint; the Paste, Open URL, saved-maps, shortcut, coder's-name and merge
 * dialogs when first asked for, or when the page is idle for those a key opens).
 */
export const INITIAL_JS_BUDGET_BYTES = 232_000;

export interface LoadedScript {
  /** Path inside the build folder, or "index.html (inline script N)". */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** What index.html loads itself: script sources, modulepreloads, and the code of inline scripts. */
function scriptsOfPage(html: string): { urls: string[]; inline: string[] } {
  const urls: string[] = [];
  const inline: string[] = [];
  let inScript: { text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') {
          if (attributes.src) urls.push(attributes.src);
          else inScript = { text: '' };
        }
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        if (name === 'link' && rel.includes('modulepreload') && attributes.href) urls.push(attributes.href);
      },
      ontext(text) {
        if (inScript) inScript.text += text;
      },
      onclosetag(name) {
        if (name === 'script' && inScript) {
          if (inScript.text.trim()) inline.push(inScript.text);
          inScript = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { urls, inline };
}

/** The build-folder path a URL of the page (or a specifier in one of its files) points at. */
function fileOf(distDir: string, specifier: string, from: string | null): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(specifier) || specifier.startsWith('//')) {
    throw new Error(`${from ?? 'index.html'} loads ${specifier} from elsewhere; the budget counts only files of the build`);
  }
  const pathname = specifier.split(/[?#]/)[0]!;
  if (pathname.startsWith('/')) return path.join(distDir, pathname);
  if (!pathname.startsWith('.')) throw new Error(`${from ?? 'index.html'} imports the bare specifier "${specifier}", which a browser cannot load`);
  return path.resolve(from ? path.dirname(from) : distDir, pathname);
}

/** Specifiers of a module's static imports and re-exports (never import(), never import.meta). */
function staticImports(code: string): string[] {
  const [imports] = parse(code);
  return imports.filter((entry) => entry.d === -1 && entry.n !== undefined).map((entry) => entry.n!);
}

const measure = (file: string, code: Buffer): LoadedScript => ({ file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });

/** Every script the built page loads before it can start, each measured once, largest first. */
export async function initialScripts(distDir: string): Promise<LoadedScript[]> {
  await init;
  const { urls, inline } = scriptsOfPage(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  const measured: LoadedScript[] = inline.map((code, i) => measure(`index.html (inline script ${i + 1})`, Buffer.from(code)));
  const pending = [...inline.flatMap((code) => staticImports(code).map((specifier) => fileOf(distDir, specifier, null))), ...urls.map((url) => fileOf(distDir, url, null))];
  const seen = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    measured.push(measure(path.relative(distDir, file), code));
    pending.push(...staticImports(code.toString('utf8')).map((specifier) => fileOf(distDir, specifier, file)));
  }
  return measured.sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

async function main(): Promise<void> {
  const distDir = path.resolve(process.argv[2] ?? 'dist');
  const scripts = await initialScripts(distDir);
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  for (const script of scripts) console.log(`  ${kb(script.gzipBytes).padStart(9)} gzip  ${kb(script.bytes).padStart(9)} raw  ${script.file}`);
  const within = total <= INITIAL_JS_BUDGET_BYTES;
  console.log(`Initial JS: ${kb(total)} gzipped in ${scripts.length} ${scripts.length === 1 ? 'file' : 'files'}, budget ${kb(INITIAL_JS_BUDGET_BYTES)}: ${within ? 'within' : `OVER by ${kb(total - INITIAL_JS_BUDGET_BYTES)}`}.`);
  process.exitCode = within ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`The initial JS could not be measured: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
