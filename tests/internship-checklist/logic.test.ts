import { expect } from '@open-wc/testing';
import { autoTicks } from '../../src/internship-checklist/auto-ticks.js';
import { dueOf, moveBefore, moveInSection, uniqueIds, type ChecklistItem } from '../../src/internship-checklist/logic.js';

const it_ = (id: string, section = 's'): ChecklistItem => ({ id, section, text: id, done: false });

describe('internship-checklist logic', () => {
  it('autoTicks reads each slot of the kit defensively', () => {
    expect(autoTicks(undefined)).to.deep.equal([]);
    expect(autoTicks({ thanks: 5, feedback: null, planner: { projects: 'x' } })).to.deep.equal([]);
    expect(autoTicks({ thanks: { people: [{ relationship: 'supervisor', status: 'draft' }, { relationship: 'peer', status: 'sent' }] } })).to.deep.equal([]);
    expect(
      autoTicks({
        thanks: { people: [{ relationship: 'supervisor', status: 'sent' }] },
        feedback: { meeting: { date: '2026-12-10' } },
        planner: { projects: [{}] },
        contacts: { contacts: [{}] },
        reflection: { summary: 'Grew a lot' },
      }),
    ).to.deep.equal(['thank-supervisor', 'schedule-feedback', 'handover', 'collect-contacts', 'write-reflection']);
    expect(autoTicks({ feedback: { meeting: { date: '' } }, planner: { projects: [] }, reflection: { summary: '   ' } })).to.deep.equal([]);
  });

  it('dueOf prefers the user date, else last day + offset', () => {
    expect(dueOf({ ...it_('a'), offsetDays: -14 }, '2026-12-18')).to.equal('2026-12-04');
    expect(dueOf({ ...it_('a'), offsetDays: -14, due: '2026-12-01' }, '2026-12-18')).to.equal('2026-12-01');
    expect(dueOf({ ...it_('a'), offsetDays: 3 }, undefined)).to.equal(undefined);
    expect(dueOf(it_('a'), '2026-12-18')).to.equal(undefined);
  });

  it('moves within a section, skipping other sections, and stops at the ends', () => {
    const items = [it_('a', 'x'), it_('b', 'y'), it_('c', 'x')];
    expect(moveInSection(items, 'a', 1)!.map((i) => i.id)).to.deep.equal(['c', 'b', 'a']);
    expect(moveInSection(items, 'a', -1)).to.equal(undefined);
    expect(moveInSection(items, 'zz', 1)).to.equal(undefined);
    expect(moveBefore(items, 'c', 'b')!.map((i) => `${i.id}${i.section}`)).to.deep.equal(['ax', 'cy', 'by']);
    expect(moveBefore(items, 'a', 'a')).to.equal(undefined);
  });

  it('makes ids unique', () => {
    expect(uniqueIds([it_('a'), it_('a'), it_('a-2')]).map((i) => i.id)).to.deep.equal(['a', 'a-2', 'a-2-2']);
  });
});
