import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'reports/**',
      '.cem-check/**',
      'custom-elements.json',
      // The framework apps' builds and the packed package they are built against (npm test).
      'test/frameworks/apps/*/dist/**',
      'test/frameworks/apps/node_modules/**',
      // A prebuilt fixture (another site's copy of Lit 2.8.0), rebuilt by scripts/vendor-host-lit.mjs.
      'test/bundle/vendor/host-lit-*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // No HTML from strings, anywhere: attribute text is text (see CONVENTIONS.md).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with Lit templates; never innerHTML.' },
        { property: 'outerHTML', message: 'Render text with Lit templates; never outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Never insert HTML strings.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Never render HTML from strings.' }] },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      '*.config.*',
      'test/server/**/*.mjs',
      'test/frameworks/apps/shared/*.mjs',
      '.ci/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts whose callbacks run in the visitor's page (puppeteer's page.evaluate).
    files: ['test/wordpress/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/bundle/pages/**/*.js', 'bench/pages/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    // Some bench files name their globals in a `/* global */` comment as well; that is not a redeclaration.
    files: ['bench/**/*.mjs', 'bench/pages/**/*.js'],
    rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
