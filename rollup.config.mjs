// Bundles for embedding, built from tsc's unbundled output in dist/ (run `tsc` first: `npm run build`).
//  - dist/strong-finish.js: the whole kit, Lit inlined, one <script type="module"> for any page.
//  - dist/standalone/<tag>.js: one widget with Lit inlined (what the 12 KB per-widget budget measures).
// Translations are dynamic imports, so they become small chunks loaded only when a page needs them.
import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './scripts/minify-templates.mjs';

const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`) && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

const plugins = () => [
  // `production` drops Lit's dev-mode warnings and checks.
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  minifyTemplates(),
  terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 3, unsafe_arrows: true } }),
];

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: 'dist/all.js',
    output: { dir: 'dist', entryFileNames: 'strong-finish.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
  ...elements.map((tag) => ({
    input: `dist/${tag}/define.js`,
    output: { dir: 'dist/standalone', entryFileNames: `${tag}.js`, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  })),
];
