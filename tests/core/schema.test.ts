import { expect } from '@open-wc/testing';
import { bool, isoDate, list, obj, oneOf, parseWith, text, literalTrue } from '../../src/core/schema.js';

const item = obj({ id: text(), done: bool() }, { due: isoDate(), custom: literalTrue(), kind: oneOf(['a', 'b'] as const) });
const shape = obj({ items: list(item), tags: list(text()) }, {}, { items: () => [], tags: () => [] });

describe('schema', () => {
  it('keeps good data as it is', () => {
    const v = { items: [{ id: 'x', done: true, due: '2026-12-01', custom: true as const, kind: 'a' as const }], tags: ['t'] };
    const { value, issues } = parseWith(shape, v, () => ({ items: [], tags: [] }));
    expect(value).to.deep.equal(v);
    expect(issues).to.deep.equal([]);
  });

  it('drops bad items, keeps unknown fields (a newer build\'s), and reports each', () => {
    const { value, issues } = parseWith(
      shape,
      { items: [{ id: 'x', done: 'yes' }, { id: 'y', done: false, due: '2026-13-01', extra: 1 }, 5], tags: ['a', 3], more: true },
      () => ({ items: [], tags: [] }),
    );
    expect(value).to.deep.equal({ items: [{ id: 'y', done: false, extra: 1 }], tags: ['a'], more: true });
    expect(issues.join('\n')).to.contain('items[0].done');
    expect(issues.join('\n')).to.contain('items[1].due');
    expect(issues.join('\n')).to.contain('items[1].extra: unknown field');
    expect(issues.join('\n')).to.contain('more: unknown field');
  });

  it('names the full path of a nested problem, and "value" for the value itself', () => {
    const deep = obj({ people: list(obj({ name: text(), log: list(obj({ date: isoDate() })) })) });
    const { issues } = parseWith(deep, { people: [{ name: 'a', log: [] }, { name: 'b', log: [{ date: 'x' }, 5] }, { log: [] }] }, () => ({ people: [] }));
    expect(issues).to.deep.equal([
      'people[1].log[0].date: expected a date as YYYY-MM-DD',
      'people[1].log[1]: expected an object',
      'people[2].name: missing',
    ]);
    expect(parseWith(deep, 7, () => ({ people: [] })).issues).to.deep.equal(['value: expected an object']);
  });

  it('falls back when the whole value is unusable', () => {
    const { value, issues } = parseWith(shape, 'nonsense', () => ({ items: [], tags: ['default'] }));
    expect(value).to.deep.equal({ items: [], tags: ['default'] });
    expect(issues).to.have.length(1);
  });

  it('fills missing top-level lists from the fallback', () => {
    const { value } = parseWith(shape, { items: [] }, () => ({ items: [], tags: [] }));
    expect(value).to.deep.equal({ items: [], tags: [] });
  });
});
