// The published typings work for users: React wrappers with typed props and `on…` handlers
// (tests/types/react-usage.tsx, against React 19's types) and plain tags through strong-finish/jsx
// (tests/types/jsx-usage.tsx). Compiled with tsc against dist/, as a user's project would see them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tsc = (file, jsx) => {
  const args = ['tsc', '--noEmit', '--strict', '--skipLibCheck', '--module', 'es2022', '--moduleResolution', 'bundler',
    '--target', 'es2022', '--lib', 'es2022,dom,dom.iterable', '--experimentalDecorators', '--useDefineForClassFields', 'false', ...jsx, file];
  try {
    execFileSync('npx', args, { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String(error.stdout || error.message);
  }
};

test('React wrappers: typed props and on… handlers (React 19 types)', { skip: !existsSync('dist/react/index.d.ts') && 'run `npm run build` first' }, () => {
  assert.equal(tsc('tests/types/react-usage.tsx', ['--jsx', 'react-jsx', '--types', 'react']), '');
});

test('strong-finish/jsx: plain tags typed in JSX', { skip: !existsSync('dist/jsx.d.ts') && 'run `npm run build` first' }, () => {
  assert.equal(tsc('tests/types/jsx-usage.tsx', ['--jsx', 'react', '--jsxFactory', 'h', '--types', 'node']), '');
});
