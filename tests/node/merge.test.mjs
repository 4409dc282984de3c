// The three-way merge (src/core/storage/merge.ts), property-tested with fast-check over every widget's
// value shape: two replicas start from one base, each runs a random edit script, and the merge must keep
// every edit the other side did not also touch. Runs in Node: esbuild compiles the TypeScript in memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import fc from 'fast-check';

const { outputFiles } = await build({ entryPoints: ['src/core/storage/merge.ts'], bundle: true, format: 'esm', write: false });
const { merge3 } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

const RUNS = Number(process.env.SF_MERGE_RUNS ?? 400);

// ---- value shapes, as each widget's schema describes them ------------------------------------------
const word = fc.constantFrom('a', 'b', 'c', 'draft', 'note', 'ok', 'Ünïcode', 'سلام', '');
const date = fc.constantFrom('2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05');
const keyed = (key, item, max = 5) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: max }).chain((ids) =>
    ids.length ? fc.tuple(...ids.map((n) => item.map((o) => ({ ...o, [key]: key === 'date' ? `2026-0${1 + (n % 9)}-${String(10 + (n % 19))}` : `${key}${n}` })))) : fc.constant([]),
  );
const uniqueByDate = (arb) => arb.map((list) => list.filter((x, i) => list.findIndex((y) => y.date === x.date) === i));
const set = (arb) => fc.uniqueArray(arb, { maxLength: 5 });

const checklist = fc.record({
  items: keyed('id', fc.record({ section: fc.constantFrom('two-weeks', 'last-day'), text: word, done: fc.boolean(), note: word }, { requiredKeys: ['section', 'text', 'done'] })),
  explore: set(word),
  ask: set(word),
  auto: set(fc.constantFrom('handover', 'thank-supervisor', 'collect-contacts')),
});
const feedback = fc.record({
  selected: keyed('id', fc.record({ text: word, theme: word, answer: word, starred: fc.boolean() }, { requiredKeys: ['text', 'theme'] })),
  actions: set(word),
});
const planner = fc.record({
  holidays: set(date),
  milestones: keyed('id', fc.record({ text: word, date: date, done: fc.boolean() })),
  projects: keyed('id', fc.record({ name: word, status: word, next: word, owner: word, deadline: date })),
  log: uniqueByDate(keyed('date', fc.record({ goal: word, done: fc.boolean(), note: word }))),
});
const thanks = fc.record({
  people: keyed('id', fc.record({ name: word, relationship: fc.constantFrom('supervisor', 'mentor'), specifics: fc.record({ project: word, learned: word }, { requiredKeys: [] }), draft: word, status: fc.constantFrom('draft', 'sent') })),
});
const contacts = fc.record({
  contacts: keyed('id', fc.record({ name: word, tags: set(word), cadence: fc.constantFrom('week-after', 'monthly'), log: fc.array(fc.record({ date, channel: fc.constantFrom('email', 'call'), note: word }), { maxLength: 3 }), email: word }, { requiredKeys: ['name', 'tags', 'cadence', 'log'] })),
});
const reflection = fc.record({
  framework: word,
  summary: word,
  entries: keyed('id', fc.record({ theme: word, prompt: word, text: word, skills: set(word), mood: fc.integer({ min: 1, max: 10 }) }, { requiredKeys: ['theme', 'prompt', 'text', 'skills'] })),
  skills: keyed('name', fc.record({ before: fc.integer({ min: 1, max: 5 }), after: fc.integer({ min: 1, max: 5 }) })),
  bullets: set(word),
});
const notes = fc.record({ title: word, notes: set(word) });
const wrapUp = fc.record({
  profile: fc.record({ internName: word, company: word, endDate: date }, { requiredKeys: [] }),
  checklist,
  feedback,
  thanks,
  reflection,
  planner,
  contacts,
});
const SHAPES = { checklist, feedback, planner, thanks, contacts, reflection, notes, 'wrap-up': wrapUp };

// ---- random edits, applied to any JSON value --------------------------------------------------------
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const KEYS = ['id', 'name', 'date'];
function keyOf(list) {
  return KEYS.find((k) => list.length && list.every((x) => isObj(x) && (typeof x[k] === 'string' || typeof x[k] === 'number')) && new Set(list.map((x) => x[k])).size === list.length);
}
/** Every place an edit can happen: [container, field, kind]. */
/** Lists of text that may start empty (the others get items by copying a neighbour). */
const STRING_SETS = new Set(['explore', 'ask', 'auto', 'actions', 'holidays', 'notes', 'tags', 'bullets']);
function sites(value, out = [], strings = false) {
  if (Array.isArray(value)) {
    out.push([value, strings, 'list']);
    value.forEach((x) => isObj(x) && sites(x, out));
  } else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && typeof v === 'object') sites(v, out, STRING_SETS.has(k) || (k === 'skills' && 'id' in value));
      else if (!KEYS.includes(k)) out.push([value, k, 'field']);
    }
  }
  return out;
}
let fresh = 0;
function edit(value, side, [pick, kind, n]) {
  const all = sites(value);
  if (!all.length) return;
  const [container, field, type] = all[pick % all.length];
  const strings = field === true;
  if (type === 'field') {
    const old = container[field];
    container[field] = typeof old === 'boolean' ? !old : typeof old === 'number' ? old + 1 + (n % 3) : `${side}${n}`;
    return;
  }
  const list = container;
  const key = keyOf(list);
  if (kind === 0 && list.length) list.splice(n % list.length, 1); // delete an item
  else if (key || (list.length && isObj(list[0]))) {
    // add a copy of a neighbour with a fresh key (or a new log entry)
    const template = list[n % list.length];
    if (!template) return;
    const copy = structuredClone(template);
    if (key) copy[key] = key === 'date' ? `2027-${side === 'm' ? '01' : '02'}-${String(10 + (fresh++ % 19))}` : `${side}-${fresh++}`;
    else copy.note = `${side}${fresh++}`;
    if (key === 'date' && list.some((x) => x.date === copy.date)) return;
    list.splice(n % (list.length + 1), 0, copy);
  } else if (strings) {
    const item = `${side}${fresh++}`;
    list.splice(n % (list.length + 1), 0, item);
  }
}
const script = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.nat(1000)), { maxLength: 8 });

// ---- what "no edit dropped" means, atom by atom ---------------------------------------------------
/**
 * Flattens values into atoms (scalar paths, keyed-item existence, set membership), walking the versions
 * together so that a list is keyed (or a set) the same way in each, as the merge decides.
 */
function atoms(values, path = '$', outs = values.map(() => new Map())) {
  if (values.some(Array.isArray)) {
    const lists = values.map((v) => (Array.isArray(v) ? v : []));
    const key = KEYS.find((k) => lists.some((l) => l.length) && lists.every((l) => l.every((x) => isObj(x) && (typeof x[k] === 'string' || typeof x[k] === 'number')) && new Set(l.map((x) => x[k])).size === l.length));
    if (key) {
      const ids = new Set(lists.flatMap((l) => l.map((x) => JSON.stringify(x[key]))));
      for (const id of ids) {
        const p = `${path}[${key}=${id}]`;
        const items = lists.map((l) => l.find((x) => JSON.stringify(x[key]) === id));
        items.forEach((item, i) => item && outs[i].set(p, 'exists'));
        atoms(items, p, outs);
      }
    } else lists.forEach((l, i) => l.forEach((item) => outs[i].set(`${path}{${JSON.stringify(item)}}`, 'in')));
  } else if (values.some(isObj)) {
    const objs = values.map((v) => (isObj(v) ? v : {}));
    for (const k of new Set(objs.flatMap(Object.keys))) atoms(objs.map((o) => o[k]), `${path}.${k}`, outs);
  } else values.forEach((v, i) => v !== undefined && outs[i].set(path, JSON.stringify(v)));
  return outs;
}

function check(base, mine, theirs, result, prefer) {
  const [b, m, t, r] = atoms([base, mine, theirs, result]);
  // Items deleted on one side and edited on the other: kept, with the editor's version.
  const kept = [];
  for (const [p, v] of b) {
    if (v !== 'exists') continue;
    for (const [gone, editor] of [[m, t], [t, m]]) {
      if (gone.has(p) || !editor.has(p)) continue;
      const inside = [...new Set([...b.keys(), ...editor.keys()])].filter((a) => a.startsWith(p) && a !== p);
      if (inside.some((a) => b.get(a) !== editor.get(a))) {
        kept.push(p);
        for (const a of inside) assert.equal(r.get(a), editor.get(a), `deleted on one side, edited on the other: ${a} must keep the edit`);
        assert.equal(r.get(p), 'exists', `item ${p} deleted on one side and edited on the other must be kept`);
      }
    }
  }
  for (const a of new Set([...b.keys(), ...m.keys(), ...t.keys()])) {
    if (kept.some((p) => a.startsWith(p))) continue;
    const mc = m.get(a) !== b.get(a);
    const tc = t.get(a) !== b.get(a);
    if (mc && !tc) assert.equal(r.get(a), m.get(a), `my edit at ${a} was dropped`);
    else if (tc && !mc) assert.equal(r.get(a), t.get(a), `their edit at ${a} was dropped`);
    else if (mc && tc && m.get(a) !== undefined && t.get(a) !== undefined && !a.includes('{'))
      assert.equal(r.get(a), (prefer === 'mine' ? m : t).get(a), `both edited ${a}: the later edit wins`);
  }
}

for (const [name, shape] of Object.entries(SHAPES)) {
  test(`merge keeps every edit the other side did not touch: ${name}`, () => {
    fc.assert(
      fc.property(shape, script, script, fc.constantFrom('mine', 'theirs'), (base, mineEdits, theirEdits, prefer) => {
        const mine = structuredClone(base);
        const theirs = structuredClone(base);
        for (const e of mineEdits) edit(mine, 'm', e);
        for (const e of theirEdits) edit(theirs, 't', e);
        const frozen = JSON.stringify([base, mine, theirs]);
        const { value } = merge3(base, mine, theirs, { prefer });
        assert.equal(JSON.stringify([base, mine, theirs]), frozen, 'merge must not change its inputs');
        check(base, mine, theirs, value, prefer);
        // Merging is idempotent with respect to either side's own view.
        assert.deepEqual(merge3(base, value, value, { prefer }).value, value);
      }),
      { numRuns: RUNS },
    );
  });
}

test('the issue’s cases: two devices tick different items; a tick during a slow load', () => {
  const base = { items: [{ id: 'a', done: false }, { id: 'b', done: false }] };
  const a = { items: [{ id: 'a', done: true }, { id: 'b', done: false }] };
  const b = { items: [{ id: 'a', done: false }, { id: 'b', done: true }] };
  assert.deepEqual(merge3(base, b, a, { prefer: 'mine' }).value, { items: [{ id: 'a', done: true }, { id: 'b', done: true }] });
  // Saved ticks [0,1,2] on the server, one tick (9) made on the defaults while they loaded.
  assert.deepEqual(merge3({ ticks: [] }, { ticks: [9] }, { ticks: [0, 1, 2] }, { prefer: 'mine' }).value, { ticks: [9, 0, 1, 2] });
});

test('same field on both sides: the later edit wins and is counted as a conflict', () => {
  const r = merge3({ title: 'x', n: 1 }, { title: 'mine', n: 1 }, { title: 'theirs', n: 2 }, { prefer: 'theirs' });
  assert.deepEqual(r, { value: { title: 'theirs', n: 2 }, conflicts: 1 });
  assert.equal(merge3({ title: 'x' }, { title: 'mine' }, { title: 'theirs' }, { prefer: 'mine' }).value.title, 'mine');
});

test('an item deleted on one side and edited on the other is kept; order comes from mine', () => {
  const base = { items: [{ id: 1, t: 'a' }, { id: 2, t: 'b' }, { id: 3, t: 'c' }] };
  const mine = { items: [{ id: 3, t: 'c' }, { id: 1, t: 'a' }] }; // reordered, deleted 2
  const theirs = { items: [{ id: 1, t: 'a' }, { id: 2, t: 'B!' }, { id: 3, t: 'c' }, { id: 4, t: 'new' }] };
  const ids = merge3(base, mine, theirs, { prefer: 'mine' }).value.items;
  assert.ok(ids.some((i) => i.id === 2 && i.t === 'B!'));
  assert.ok(ids.some((i) => i.id === 4));
  // mine's order (3 before 1); their new item 4 follows its neighbour on their side (3)
  assert.deepEqual(ids.map((i) => i.id), [3, 4, 1, 2]);
});
