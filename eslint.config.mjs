import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'bench-results/', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement', 'SfElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'User text must never become markup.' }] }],
      // Our elements are defined only through core define(), which guards against double registration.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'stories/**/*.ts'],
    // Test plumbing reaches into widgets' loosely typed values; production code stays strict.
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'wc/no-constructor-attributes': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', 'bench/**/*.mjs', 'examples/**/*.mjs', 'tests/sync/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
