// The template minifier (scripts/minify-templates.mjs), run on tsc's output in dist/ by
// scripts/minify-dist.mjs and on the bundles by rollup: it must find every css``/html`` template in tsc's
// output (it once matched none, silently, because tsc writes `css \`…\``), leave every stylesheet meaning
// the same (Chromium's own serialisation of the rules, before and after), and keep the sourcemap exact
// outside the rewritten template text. dist/ is minified already, so "before" is tsc's output of the
// source, compiled here file by file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { minifyTemplateLiterals, templateEdits } from '../../scripts/minify-templates.mjs';
import { decode } from '../../scripts/size-composition.mjs';
import { findChromium } from '../../scripts/browsers.mjs';

const built = existsSync('dist/core/styles.js');
const skip = !built && 'run `npm run build` first';

/** tsc's output modules (not the bundles, chunks or React wrapper). */
function modules(dir = 'dist') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return ['standalone', 'chunks', 'react'].includes(d.name) ? [] : modules(path);
    // (Generated modules, such as the English template translations/en.js, have no TypeScript source.)
    return d.name.endsWith('.js') && dir !== 'dist' && existsSync(path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')) ? [path] : [];
  });
}

/** What tsc writes for the source of a dist/ module, before scripts/minify-dist.mjs. */
const { options } = ts.convertCompilerOptionsFromJson(JSON.parse(readFileSync('tsconfig.json', 'utf8')).compilerOptions, '.');
const tscOutput = (file) => ts.transpileModule(readFileSync(file.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'), 'utf8'), { compilerOptions: { ...options, sourceMap: false, inlineSourceMap: false, declaration: false, declarationMap: false } }).outputText;

/** The cooked text of each css``/html`` template in `code`. */
function templates(code, tag) {
  const out = [];
  (function visit(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.name === tag) out.push(node.quasi.quasis.map((q) => q.value.cooked).join('${}'));
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  })(parseAst(code));
  return out;
}

test('every module with a css`` or html`` template gets minified, and dist/ ships it minified', { skip }, () => {
  let seen = 0;
  for (const file of modules()) {
    const code = tscOutput(file);
    if (!templates(code, 'css').length && !templates(code, 'html').some((t) => /\n\s/.test(t))) continue;
    seen++;
    const out = minifyTemplateLiterals(code, file);
    assert.ok(out && out.code.length < code.length, `${file}: templates left as written`);
    const shipped = readFileSync(file, 'utf8');
    assert.deepEqual(templateEdits(shipped), [], `${file}: dist/ has template text left to minify (npm run build runs scripts/minify-dist.mjs)`);
    assert.deepEqual(templates(shipped, 'css'), templates(out.code, 'css'), `${file}: dist/ stylesheets are the minified ones`);
  }
  assert.ok(seen >= 15, `only ${seen} modules with templates found`);
});

test('every stylesheet means the same after minifying (Chromium serialises the rules identically)', { skip }, async () => {
  const pairs = [];
  for (const file of modules().filter((f) => f.endsWith('styles.js'))) {
    const code = tscOutput(file);
    const before = templates(code, 'css');
    const after = templates(minifyTemplateLiterals(code, file).code, 'css');
    assert.equal(after.length, before.length, file);
    before.forEach((css, i) => pairs.push([`${file} #${i}`, css, after[i]]));
  }
  assert.ok(pairs.length >= 9, `only ${pairs.length} stylesheets found`);
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const results = await page.evaluate(
      (pairs) =>
        pairs.map(([name, a, b]) => {
          const rules = (text) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(text);
            return [...sheet.cssRules].map((r) => r.cssText);
          };
          return [name, rules(a), rules(b)];
        }),
      pairs,
    );
    for (const [name, a, b] of results) {
      assert.ok(a.length > 3, `${name}: the browser parsed ${a.length} rules`);
      assert.deepEqual(b, a, name);
    }
  } finally {
    await browser.close();
  }
});

test('the sourcemap points code after a rewritten template at its original place', () => {
  const code = [
    "import { css, html } from 'lit';",
    'export const styles = css `',
    '  .a {',
    '    color: red;',
    '  }',
    '`;',
    'export const view = (x) => html `',
    '    <p class="one">',
    '      ${x ? html `<b>  ${x}  </b>` : null}',
    '    </p>',
    '  `;',
    'export const after = 42;',
  ].join('\n');
  const out = minifyTemplateLiterals(code, 'sample.js');
  assert.ok(out.code.includes('css `.a{color:red}`'), out.code);
  assert.ok(out.code.includes('<b> ${x} </b>'), out.code);
  const lines = out.code.split('\n');
  const genLine = lines.findIndex((l) => l.startsWith('export const after'));
  const [col, source, line, column] = decode(out.map.mappings)[genLine][0];
  assert.deepEqual([col, source, line, column], [0, 0, 11, 0], '`export const after` is line 12, column 1 of the input');
  // Every segment outside the rewritten text points at the same text in the input.
  const input = code.split('\n');
  decode(out.map.mappings).forEach((segs, i) => {
    for (const [c, , l, k] of segs) {
      const word = /^(export|import|\$\{x\})/.exec(lines[i].slice(c))?.[0];
      if (word) assert.equal(input[l].slice(k, k + word.length), word, `line ${i + 1}, column ${c + 1}`);
    }
  });
});

test('dist/ sourcemaps still point at the TypeScript source after scripts/minify-dist.mjs', { skip }, () => {
  let checked = 0;
  for (const file of modules()) {
    const code = readFileSync(file, 'utf8');
    if (!templates(tscOutput(file), 'css').length && !templates(tscOutput(file), 'html').length) continue;
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const generated = code.split('\n');
    const source = map.sourcesContent[0].split('\n');
    let words = 0;
    let same = 0;
    decode(map.mappings).forEach((segs, line) => {
      for (const [col, src, srcLine, srcCol] of segs) {
        const word = src < 0 ? undefined : /^[A-Za-z_$][\w$]{2,}/.exec(generated[line]?.slice(col) ?? '')?.[0];
        if (!word) continue;
        words++;
        if ((source[srcLine] ?? '').slice(srcCol).startsWith(word)) same++;
      }
    });
    // tsc itself maps a few rewritten constructs (decorators, private names) elsewhere: about 1% of words.
    assert.ok(same / words > 0.95, `${file}: ${same} of ${words} mapped words are at their place in the source`);
    checked += words;
  }
  assert.ok(checked > 5000, `only ${checked} mapped words checked`);
});
