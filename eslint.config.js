import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

const uiLibraries = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/react', 'radix-ui', 'idb-keyval'];

/** A module-level binding that can change, or a store made at import: state shared by every map open on the page. */
const moduleState = [
  'Program > VariableDeclaration[kind!="const"]',
  'Program > ExportNamedDeclaration > VariableDeclaration[kind!="const"]',
  'Program > VariableDeclaration > VariableDeclarator > CallExpression[callee.name=/^(create|createStore)$/]',
  'Program > VariableDeclaration > VariableDeclarator > CallExpression[callee.callee.name=/^(create|createStore)$/]',
  'Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > CallExpression[callee.name=/^(create|createStore)$/]',
  'Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > CallExpression[callee.callee.name=/^(create|createStore)$/]',
].map((selector) => ({
  selector,
  message: 'No module-level mutable state in src/store or src/features: keep it in the editor (createEditor), in React state, or in a WeakMap keyed by the editor.',
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
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: uiLibraries, message: 'src/core stays free of React, zustand and the DOM.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'HTMLElement'],
    },
  },
  {
    // One editor per open map: two maps side by side, and tests, must never share state.
    files: ['src/store/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    // The autosave module's status store and session handle are replaced with the rebuilt persistence.
    ignores: ['**/*.test.{ts,tsx}', 'src/store/autosave/autosave-store.ts', 'src/store/autosave/index.ts'],
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
