// French typography in the shipped French catalogue, as a French editor would set it: « guillemets »
// with a narrow no-break space inside, a no-break space before : and a narrow one before ; ! ?, the
// typographic apostrophe, no English quotes. Reads dist/locales/fr.js (run `npm run build:ts` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const built = existsSync('dist/locales/fr.js');

/** What a French proofreader would mark in one message; an empty list when it is set right. */
export function frenchTypography(text) {
  const out = [];
  if (text.includes("'")) out.push('a straight apostrophe (’)');
  if (/[“”‘]|"/.test(text)) out.push('English quotation marks (« »)');
  for (const m of text.matchAll(/(.)([;!?»])/gu)) if (m[1] !== NNBSP && m[1] !== NBSP && !/[!?.…)]/.test(m[1])) out.push(`no narrow no-break space before "${m[2]}"`);
  for (const m of text.matchAll(/(.)(:)/gu)) if (m[1] !== NBSP && m[1] !== NNBSP) out.push('no no-break space before ":"');
  for (const m of text.matchAll(/«(.)/gu)) if (m[1] !== NNBSP && m[1] !== NBSP) out.push('no narrow no-break space after «');
  if (/ [;:!?»]|« /.test(text)) out.push('an ordinary space where a no-break space belongs');
  if (/ {2}/.test(text)) out.push('two spaces');
  return out;
}

test('the check finds what a proofreader would mark', () => {
  assert.deepEqual(frenchTypography('Bonjour Sara !'), ['no narrow no-break space before "!"', 'an ordinary space where a no-break space belongs']);
  assert.deepEqual(frenchTypography("C'est fait: « oui »"), ['a straight apostrophe (’)', 'no narrow no-break space before "»"', 'no no-break space before ":"', 'no narrow no-break space after «', 'an ordinary space where a no-break space belongs']);
  assert.deepEqual(frenchTypography(`Dernier jour${NBSP}: «${NNBSP}vendredi${NNBSP}» ?`.replace(' ?', `${NNBSP}?`)), []);
});

test('every French message is set in French typography', { skip: !built && 'run `npm run build:ts` first' }, async () => {
  const { default: fr } = await import(pathToFileURL('dist/locales/fr.js').href);
  assert.ok(Object.keys(fr).length > 900, 'catalogue not read');
  const found = Object.entries(fr).flatMap(([id, text]) => frenchTypography(text).map((p) => `${id}: ${p}`));
  assert.deepEqual(found, []);
});
