import defineCalls from './scripts/cem-define-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [defineCalls()],
};
