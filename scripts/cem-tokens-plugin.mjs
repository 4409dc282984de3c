// custom-elements-manifest analyzer plugin (issue #33, "the manifest is the truth"):
// - every element (a class with a tagName, all built on SfElement and its shared styles) honours every
//   public `--sf-*` token of src/core/styles.ts; this lists them in its `cssProperties`, with the
//   descriptions written once in that file's leading comment (`@cssprop --sf-x - …`). An element's own
//   `@cssprop` line for a token keeps its wording.
// - the kit (<internship-wrap-up>) forwards each step's parts as `<slot>-<part>` (`exportparts`, see
//   src/internship-wrap-up/content.ts); this lists them among the kit's `cssParts`, described from the
//   step's own part.
import { readFileSync } from 'node:fs';

/** `[{ name, description }]` of the shared tokens, from src/core/styles.ts. */
export function sharedTokens(file = 'src/core/styles.ts') {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*\*\s*@cssprop\s+(--sf-[\w-]+)\s+-\s+(.+)$/gm)].map(([, name, description]) => ({ name, description: description.trim() }));
}

/** `[{ slot, tag, parts }]`: the kit's steps and the parts it forwards, from src/internship-wrap-up/content.ts. */
export function kitSteps(file = 'src/internship-wrap-up/content.ts') {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\{\s*slot:\s*'([\w-]+)',\s*tag:\s*'([\w-]+)',\s*parts:\s*'([\w -]+)'\s*\}/g)].map(([, slot, tag, parts]) => ({ slot, tag, parts: parts.split(' ') }));
}

export default function tokensPlugin() {
  return {
    name: 'strong-finish:tokens-and-forwarded-parts',
    packageLinkPhase({ customElementsManifest: cem }) {
      const tokens = sharedTokens();
      if (!tokens.length) throw new Error('cem-tokens-plugin: no @cssprop lines in src/core/styles.ts');
      const elements = cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
      for (const d of elements) {
        const own = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
        d.cssProperties = [...tokens.map((t) => own.get(t.name) ?? { ...t }), ...[...own.values()].filter((p) => !tokens.some((t) => t.name === p.name))];
      }
      const kit = elements.find((d) => d.tagName === 'internship-wrap-up');
      if (!kit) return;
      const byTag = new Map(elements.map((d) => [d.tagName, d]));
      for (const { slot, tag, parts } of kitSteps()) {
        const step = byTag.get(tag);
        for (const part of parts) {
          const described = step?.cssParts?.find((p) => p.name === part)?.description ?? part;
          (kit.cssParts ??= []).push({ name: `${slot}-${part}`, description: `The ${slot} step's \`${part}\` part (\`<${tag}>\`): ${described}` });
        }
      }
    },
  };
}
