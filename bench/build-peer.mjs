// Bundles the Shoelace peer (bench/peer/peer.js: Lit + the Shoelace components it uses), minified
// like our bundles, so its size is comparable. Output: bench-results/peer.js.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export async function buildPeer() {
  const bundle = await rollup({
    input: 'bench/peer/peer.js',
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn: (w, warn) => (w.code === 'THIS_IS_UNDEFINED' || w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w)),
  });
  await bundle.write({ file: 'bench-results/peer.js', format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return 'bench-results/peer.js';
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await buildPeer());
