// The English catalogue as a template for hosts who add a language (`npm run build:ts` runs this after
// tsc): every message id the source uses, with its English text, written from src/ at build time so it
// can never fall behind the code. Outputs, in dist/translations/:
//  - en.js (+ en.d.ts): `export default { id: 'English' }`, plus `placeholders` (id → the `{names}` its
//    text uses) and `plurals` (the ids counted through plural(): a language gives them in its own CLDR
//    categories, `x.one` / `x.other` in French, six in Arabic). Importing it registers nothing.
//  - en.json: the same id → English object, for translation tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { extractMessages, pluralBases } from './messages.mjs';

const out = process.argv[2] ?? 'dist/translations';
const messages = {};
for (const [id, { text }] of [...extractMessages('src')].sort(([a], [b]) => a.localeCompare(b))) messages[id] = text;
const placeholders = {};
for (const [id, text] of Object.entries(messages)) {
  const names = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
  if (names.length) placeholders[id] = names;
}
const plurals = [...pluralBases('src')].sort();

mkdirSync(out, { recursive: true });
const json = (v) => JSON.stringify(v, null, 2);
writeFileSync(
  `${out}/en.js`,
  `// Generated from the source by scripts/en-template.mjs at build time: the kit's ${Object.keys(messages).length} messages in English.
// Copy it to start a language: registerTranslations('pt', { ...yourTranslations }). See docs/job-boards.md, "Languages".
/** The ids counted through plural(): give them in your language's plural categories (\`x.one\`, \`x.other\`; Arabic also zero, two, few, many). */
export const plurals = ${json(plurals)};
/** The \`{placeholders}\` each message uses; a translation keeps the same ones. */
export const placeholders = ${json(placeholders)};
/** Every message id with its English text. */
const messages = ${json(messages)};
export default messages;
`,
);
writeFileSync(
  `${out}/en.d.ts`,
  `/** The ids counted through plural(): give them in your language's plural categories. */
export declare const plurals: readonly string[];
/** The \`{placeholders}\` each message uses; a translation keeps the same ones. */
export declare const placeholders: Readonly<Record<string, readonly string[]>>;
/** Every message id of the kit with its English text (generated from the source at build time). */
declare const messages: Readonly<Record<string, string>>;
export default messages;
`,
);
writeFileSync(`${out}/en.json`, `${json(messages)}\n`);
