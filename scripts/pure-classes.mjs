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
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
 * Rewrites one module's source: each top-level class (with the `__decorate` calls that follow it) and
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
      // Same lines as before (the source map stays right): the prefix and the suffix are on the class's
      // first and last lines.
      const start = s.getStart(sf);
      const end = statements[j - 1].end;
      const body = source.slice(start, end).replace(/^export\s+/, '');
      edits.push({ start, end, replacement: `${exported ? 'export ' : ''}const ${name} = /* @__PURE__ */ (() => { ${body} return ${name}; })();` });
      i = j - 1;
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (plain(d.initializer) || awaits(d.initializer) || source.slice(d.initializer.pos, d.initializer.getStart(sf)).includes('@__PURE__')) continue;
        const init = source.slice(d.initializer.getStart(sf), d.initializer.end);
        edits.push({ start: d.initializer.getStart(sf), end: d.initializer.end, replacement: `/* @__PURE__ */ (() => (${init}))()` });
      }
    }
  }
  let out = source;
  for (const { start, end, replacement } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + replacement + out.slice(end);
  return out;
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
    const out = pureClasses(source, path);
    if (out !== source) {
      writeFileSync(path, out);
      changed++;
    }
  }
  console.log(`pure-classes: ${changed} modules`);
}
