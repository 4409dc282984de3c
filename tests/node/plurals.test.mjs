// A count must go through plural(): t() with "{n}" gives "de 1 preguntas" and "Ver más (1 ocultas)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countParamsThroughT, countsThroughT } from '../../scripts/messages.mjs';

test('no message with {n} is used through t() in src/', () => {
  assert.deepEqual(countsThroughT('src'), []);
});

test('the check finds a count sent through t()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-plural-'));
  mkdirSync(join(dir, 'x'));
  writeFileSync(join(dir, 'x', 'a.ts'), "this.t('x.more', 'Show more ({n} hidden)', { n });\nthis.i18n.plural(n, 'x.ok', { one: '{n} item', other: '{n} items' });\n");
  assert.deepEqual(countsThroughT(dir), [`${join(dir, 'x', 'a.ts')}: x.more`]);
});

/**
 * The only counts allowed through t(): fractions and ratios ("3 of 17", "120 / 300"), where no noun or
 * participle agrees with the number. Any other count (`{ total: list.length }`, `{ limit: this.limit }`
 * before "characters") fails here until it uses plural() or is added with its reason.
 */
const FRACTIONS = {
  'checklist.progressText': '"{done} of {total} done"',
  'wrapup.doneOf': '"{done} of {total} done"',
  'thanks.progress': '"{sent} of {total} sent"',
  'thanks.count': '"{chars} / {limit}", a counter',
  'feedback.moved': '"Moved to position {number} of {total}"',
};

test('every other count parameter goes through plural(): only the listed fractions use t()', () => {
  const ids = [...new Set(countParamsThroughT('src').map((hit) => hit.split(': ')[1].split(' ')[0]))];
  assert.deepEqual(ids.filter((id) => !(id in FRACTIONS)), []);
});

test('the count-parameter check finds a count before a noun sent through t()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-plural-'));
  writeFileSync(join(dir, 'a.ts'), "this.t('x.limit', 'Over the limit of {limit} characters.', { limit: this.limit });\nthis.t('x.of', '{done} of {total}', { done, total: list.length });\nthis.t('x.n', 'Project {number}', { number: i + 1 });\nthis.t('x.w', 'So far: {words}', { words: this.#words(total) });\n");
  assert.deepEqual(countParamsThroughT(dir), [`${join(dir, 'a.ts')}: x.limit {limit}`, `${join(dir, 'a.ts')}: x.of {done}`, `${join(dir, 'a.ts')}: x.of {total}`]);
});

test('in Spanish, Arabic and French, no word agrees with a fraction’s count (was "1 de 1 hechas")', () => {
  for (const lang of ['es', 'ar', 'fr']) {
    const source = readFileSync(`src/locales/${lang}.ts`, 'utf8');
    for (const id of Object.keys(FRACTIONS)) {
      const text = new RegExp(`'${id.replace(/\./g, '\\.')}':\\s*'([^']*)'`).exec(source)?.[1];
      assert.ok(text, `${lang}: ${id} missing`);
      // "{total} hechas": the participle agrees with the number; "Hechas: {done} de {total}" does not.
      assert.doesNotMatch(text, /\{(total|limit)\}\s+\p{L}/u, `${lang}: ${id} = "${text}"`);
    }
  }
});
