import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import { readdirSync } from 'node:fs';

const uiLibraries = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/react', 'radix-ui', 'idb'];
const coreStaysPlain = { group: uiLibraries, message: 'src/core stays free of React, zustand and the DOM.' };

/**
 * Imports flow one way: app → features → commands → store → core, with components shared below
 * the features. Relative import strings are checked, so each rule is written for the depth of the
 * file inside its folder: from src/features/canvas/x.ts, `../export/…` leaves the feature; from
 * src/features/export/image/x.ts it takes `../../canvas/…`. Tests compose pieces freely.
 */
const MAX_DEPTH = 5;
const up = (times) => `^(\\.\\./){${times}}`;
function layerRules(folder, below, patternsAt) {
  return Array.from({ length: MAX_DEPTH }, (_, depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: patternsAt(depth + below) }] },
  }));
}
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const boundaryRules = [
  ...features.flatMap((feature) =>
    layerRules(`features/${feature}`, 2, (toSrc) => [
      { regex: `${up(toSrc - 1)}(?!${feature}(/|$))[^./]`, message: `One feature never imports another: move what ${feature} shares to src/components, src/store or src/core.` },
      { regex: `${up(toSrc)}(features/(?!${feature}(/|$))|app(/|$))`, message: 'Features never import another feature or the app shell.' },
    ]),
  ),
  ...layerRules('core', 1, (toSrc) => [coreStaysPlain, { regex: up(toSrc), message: 'src/core imports nothing outside src/core.' }]),
  ...layerRules('store', 1, (toSrc) => [{ regex: `${up(toSrc)}(features|app|commands)(/|$)`, message: 'src/store never imports features, commands or the app shell.' }]),
  ...layerRules('commands', 1, (toSrc) => [{ regex: `${up(toSrc)}(features|app)(/|$)`, message: 'The command registry never imports features or the app shell: they import it.' }]),
  ...layerRules('components', 1, (toSrc) => [{ regex: `${up(toSrc)}(features|app|commands)(/|$)`, message: 'Shared components never import features, commands or the app shell.' }]),
];

/** A module-level binding that can change, or a store made at import: state shared by every map open on the page. */
const moduleState = [
  'Program > VariableDeclaration[kind!="const"]',
  'Program > ExportNamedDeclaration > VariableDeclaration[kind!="const"]',
  'Program > VariableDeclaration > VariableDeclarator > CallExpression[callee.name=/^(create|createStore)$/]',
  'Program > VariableDeclaration > VariableDeclarator > CallExpression[callee.callee.name=/^(create|createStore)$/]',
  'Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > CallExpression[callee.name=/^(create|createStore)$/]',
  'Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > CallExpression[callee.callee.name=/^(create|createStore)$/]',
  // A Map, Set, WeakMap or class instance made at import, which could change later (a constant
  // typed ReadonlySet or ReadonlyMap is fine).
  'Program > VariableDeclaration > VariableDeclarator:not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly(Set|Map)$/]) > NewExpression',
  'Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator:not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly(Set|Map)$/]) > NewExpression',
].map((selector) => ({
  selector,
  message: 'No module-level mutable state in src/store or src/features: keep it in the editor (createEditor, or editor.resource for a feature\'s workers and caches) or in React state.',
}));

/** The rules that keep state per map (test/scripts/module-state-rule.test.ts checks they catch it). */
const moduleStateRules = { 'no-restricted-syntax': ['error', ...moduleState] };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'bench/results', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The core runs in the browser, a worker, the CLI and tests alike: plain TypeScript only.
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [coreStaysPlain],
      }],
      // The DOM is kept out by the type check too (tsconfig.core.json has no DOM library); Node's
      // own globals, which that check lets through, are refused here.
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'HTMLElement', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'],
    },
  },
  ...boundaryRules,
  {
    // One editor per open map: two maps side by side, and tests, must never share state.
    files: ['src/store/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: moduleStateRules,
  },
  {
    // These read text written by strangers: a pattern that backtracks can take minutes on one
    // long comment (a 400 KB <pre> once took 140 s). Tests may use any pattern on their own data.
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'build/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
