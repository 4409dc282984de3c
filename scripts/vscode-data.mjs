// Generates VS Code custom HTML data from custom-elements.json: dist/vscode.html-custom-data.json.
// Point VS Code at it with "html.customData": ["./node_modules/strong-finish/dist/vscode.html-custom-data.json"].
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadManifest, manifestElements, literalValues } from './manifest.mjs';

const out = process.argv[2] ?? 'dist/vscode.html-custom-data.json';

function describe(d) {
  const lines = [d.summary || d.description?.split('\n\n')[0] || ''];
  const events = (d.events ?? []).map((e) => `- \`${e.name}\`: ${e.description ?? ''}`);
  if (events.length) lines.push('', '**Events**', ...events);
  const slots = (d.slots ?? []).map((s) => `- ${s.name ? `\`${s.name}\`` : '(default)'}: ${s.description ?? ''}`);
  if (slots.length) lines.push('', '**Slots**', ...slots);
  const parts = (d.cssParts ?? []).map((p) => `- \`::part(${p.name})\`: ${p.description ?? ''}`);
  if (parts.length) lines.push('', '**CSS parts**', ...parts);
  const props = (d.cssProperties ?? []).map((p) => `- \`${p.name}\`: ${p.description ?? ''}`);
  if (props.length) lines.push('', '**CSS custom properties**', ...props);
  return lines.join('\n').trim();
}

const data = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: manifestElements(loadManifest()).map(({ declaration: d }) => ({
    name: d.tagName,
    description: { kind: 'markdown', value: describe(d) },
    attributes: (d.attributes ?? []).map((a) => {
      const values = literalValues(a.type);
      return {
        name: a.name,
        ...(a.description ? { description: a.description } : {}),
        ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
  })),
};

mkdirSync(out.split('/').slice(0, -1).join('/') || '.', { recursive: true });
writeFileSync(out, JSON.stringify(data, null, 2) + '\n');
console.log(`vscode-data: ${data.tags.length} tags → ${out}`);
