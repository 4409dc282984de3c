import defineCalls from './scripts/cem-define-plugin.mjs';
import tokens from './scripts/cem-tokens-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [defineCalls(), tokens()],
};
