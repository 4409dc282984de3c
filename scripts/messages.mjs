// Extracts every message id and its English text from src/ (calls to t('id', 'English') and
// plural(n, 'id', { one: '…', other: '…' })). Used by the catalogue test and by translators:
//   node scripts/messages.mjs > /tmp/en.json
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STRING = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\`(?:[^\`\\$]|\\.)*\``;
const T_CALL = new RegExp(String.raw`\bt\(\s*(${STRING})\s*,\s*(${STRING})`, 'g');
// The count may be a call with commas of its own: plural(Math.min(500, left), 'id', …).
const PLURAL_CALL = new RegExp(String.raw`\bplural\(\s*(?:[^,()]|\([^()]*\))+,\s*(${STRING})\s*,\s*\{\s*one:\s*(${STRING})\s*,\s*other:\s*(${STRING})`, 'g');

function unquote(literal) {
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e) => {
    if (e[0] === 'u' && e.length > 1) return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r' }[e] ?? e;
  });
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : files(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Map of id → { text, file }; throws on one id used with two different English texts. */
export function extractMessages(root = 'src') {
  const messages = new Map();
  const add = (id, text, file) => {
    const prior = messages.get(id);
    if (prior && prior.text !== text) throw new Error(`message id "${id}" has two English texts (${prior.file}, ${file})`);
    messages.set(id, { text, file });
  };
  for (const file of files(root)) {
    // Comments may show example calls; they are not messages.
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of source.matchAll(T_CALL)) add(unquote(m[1]), unquote(m[2]), file);
    for (const m of source.matchAll(PLURAL_CALL)) {
      const id = unquote(m[1]);
      add(`${id}.one`, unquote(m[2]), file);
      add(`${id}.other`, unquote(m[3]), file);
    }
  }
  return messages;
}

/**
 * Messages with a count (`{n}`) sent through t() instead of plural(): "de 1 preguntas". Returns
 * `file: id` for each; a count must pick its plural form.
 */
export function countsThroughT(root = 'src') {
  const out = [];
  for (const file of files(root)) {
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of source.matchAll(T_CALL)) if (/\{n\}/.test(unquote(m[2]))) out.push(`${file}: ${unquote(m[1])}`);
  }
  return out;
}

/**
 * Numeric parameters that look like counts (`{ total: list.length }`, `{ done, total }`, `{ limit: this.limit }`)
 * passed to t(): `file: id {param}` for each. A count picks a plural form ("1 de 1 hechas"), so every
 * one must be a fraction or a ratio that no noun agrees with, and the plurals test lists those by name.
 * Ordinals (`{ number: i + 1 }`: "Project 3") are not counts.
 */
const COUNT_NAME = /^(n|count|total|done|sent|chars|words|days|weeks|hours|minutes|left|hidden|shown|limit|items|people)$/;
export function countParamsThroughT(root = 'src') {
  const call = new RegExp(String.raw`\bt\(\s*(${STRING})\s*,\s*(${STRING})\s*,\s*\{`, 'g');
  const out = [];
  for (const file of files(root)) {
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of source.matchAll(call)) {
      // The params object, up to its closing brace.
      let i = m.index + m[0].length;
      const start = i;
      for (let depth = 1; i < source.length && depth; i++) depth += '{(['.includes(source[i]) ? 1 : '})]'.includes(source[i]) ? -1 : 0;
      const params = source.slice(start, i - 1);
      for (const [, key, value = key] of params.matchAll(/(?:^|,)\s*(\w+)\s*(?::\s*([^,]+))?/g)) {
        // A call (`this.#words(total)`, `this.i18n.minutes(15)`) already wrote its count in words.
        if ((COUNT_NAME.test(key) && !value.includes('(')) || /\.(length|size)\b/.test(value)) out.push(`${file}: ${unquote(m[1])} {${key}}`);
      }
    }
  }
  return out;
}

/** Plural base ids (from plural() calls), whose catalogues may add CLDR categories (zero, two, few, many). */
export function pluralBases(root = 'src') {
  const bases = new Set();
  for (const file of files(root)) {
    // Comments may show example calls; they are not messages.
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of source.matchAll(PLURAL_CALL)) bases.add(unquote(m[1]));
  }
  return bases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = {};
  for (const [id, { text }] of [...extractMessages()].sort(([a], [b]) => a.localeCompare(b))) out[id] = text;
  console.log(JSON.stringify(out, null, 2));
}
