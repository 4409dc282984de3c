// custom-elements-manifest analyzer plugin: the elements register through our own `define(tag, Class)`
// (src/core/define.ts), which the analyzer does not recognise as `customElements.define`. This reads
// every `src/<folder>/define.ts`, gives the class its `tagName` and adds the
// `custom-element-definition` export, so editors, Storybook and the checks see each tag.
import { readdirSync, readFileSync, existsSync } from 'node:fs';

export function defineCalls(root = 'src') {
  const found = [];
  for (const d of readdirSync(root, { withFileTypes: true })) {
    const file = `${root}/${d.name}/define.ts`;
    if (!d.isDirectory() || !existsSync(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/\bdefine\(\s*'([a-z][a-z0-9-]*-[a-z0-9-]*)'\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g)) {
      found.push({ file, tag: m[1], className: m[2] });
    }
  }
  return found;
}

export default function defineCallsPlugin() {
  return {
    name: 'strong-finish:define-calls',
    packageLinkPhase({ customElementsManifest: cem }) {
      for (const { file, tag, className } of defineCalls()) {
        const home = cem.modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const decl = home?.declarations.find((d) => d.name === className);
        if (!decl) continue;
        decl.tagName = tag;
        decl.customElement = true;
        const mod = cem.modules.find((m) => m.path === file);
        if (mod) {
          mod.exports ??= [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } });
          }
        }
      }
    },
  };
}
