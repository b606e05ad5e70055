import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * tsconfig.core.json type-checks src/core without the DOM's types (npm test runs it). This
 * compiles a file of the core under it and under the app's tsconfig.json, to show the difference
 * is there: what names the DOM fails in the core, and the platform the core does use compiles.
 */

/** The type errors of `code` as the file src/core/probe.ts, under the compiler options of `config`. */
function typeErrors(config: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.resolve(config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const probe = path.resolve('src/core/probe.ts');
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language) => (path.resolve(file) === probe ? ts.createSourceFile(file, code, language) : getSourceFile(file, language));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === probe || fileExists(file);
  const program = ts.createProgram([probe], parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const DOM_USE = 'export const title = (): string => document.title + String(window.innerWidth) + String(requestAnimationFrame) + String(getComputedStyle);\n';
const PLATFORM_USE = "export const where = (): string => new URL('https://example.org/a').host + new TextDecoder().decode(new Uint8Array([104])) + String(new AbortController().signal.aborted);\n";

describe('the type check of the core', () => {
  it('refuses the DOM in src/core, which the app’s own check allows', () => {
    const errors = typeErrors('tsconfig.core.json', DOM_USE);
    for (const name of ['document', 'window', 'requestAnimationFrame', 'getComputedStyle']) expect(errors.join('\n')).toContain(`Cannot find name '${name}'`);
    expect(typeErrors('tsconfig.json', DOM_USE)).toEqual([]);
  });

  it('allows the platform the core runs on everywhere: URL, TextDecoder, AbortController', () => {
    expect(typeErrors('tsconfig.core.json', PLATFORM_USE)).toEqual([]);
  });
});
