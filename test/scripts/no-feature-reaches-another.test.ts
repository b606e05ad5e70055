import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The lint rule reads import strings by pattern, static imports only. This reads every way a
 * module names another (static and dynamic imports, re-exports, `new URL(…, import.meta.url)` for
 * workers), resolves the path, and checks where it lands: one feature never reaches another, nor
 * the app shell.
 */

const SRC = path.resolve('src');
const SPECIFIERS = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bnew\s+URL\(\s*['"]([^'"]+)['"]/g];

/** The feature folder (or `app`) a path under src lies in, or null. */
function ownerOf(file: string): string | null {
  const [top, feature] = path.relative(SRC, file).split(path.sep);
  if (top === 'app') return 'app';
  return top === 'features' && feature ? `features/${feature}` : null;
}

/** What a file of feature `file` names outside its own feature, in another feature or the app shell. */
export function crossings(file: string, code: string): string[] {
  const own = ownerOf(file);
  const found: string[] = [];
  for (const pattern of SPECIFIERS) {
    for (const [, specifier] of code.matchAll(pattern)) {
      if (!specifier!.startsWith('.')) continue;
      const target = ownerOf(path.resolve(path.dirname(file), specifier!));
      if (target !== null && target !== own) found.push(`${path.relative(SRC, file)} → ${specifier}`);
    }
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mts|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('no feature reaches another', () => {
  it('finds every form of reaching across: dynamic, re-exported, a worker URL, a path that climbs back, any depth', () => {
    const file = path.join(SRC, 'features/canvas/deep/er/still/inside/sample.ts');
    const code = [
      "const m = import('../../../../../export/ExportMenu');",
      "export { x } from '../../../../../find/FindBar';",
      "new Worker(new URL('../../../../../export/image/worker.ts', import.meta.url));",
      "import '../../../../../../app/app.css';",
      "import { lod } from './../../../../../canvas/lod';",
      "import { y } from '../../../../../canvas/../library/LibraryDialog';",
    ].join('\n');
    expect(crossings(file, code)).toHaveLength(5);
  });

  it('holds for every source file of src/features', () => {
    const found = sourceFiles(path.join(SRC, 'features')).flatMap((file) => crossings(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
