// Issue #30: the pack layer's pure parts (src/core/pack/): the check with JSON paths, per-language text,
// the list rule and the version merge.
import { expect } from '@open-wc/testing';
import { readPack } from '../../src/core/pack/validate.js';
import { localize, partFor } from '../../src/core/pack/resolve.js';
import { mergePack, type MergeItem } from '../../src/core/pack/merge.js';
import { shapeList } from '../../src/core/pack/list.js';

type Item = MergeItem & { text: string; done?: boolean; note?: string };

describe('readPack: a bad part is reported with its JSON path, the rest applies', () => {
  it('drops one bad item, keeps the others and every other part', () => {
    const { pack, issues } = readPack({
      id: 'ridgeview-2026',
      version: 1,
      'internship-checklist': { items: [0, 1, 2].map((i) => ({ id: `i${i}`, section: 'finish', text: `Item ${i}` })).concat([{ id: 'bad', section: 'finish', text: 42 } as never]) },
      'feedback-questions': { questions: [{ id: 'q', theme: 'goals', text: { en: 'Goals?', es: '¿Objetivos?' } }] },
    });
    expect(issues).to.deep.equal(['content["internship-checklist"].items[3].text: expected text, or text per language ({ "en": "…" })']);
    expect(pack!['internship-checklist']!.items!.map((i) => i.id)).to.deep.equal(['i0', 'i1', 'i2']);
    expect(pack!['feedback-questions']!.questions).to.have.length(1);
  });

  it('reports unknown parts and fields and a bad cadence, each with its path', () => {
    const { pack, issues } = readPack({ id: 'p', version: 3, 'internship-checklsit': {}, 'keep-in-touch': { cadences: { default: 'weekly' } }, 'finish-strong-planner': { milestones: [{ id: 'm', text: 'x', offset: -3 }] } });
    expect(issues).to.include('content["internship-checklsit"]: unknown part (the steps are internship-checklist, feedback-questions, thank-you-composer, reflection-journal, finish-strong-planner, keep-in-touch)');
    expect(issues).to.include('content["keep-in-touch"].cadences.default: expected week-after, monthly, quarterly, twice-a-year or custom:<days>');
    expect(issues).to.include('content["finish-strong-planner"].milestones[0].offset: unknown field');
    expect(pack!.version).to.equal(3);
  });

  it('refuses a pack without a usable id or version (its id names the stored data)', () => {
    expect(readPack({ version: 1 }).pack).to.equal(undefined);
    expect(readPack({ id: '../x', version: 1 }).issues[0]).to.match(/^content\.id: /);
    expect(readPack({ id: 'x', version: 0 }).issues).to.deep.equal(['content.version: expected a whole number from 1']);
    expect(readPack('{}').pack).to.equal(undefined);
  });

  it('keeps hostile text as text (it is rendered as text, never parsed)', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { pack, issues } = readPack({ id: 'p', version: 1, 'internship-checklist': { items: [{ id: 'x', section: 'finish', text: evil }] } });
    expect(issues).to.deep.equal([]);
    expect(partFor(pack, 'internship-checklist', 'en')!.items).to.deep.equal([{ id: 'x', section: 'finish', text: evil }]);
  });
});

describe('localize and partFor', () => {
  it('picks the locale, then its language, then English, then the first text', () => {
    const t = { en: 'Report', es: 'Informe', 'es-MX': 'Reporte' };
    expect(localize(t, 'es-MX')).to.equal('Reporte');
    expect(localize(t, 'es-ES')).to.equal('Informe');
    expect(localize(t, 'fr')).to.equal('Report');
    expect(localize({ de: 'Bericht' }, 'fr')).to.equal('Bericht');
    expect(localize('Plain', 'es')).to.equal('Plain');
  });

  it('gives a step its part in the shape it takes alone, with the programme stamp', () => {
    const { pack } = readPack({ id: 'p', version: 2, 'reflection-journal': { frameworks: { p: { label: { en: 'P', es: 'P-es' }, prompts: { goals: { en: 'G', es: 'G-es' } } } }, skills: [{ en: 'SQL', es: 'SQL-es' }] } });
    expect(partFor(pack, 'reflection-journal', 'es')).to.deep.equal({ frameworks: { p: { label: 'P-es', prompts: { goals: 'G-es' } } }, skills: ['SQL-es'], pack: { id: 'p', version: 2 } });
    expect(partFor(pack, 'keep-in-touch', 'es')).to.equal(undefined);
  });
});

describe('shapeList: one rule for every list', () => {
  const d = [{ id: 'a', t: 'A' }, { id: 'b', t: 'B' }, { id: 'c', t: 'C' }];
  it('replaces by id in place, adds new ids, hides, or starts empty', () => {
    expect(shapeList(d, [{ id: 'b', t: 'B2' }, { id: 'z', t: 'Z' }], { hide: ['c'] })).to.deep.equal([{ id: 'a', t: 'A' }, { id: 'b', t: 'B2' }, { id: 'z', t: 'Z' }]);
    expect(shapeList(d, [{ id: 'z', t: 'Z' }], { replace: true })).to.deep.equal([{ id: 'z', t: 'Z' }]);
  });
});

describe('mergePack: a new version over a started intern', () => {
  const from = 'pack:rv';
  const v1: Item[] = [{ id: 'a', from, text: 'A1' }, { id: 'b', from, text: 'B1' }, { id: 'c', from, text: 'C1' }];
  const follow = (mine: Item, theirs: Item): Item => ({ ...mine, text: theirs.text });
  const seen1 = { id: 'rv', version: 1, ids: ['a', 'b', 'c'] };

  it('adds new items after their neighbour, retires dropped ones with her work, rewords unedited ones only', () => {
    const mine: Item[] = [
      { id: 'a', from, text: 'A1', done: true, note: 'Sent on Monday' },
      { id: 'b', from, text: 'My own B', edited: true },
      { id: 'own', text: 'Her item' },
      { id: 'c', from, text: 'C1' },
    ];
    const v2: Item[] = [{ id: 'b', from, text: 'B2' }, { id: 'n', from, text: 'New' }, { id: 'c', from, text: 'C2' }];
    const r = mergePack(mine, v2, { id: 'rv', version: 2 }, seen1, follow);
    expect(r.items).to.deep.equal([
      { id: 'a', from, text: 'A1', done: true, note: 'Sent on Monday', retired: true },
      { id: 'b', from, text: 'My own B', edited: true },
      { id: 'n', from, text: 'New' },
      { id: 'own', text: 'Her item' },
      { id: 'c', from, text: 'C2' },
    ]);
    expect(r.added).to.deep.equal(['n']);
    expect(r.retired).to.deep.equal(['a']);
    expect(r.seen).to.deep.equal({ id: 'rv', version: 2, ids: ['b', 'n', 'c'] });
  });

  it('does not add back an item she deleted, nor re-retire one she restored, on the same version', () => {
    const mine: Item[] = [{ id: 'b', from, text: 'B1' }, { id: 'old', from, text: 'Old' }];
    const r = mergePack(mine, v1, { id: 'rv', version: 1 }, { ...seen1, ids: ['a', 'b', 'c'] }, follow);
    expect(r.items.map((i) => i.id)).to.deep.equal(['b', 'old']);
    expect(r.changed).to.equal(false);
  });

  it('brings back a retired item the next version restores, and leaves another programme alone', () => {
    const mine: Item[] = [{ id: 'a', from, text: 'A1', retired: true, note: 'kept' }, { id: 'x', from: 'pack:other', text: 'Theirs' }];
    const r = mergePack(mine, v1, { id: 'rv', version: 3 }, { id: 'rv', version: 2, ids: ['b', 'c'] }, follow);
    expect(r.items[0]).to.deep.equal({ id: 'a', from, text: 'A1', note: 'kept' });
    expect(r.items[1]).to.deep.equal({ id: 'x', from: 'pack:other', text: 'Theirs' });
  });

  it('retires a default item the pack now hides, once', () => {
    const mine = [{ id: 'explore-areas', text: 'Explore', done: true } as Item];
    const r = mergePack(mine, [], { id: 'rv', version: 2 }, { id: 'rv', version: 1, ids: [] }, follow, ['explore-areas']);
    expect(r.items[0].retired).to.equal(true);
  });
});
