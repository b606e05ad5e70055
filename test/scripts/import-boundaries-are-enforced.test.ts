import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, run on sample files given as strings.
const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the import-boundary rule for a file at `filePath` holding `code`. */
async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const uses = (...paths: string[]) => paths.map((from, i) => `import * as m${i} from '${from}';\nconsole.log(m${i});\n`).join('');

describe('the import boundaries in eslint.config.js', () => {
  it('forbid one feature folder importing another, at any depth inside it', async () => {
    expect(await boundaryMessages('src/features/canvas/sample.tsx', uses('../export/image/export-image'))).toEqual([
      expect.stringContaining('One feature never imports another'),
    ]);
    expect(await boundaryMessages('src/features/export/image/sample.ts', uses('../../canvas/canvas-context'))).toHaveLength(1);
    expect(await boundaryMessages('src/features/find/sample.ts', uses('../../features/annotate/TagButtons', '../../app/App'))).toHaveLength(2);
  });

  it('let a feature import its own files, the commands, the store, shared components and the core', async () => {
    const code = uses('./fit-view', '../canvas/lod', '../../commands', '../../store/actions', '../../components/map-view', '../../core/layout');
    expect(await boundaryMessages('src/features/canvas/sample.tsx', code)).toEqual([]);
    expect(await boundaryMessages('src/features/export/image/sample.ts', uses('../download', './rasterize', '../../../core/layout'))).toEqual([]);
  });

  it('keep the core to itself, and the store, commands and components below the features', async () => {
    expect(await boundaryMessages('src/core/map/sample.ts', uses('../../store/actions'))).toEqual([expect.stringContaining('src/core imports nothing outside')]);
    expect(await boundaryMessages('src/core/map/sample.ts', uses('./graph', '../layout'))).toEqual([]);
    expect(await boundaryMessages('src/core/map/sample.ts', uses('react'))).toEqual([expect.stringContaining('free of React')]);
    expect(await boundaryMessages('src/store/sample.ts', uses('../features/canvas/MapCanvas', '../app/App', '../commands'))).toHaveLength(3);
    expect(await boundaryMessages('src/store/autosave/sample.ts', uses('../../features/library/LibraryDialog', '../map-store'))).toHaveLength(1);
    expect(await boundaryMessages('src/commands/sample.ts', uses('../features/find/FindBar', '../store/actions'))).toHaveLength(1);
    expect(await boundaryMessages('src/components/sample.tsx', uses('../commands', '../core/map/types'))).toHaveLength(1);
  });
});
