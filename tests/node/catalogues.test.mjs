// Every shipped catalogue has every message id used in src/, and no id that src/ no longer uses.
// Runs in Node (node --test) because it reads the source tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractMessages, pluralBases } from '../../scripts/messages.mjs';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
/**
 * Placeholders a language's text may leave out, `{ lang: { id: ['name'] } }`, with the reason (any other
 * difference fails). None today: French letters' «Madame,» comes in `{name}` from the grammar's vocative.
 */
const LEFT_OUT = {};
const used = extractMessages('src');
const bases = pluralBases('src');
const catalogues = existsSync('dist/locales') ? readdirSync('dist/locales').filter((f) => /^[a-z-]+\.js$/.test(f)) : [];

test('src/ uses message ids', () => {
  assert.ok(used.size > 0);
});

test('the compiled catalogues exist (run `npm run build:ts` first)', () => {
  assert.ok(catalogues.length >= 1 || !existsSync('src/locales'), 'no catalogue in dist/locales');
});

test('every shipped language is checked: Spanish, Arabic and French', () => {
  for (const lang of ['es', 'ar', 'fr']) assert.ok(catalogues.includes(`${lang}.js`), `dist/locales/${lang}.js`);
});

for (const file of catalogues) {
  const locale = file.replace(/\.js$/, '');
  test(`catalogue "${locale}" has every id used in src/ and no unused ones`, async () => {
    const { default: messages } = await import(pathToFileURL(`dist/locales/${file}`).href);
    const missing = [...used.keys()].filter((id) => !(id in messages));
    const unused = Object.keys(messages).filter((id) => {
      if (used.has(id)) return false;
      const dot = id.lastIndexOf('.');
      return !(bases.has(id.slice(0, dot)) && CATEGORIES.includes(id.slice(dot + 1)));
    });
    assert.deepEqual(missing, [], `${locale}: missing ${missing.length} ids`);
    assert.deepEqual(unused, [], `${locale}: ${unused.length} ids not used in src/`);
    const placeholders = (t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    const english = (id, text) => placeholders(text.replace(new RegExp(`\\{(${(LEFT_OUT[locale]?.[id] ?? []).join('|') || '(?!)'})\\}`, 'g'), ''));
    const broken = [...used].filter(([id, { text }]) => id in messages && placeholders(messages[id]) !== placeholders(text) && placeholders(messages[id]) !== english(id, text) && !bases.has(id.slice(0, id.lastIndexOf('.'))));
    assert.deepEqual(broken.map(([id]) => id), [], `${locale}: placeholders differ from English`);
  });

  test(`catalogue "${locale}": every counted message has the language's plural categories, with its placeholders`, async () => {
    const { default: messages } = await import(pathToFileURL(`dist/locales/${file}`).href);
    // The categories a whole count selects (Intl.PluralRules over 0–1000): Arabic's six (zero, one, two,
    // few, many, other); French and Spanish one and other (French puts 0 in "one"). Their "many" is only
    // for exact millions, where plural() writes digits and "other" reads the same, so it falls back to other.
    const rules = new Intl.PluralRules(locale);
    const required = CATEGORIES.filter((c) => Array.from({ length: 1001 }, (_, n) => rules.select(n)).includes(c));
    assert.ok(locale !== 'ar' || required.length === 6, 'Arabic needs its six categories');
    const missing = [...bases].flatMap((base) => required.filter((c) => !(`${base}.${c}` in messages)).map((c) => `${base}.${c}`));
    assert.deepEqual(missing, [], `${locale}: plural forms missing`);
    // A form may leave the number out ("يومين", "un minuto"), never another parameter (the zero form may:
    // "لا أسئلة معروضة" needs no "shown"), and adds none.
    const names = (t) => new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    const broken = [];
    for (const base of bases) {
      const english = new Set([...names(used.get(`${base}.one`).text), ...names(used.get(`${base}.other`).text)]);
      for (const c of CATEGORIES) {
        const text = messages[`${base}.${c}`];
        if (text === undefined) continue;
        const own = names(text);
        if ([...own].some((p) => !english.has(p)) || (c !== 'zero' && [...english].some((p) => p !== 'n' && !own.has(p)))) broken.push(`${base}.${c}`);
      }
    }
    assert.deepEqual(broken, [], `${locale}: plural forms whose placeholders differ from English`);
  });
}
