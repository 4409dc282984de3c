// A count must go through plural(): t() with "{n}" gives "de 1 preguntas" and "Ver más (1 ocultas)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countsThroughT } from '../../scripts/messages.mjs';

test('no message with {n} is used through t() in src/', () => {
  assert.deepEqual(countsThroughT('src'), []);
});

test('the check finds a count sent through t()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-plural-'));
  mkdirSync(join(dir, 'x'));
  writeFileSync(join(dir, 'x', 'a.ts'), "this.t('x.more', 'Show more ({n} hidden)', { n });\nthis.i18n.plural(n, 'x.ok', { one: '{n} item', other: '{n} items' });\n");
  assert.deepEqual(countsThroughT(dir), [`${join(dir, 'x', 'a.ts')}: x.more`]);
});
