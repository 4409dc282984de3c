// custom-elements-manifest analyzer plugin: the elements register through our own `define(tag, Class)`
// (src/core/define.ts), which the analyzer does not recognise as `customElements.define`. This reads
// every `src/<folder>/define.ts`, gives the class its `tagName` and adds the
// `custom-element-definition` export, so editors, Storybook and the checks see each tag. It also
// drops non-public members, so Storybook's controls and the editors show only the public API.
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
      // Only the public API: private, protected, `#private` and `@internal` members are implementation.
      for (const mod of cem.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !decl.members) continue;
          decl.members = decl.members.filter(
            (m) => !m.privacy || m.privacy === 'public' ? !m.name.startsWith('#') && !m.name.startsWith('_') && !/@internal/.test(m.description ?? '') : false,
          );
        }
      }
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
