// Issue #33: importing `createHttpStorage` (or anything of the core) from the package's root entry must not
// pull the elements, even when a bundler cannot use `sideEffects`. esbuild, for one, wraps every module of
// the package in a lazy `__esm` initializer when the host's entry is CommonJS-typed (`"type": "commonjs"`,
// what `npm init -y` writes): then every module the entry reaches is initialized, and only statements it
// can prove free of side effects are dropped. A Lit element's class is followed by `__decorate(…)` calls
// (TypeScript's decorators), which it cannot; so the root entry carried every element (~107 KB gzip).
// This step rewrites, in the compiled dist/ modules, each decorated top-level class and the statements
// that only decorate or configure it into one `/* @__PURE__ */` function call that returns the class:
//   export class X extends SfElement {…}  __decorate([…], X.prototype, "a", void 0);
//   → export const X = /* @__PURE__ */ (() => { class X extends SfElement {…} __decorate(…); return X; })();
// The class behaves the same (same name, same prototype, decorated before anything else can see it); a
// bundler that sees X unused drops the whole call. Runs after tsc, before rollup (its chunks get it too).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Whether the statement only decorates class `name` (`__decorate([…], name.prototype, "a", void 0)`) or aliases it. */
function decorates(statement, name, sf) {
  if (!ts.isExpressionStatement(statement)) return false;
  const e = statement.expression;
  // `_a = X;`: TypeScript's alias of the class for its static blocks.
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left) && /^_[a-z]\d*$/.test(e.left.text) && e.right.getText(sf) === name) return true;
  if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== '__decorate') return false;
  return e.arguments.slice(1).some((a) => a.getText(sf) === name || a.getText(sf) === `${name}.prototype`);
}

/** An initializer any bundler already knows to be free of side effects: nothing to annotate. */
function plain(node) {
  if (!node) return true;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression?.(node)) return plain(node.expression);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isIdentifier(node)) return true;
  if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node)) return true;
  if ([ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind)) return true;
  if (ts.isPrefixUnaryExpression(node)) return plain(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((e) => plain(e));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => (ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && plain(p.initializer)) || ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p));
  }
  return false;
}

/** Whether the expression has a top-level `await` (which a function around it would break). */
function awaits(node) {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, awaits) ?? false;
}

/**
 * The insertions that rewrite one module's source: each top-level class (with the `__decorate` calls that follow it) and
 * each top-level `const`/`let` initializer a bundler cannot prove pure becomes a `/* @__PURE__ *\/` call.
 * Only for modules the package's `sideEffects` field already declares free of side effects.
 */
export function pureClasses(source, file = 'module.js') {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const statements = sf.statements;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (ts.isClassDeclaration(s) && s.name) {
      const name = s.name.text;
      if (s.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) continue;
      let j = i + 1;
      while (j < statements.length && decorates(statements[j], name, sf)) j++;
      const exported = s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      // Insertions only, on the first and last lines, so the source map is shifted, not broken
      // (`shiftMap()` moves the columns after each insertion).
      const start = s.getStart(sf);
      const end = statements[j - 1].end;
      const keep = exported ? source.slice(start).match(/^export\s+/)[0].length : 0;
      edits.push({ pos: start + keep, text: `const ${name} = /* @__PURE__ */ (() => { ` });
      edits.push({ pos: end, text: ` return ${name}; })();` });
      i = j - 1;
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (plain(d.initializer) || awaits(d.initializer) || source.slice(d.initializer.pos, d.initializer.getStart(sf)).includes('@__PURE__')) continue;
        edits.push({ pos: d.initializer.getStart(sf), text: '/* @__PURE__ */ (() => (' });
        edits.push({ pos: d.initializer.end, text: '))()' });
      }
    }
  }
  return edits;
}

/** Applies insertions (`{ pos, text }`, no newline in `text`) to a source. */
export function applyInsertions(source, edits) {
  let out = source;
  for (const { pos, text } of [...edits].sort((a, b) => b.pos - a.pos)) out = out.slice(0, pos) + text + out.slice(pos);
  return out;
}

// ---- source maps: base64 VLQ, enough to shift generated columns -----------------------------------
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(str) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of str) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
function encodeVlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += B64[digit];
  } while (v);
  return out;
}

/** The map's `mappings` with generated columns moved right by the insertions (given in `source` offsets). */
export function shiftMap(mappings, source, edits) {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byLine = new Map();
  for (const { pos, text } of edits) {
    const line = lineOf(pos);
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line).push({ col: pos - lineStarts[line], len: text.length });
  }
  return mappings
    .split(';')
    .map((line, index) => {
      const inserts = byLine.get(index);
      if (!inserts || !line) return line;
      // Generated columns are deltas within a line; the other fields are deltas across the file and stay.
      let col = 0;
      let prevOut = 0;
      return line
        .split(',')
        .map((segment) => {
          const fields = decodeVlq(segment);
          col += fields[0];
          const moved = col + inserts.filter((x) => x.col <= col).reduce((n, x) => n + x.len, 0);
          fields[0] = moved - prevOut;
          prevOut = moved;
          return fields.map(encodeVlq).join('');
        })
        .join(',');
    })
    .join(';');
}

/** Whether `file` (relative to the package root, `./dist/…`) is declared with side effects in package.json. */
export function declaredSideEffects(file, patterns) {
  return patterns.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkgRoot = process.argv[2] ?? '.';
  const { sideEffects } = JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8'));
  const root = join(pkgRoot, 'dist');
  let changed = 0;
  for (const f of readdirSync(root, { recursive: true })) {
    const rel = `./dist/${String(f)}`;
    // Rollup's outputs (the CDN files) are whole programs; the modules a host's bundler reads are the rest.
    if (!rel.endsWith('.js') || /^\.\/dist\/(chunks|standalone)\/|^\.\/dist\/(strong-finish|strong-finish\.bundle|http-storage)\.js$/.test(rel)) continue;
    if (declaredSideEffects(rel, sideEffects)) continue;
    const path = join(root, String(f));
    const source = readFileSync(path, 'utf8');
    const edits = pureClasses(source, path);
    if (!edits.length) continue;
    writeFileSync(path, applyInsertions(source, edits));
    if (existsSync(`${path}.map`)) {
      const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
      map.mappings = shiftMap(map.mappings, source, edits);
      writeFileSync(`${path}.map`, JSON.stringify(map));
    }
    changed++;
  }
  console.log(`pure-classes: ${changed} modules`);
}
