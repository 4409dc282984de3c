// Issue #30: the example programme pack in docs/programmes.md is complete and valid: it validates against
// the shipped JSON Schema (strong-finish/pack.schema.json, with ajv, a devDependency only) and passes the
// kit's own runtime check without an issue; it is the same pack the demo page and the tests load. Bad
// packs are refused by both, with the same JSON path. Runs on dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv/dist/2020.js';
import { REPO, docBlock } from './project.mjs';

const schema = JSON.parse(readFileSync(join(REPO, 'pack.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const built = existsSync(join(REPO, 'dist/core/pack/validate.js'));
const runtime = built ? await import(pathToFileURL(join(REPO, 'dist/core/pack/validate.js')).href) : undefined;
const example = JSON.parse(docBlock('programmes-pack'));

test('the guide\'s example pack validates against pack.schema.json', () => {
  assert.ok(validate(example), JSON.stringify(validate.errors, null, 2));
  assert.ok(example['internship-checklist'].items.every((i) => typeof i.text === 'object' && i.text.en && i.text.es), 'every checklist item in English and Spanish');
});

test('the guide\'s example is the demo\'s pack', () => {
  assert.deepEqual(example, JSON.parse(readFileSync(join(REPO, 'demo/packs/bellmont-summer.json'), 'utf8')));
});

test('the runtime check finds nothing wrong in it', { skip: !built && 'run `npm run build` first' }, () => {
  const { pack, issues } = runtime.readPack(example);
  assert.deepEqual(issues, []);
  assert.equal(pack.id, 'bellmont-summer');
});

test('bad packs: the schema and the runtime check refuse the same thing at the same path', { skip: !built && 'run `npm run build` first' }, () => {
  const bad = structuredClone(example);
  bad['internship-checklist'].items[3].text = 42;
  assert.equal(validate(bad), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/internship-checklist/items/3/text'));
  assert.deepEqual(runtime.readPack(bad).issues, ['content["internship-checklist"].items[3].text: expected text, or text per language ({ "en": "…" })']);

  const noId = { version: 1 };
  assert.equal(validate(noId), false);
  assert.equal(runtime.readPack(noId).pack, undefined);

  const cadence = { id: 'x', version: 1, 'keep-in-touch': { cadences: { default: 'weekly' } } };
  assert.equal(validate(cadence), false);
  assert.deepEqual(runtime.readPack(cadence).issues, ['content["keep-in-touch"].cadences.default: expected week-after, monthly, quarterly, twice-a-year or custom:<days>']);

  const typo = { id: 'x', version: 1, 'feedback-questions': { questions: [{ id: 'q', theme: 't', text: 'Q', tips: 'x' }] } };
  assert.equal(validate(typo), false);
  assert.deepEqual(runtime.readPack(typo).issues, ['content["feedback-questions"].questions[0].tips: unknown field']);
});

test('the schema ships: package.json exports strong-finish/pack.schema.json and lists it in files', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['./pack.schema.json'], './pack.schema.json');
  assert.ok(pkg.files.includes('pack.schema.json'));
  assert.ok(!Object.keys(pkg.dependencies).includes('ajv'), 'ajv stays a devDependency');
});
