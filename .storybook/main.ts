import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';

/**
 * Vite 8 transpiles TypeScript with Oxc, which does not lower our decorators; esbuild does it here,
 * with the same settings as tsc (legacy decorators, no define semantics for class fields).
 */
const lowerDecorators = {
  name: 'strong-finish:decorators',
  enforce: 'pre' as const,
  async transform(code: string, id: string) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const result = await transform(code, {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    return { code: result.code, map: result.map };
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [lowerDecorators, ...(viteConfig.plugins ?? [])];
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};
export default config;
