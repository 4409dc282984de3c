import { expect } from '@open-wc/testing';
import { customDays, dueThisMonth, isCadence, nextFollowUp, personKey, rows, rrule, status, step } from '../../src/keep-in-touch/schedule.js';
import { guessMapping, mapRows, preview } from '../../src/keep-in-touch/import.js';
import type { Contact } from '../../src/keep-in-touch/types.js';

const c = (over: Partial<Contact>): Contact => ({ id: over.name ?? 'x', name: 'X', tags: [], cadence: 'monthly', log: [], ...over });

describe('keep-in-touch schedule (pure)', () => {
  it('reads cadences, including custom days within 1–3650', () => {
    expect(isCadence('quarterly')).to.be.true;
    expect(isCadence('custom:45')).to.be.true;
    expect(isCadence('custom:0')).to.be.false;
    expect(isCadence('custom:9999')).to.be.false;
    expect(isCadence('weekly')).to.be.false;
    expect(customDays('custom:10')).to.equal(10);
    expect(step('2026-01-31', 'monthly')).to.equal('2026-02-28');
    expect(step('2026-01-31', 'twice-a-year')).to.equal('2026-07-31');
    expect(step('2026-01-01', 'custom:10')).to.equal('2026-01-11');
  });

  it('counts the next follow-up from the last contact, else from the last day', () => {
    expect(nextFollowUp(c({ cadence: 'quarterly' }), '2026-06-30')).to.equal('2026-09-30');
    expect(nextFollowUp(c({ cadence: 'quarterly', lastContact: '2026-08-01' }), '2026-06-30')).to.equal('2026-11-01');
    expect(nextFollowUp(c({ cadence: 'monthly' }))).to.equal(undefined);
    expect(nextFollowUp(c({ cadence: 'monthly', lastContact: '2026-03-15' }))).to.equal('2026-04-15');
  });

  it('week-after: a week after the last day, then monthly from the last contact', () => {
    expect(nextFollowUp(c({ cadence: 'week-after' }), '2026-06-30')).to.equal('2026-07-07');
    // a contact logged before the last day does not count as the first follow-up
    expect(nextFollowUp(c({ cadence: 'week-after', lastContact: '2026-06-20' }), '2026-06-30')).to.equal('2026-07-07');
    expect(nextFollowUp(c({ cadence: 'week-after', lastContact: '2026-07-08' }), '2026-06-30')).to.equal('2026-08-08');
  });

  it('has an ideal and a maximum window: later, soon, due, overdue', () => {
    expect(status('2026-05-20', '2026-05-01')).to.equal('later');
    expect(status('2026-05-08', '2026-05-01')).to.equal('soon');
    expect(status('2026-05-01', '2026-05-01')).to.equal('due');
    expect(status('2026-04-17', '2026-05-01')).to.equal('due');
    expect(status('2026-04-16', '2026-05-01')).to.equal('overdue');
    expect(status(undefined, '2026-05-01')).to.equal('none');
    expect(dueThisMonth('2026-05-31', '2026-05-01')).to.be.true;
    expect(dueThisMonth('2026-06-01', '2026-05-01')).to.be.false;
    expect(dueThisMonth('2026-03-01', '2026-05-01')).to.be.true;
  });

  it('writes RRULEs and person keys', () => {
    expect(rrule('quarterly')).to.equal('FREQ=MONTHLY;INTERVAL=3');
    expect(rrule('custom:14')).to.equal('FREQ=DAILY;INTERVAL=14');
    expect(personKey({ name: 'Ana', email: ' ANA@x.org ' })).to.equal('e:ana@x.org');
    expect(personKey({ name: ' Ana ' })).to.equal('n:ana');
  });

  // Its speed is measured by `npm run bench` (keep-in-touch, filter and reorder at N=10,000), not timed here.
  it('filters and sorts 10,000 contacts', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => c({ id: `c${i}`, name: `Person ${i}`, lastContact: `2026-0${(i % 9) + 1}-01`, tags: i % 2 ? ['design'] : [] }));
    const all = rows(many, { today: '2026-05-01', sort: 'next' });
    const found = rows(many, { today: '2026-05-01', query: 'person 99', sort: 'name' });
    expect(all).to.have.length(10_000);
    expect(all[0].next! <= all[9999].next!).to.be.true;
    expect(found.map((r) => r.contact.name)).to.include('Person 9999');
    const month = rows(many, { today: '2026-05-01', month: true });
    expect(month.every((r) => r.next! <= '2026-05-31')).to.be.true;
  });
});

describe('keep-in-touch sorting and schedule memo (pure)', () => {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const names = (list: ReturnType<typeof rows>) => list.map((r) => r.contact.name);

  it('sorts by name like the collator, also after renames and new people (incremental ranks)', () => {
    const people = ['Zoë', 'ana', 'Émile', 'Bob 10', 'Bob 9', 'Ángel', 'carla'].map((name, i) => c({ id: `p${i}`, name }));
    const expected = (list: Contact[]) => list.map((x) => x.name).sort(collator.compare);
    expect(names(rows(people, { today: '2026-05-01', sort: 'name' }))).to.deep.equal(expected(people));
    const renamed = people.map((p) => (p.id === 'p0' ? { ...p, name: 'Aaron' } : p)).concat(c({ id: 'p9', name: 'Dana' }));
    expect(names(rows(renamed, { today: '2026-05-01', sort: 'name' }))).to.deep.equal(expected(renamed));
    // Many new names at once take the full-sort path.
    const crowd = Array.from({ length: 300 }, (_, i) => c({ id: `q${i}`, name: `Guest ${299 - i}` })).concat(renamed);
    expect(names(rows(crowd, { today: '2026-05-01', sort: 'name' }))).to.deep.equal(expected(crowd));
  });

  it('gives the same follow-up dates and status from the memo as from a first computation', () => {
    const first = nextFollowUp({ cadence: 'quarterly', lastContact: '2026-01-31' }, '2026-06-01');
    expect(first).to.equal('2026-04-30');
    expect(nextFollowUp({ cadence: 'quarterly', lastContact: '2026-01-31' }, '2026-06-01')).to.equal(first);
    expect(nextFollowUp({ cadence: 'quarterly', lastContact: '2026-01-31' }, '2026-07-01')).to.equal('2026-04-30');
    expect(nextFollowUp({ cadence: 'week-after', lastContact: '2026-01-31' }, '2026-06-01')).to.equal('2026-06-08');
    expect(nextFollowUp({ cadence: 'week-after' }, '2026-06-10')).to.equal('2026-06-17');
    // Status edges around today (2026-05-10): soon ≤ 7 days ahead, due up to 14 days late.
    const today = '2026-05-10';
    expect(status('2026-05-18', today)).to.equal('later');
    expect(status('2026-05-17', today)).to.equal('soon');
    expect(status('2026-05-11', today)).to.equal('soon');
    expect(status('2026-05-10', today)).to.equal('due');
    expect(status('2026-04-26', today)).to.equal('due');
    expect(status('2026-04-25', today)).to.equal('overdue');
    expect(status('2026-05-17', '2026-05-16')).to.equal('soon');
    expect(status('2026-05-10', '2026-05-25')).to.equal('overdue');
  });
});

describe('keep-in-touch CSV import mapping (pure)', () => {
  it('guesses columns from header names', () => {
    expect(guessMapping(['Full name', 'E-mail address', 'LinkedIn URL', 'Job title', 'Department', 'Notes', 'Whatever'])).to.deep.equal([
      'name',
      'email',
      'linkedin',
      'role',
      'team',
      'notes',
      '',
    ]);
  });

  it('reports every row it could not read, with reasons, and drops nothing silently', () => {
    const p = preview('Name,Email,Last contact,Cadence\r\nAna,ana@x.org,2026-01-02,quarterly\r\n,,,\r\nBen,not-an-email,13/05/2026,weekly\r\nana dup,ANA@X.ORG,,\r\n');
    const { contacts, problems } = mapRows(p, new Set(), () => Math.random().toString(36));
    expect(contacts.map((x) => x.name)).to.deep.equal(['Ana', 'Ben']);
    expect(contacts[0]).to.include({ email: 'ana@x.org', lastContact: '2026-01-02', cadence: 'quarterly' });
    expect(problems.map((x) => `${x.row}:${x.kind}:${x.reason}`)).to.deep.equal([
      '3:skipped:empty',
      '4:field:email',
      '4:field:cadence',
      '4:field:date',
      '5:skipped:duplicate',
    ]);
  });
});
