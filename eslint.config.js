import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'test/helpers/*.js'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/best-practice']],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // Registration goes through defineElement(), which skips tags already defined.
      'wc/no-self-class': 'error',
      'wc/guard-define-call': 'off',
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai assertions such as `expect(x).to.be.true` are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['*.js', '*.mjs', 'scripts/**/*.js', 'bin/**/*.js', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark hands these functions to page.evaluate(): they run in the page.
    files: ['scripts/bench.js', 'scripts/bench-page.js', 'scripts/check-stories.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
