// The glossary (docs/glossary.md) is the rule: no shipped catalogue may use a rejected variant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** id → text of a catalogue in src/locales (one `'id': 'text',` per line). */
function catalogue(lang) {
  const source = readFileSync(`src/locales/${lang}.ts`, 'utf8');
  const out = {};
  for (const m of source.matchAll(/^\s*'([^']+)':\s*'((?:[^'\\]|\\.)*)',?\s*$/gm)) out[m[1]] = m[2].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
  return out;
}

/** [{ concept, lang, rejected }] from the glossary's tables. */
function rules() {
  const md = readFileSync('docs/glossary.md', 'utf8');
  const out = [];
  const [main, literal] = md.split('## Literal copies');
  for (const line of main.split('\n').filter((l) => /^\| (?!Concept|---)/.test(l))) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    out.push({ concept: cells[0], lang: 'es', rejected: cells[3] }, { concept: cells[0], lang: 'ar', rejected: cells[5] }, { concept: cells[0], lang: 'fr', rejected: cells[7] ?? '' });
  }
  for (const line of literal.split('## Register')[0].split('\n').filter((l) => /^\| (?!English|---)/.test(l))) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    out.push({ concept: cells[0], lang: 'ar', rejected: cells[1] });
  }
  return out.flatMap((r) => r.rejected.split(';').map((v) => v.trim()).filter(Boolean).map((variant) => ({ ...r, variant })));
}

test('the glossary lists rejected variants for every shipped language', () => {
  const all = rules();
  assert.ok(['es', 'ar', 'fr'].every((lang) => all.some((r) => r.lang === lang)), 'no rules read from docs/glossary.md');
  assert.ok(all.some((r) => r.variant === 'superviseur'));
  assert.ok(all.some((r) => r.variant === 'خطاب توصية'));
  assert.ok(all.some((r) => r.variant === 'تزكية'));
});

for (const lang of ['es', 'ar', 'fr']) {
  test(`catalogue "${lang}" uses no rejected variant`, () => {
    const messages = catalogue(lang);
    assert.ok(Object.keys(messages).length > 500, 'catalogue not read');
    const found = [];
    for (const { concept, variant } of rules().filter((r) => r.lang === lang)) {
      // Whole words only: "تواصل معه" is rejected, "تواصل معهم" (them) and "تتواصل معه" (someone) are not.
      const escaped = variant.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      // Arabic writes و، ف، ب، ل، ك and ال onto the word: «للتزكية» and «ومشرفك» are the rejected words too.
      // A phrase takes only و/ف: «التواصل معه» about "no one" or "whoever" is not the imperative «تواصل معه».
      const clitics = lang !== 'ar' ? '' : variant.includes(' ') ? '[وف]?' : '(?:[وف]?(?:بال|كال|لل|ال|[بلك])?)';
      const word = new RegExp(`(?<![\\p{L}\\p{M}])${clitics}${escaped}(?![\\p{L}\\p{M}])`, lang === 'ar' ? 'u' : 'iu');
      const hit = (text) => word.test(text);
      for (const [id, text] of Object.entries(messages)) if (hit(text)) found.push(`${id}: "${variant}" (${concept})`);
    }
    assert.deepEqual(found, []);
  });
}
