// The kit's one task list (src/core/tasks/): pure, tested alone with the real default content.
import { expect } from '@open-wc/testing';
import { applyAutoTicks, autoReason, autoReasonText, collectTasks, inferTicks, setTaskDone, stripLayout, syncTwins, taskEvents } from '../../src/core/tasks/index.js';
import { defaultItems } from '../../src/internship-checklist/content.js';
import { defaultMilestones } from '../../src/finish-strong-planner/content.js';
import { nextFollowUp } from '../../src/keep-in-touch/schedule.js';

const en = (_id: string, english: string, params?: Record<string, string | number | undefined>) => english.replace(/\{(\w+)\}/g, (_, k) => String(params?.[k] ?? ''));
const LAST = '2026-12-18'; // a Friday
const rows = (v: unknown) => v as Array<Record<string, unknown>>;

function kit() {
  return {
    checklist: { items: defaultItems(en).map((i) => ({ ...i, done: false })), explore: [], ask: [] },
    planner: { holidays: [], milestones: defaultMilestones(en).map((m) => ({ ...m, date: '', done: false })), projects: [], log: [] },
    feedback: { selected: [], actions: [{ id: 'a1', text: 'Take the SQL course', due: '2026-12-11', done: false }, 'Ask for code reviews earlier'] },
    contacts: {
      contacts: [
        { id: 'k1', name: 'Sam Lee', cadence: 'custom:7', lastContact: '2026-12-01', tags: [], log: [] },
        { id: 'k2', name: 'Priya Nair', cadence: 'week-after', tags: [], log: [] },
      ],
    },
  };
}
const opts = { lastDay: LAST, followUp: nextFollowUp as never, followUpText: (n: string) => `Follow up with ${n}` };

describe('core/tasks', () => {
  it('makes one list with one id space from every step, without the default duplicates', () => {
    const tasks = collectTasks(kit(), opts);
    const ids = tasks.map((t) => t.id);
    expect(new Set(ids).size).to.equal(ids.length);
    // 17 checklist items + 7 milestones − 5 that say the same + 2 next steps + 1 follow-up before the last day.
    expect(tasks).to.have.length(17 + 2 + 2 + 1);
    const texts = tasks.map((t) => t.text);
    expect(texts.filter((t) => /last day/i.test(t) && /confirm/i.test(t))).to.have.length(1);
    expect(texts.filter((t) => /return equipment/i.test(t))).to.have.length(1);
    expect(tasks.find((t) => t.id === 'checklist:confirm-end-date')).to.deep.include({ source: 'checklist', also: ['planner'], due: '2026-12-04' });
    expect(tasks.find((t) => t.id === 'planner:share')).to.deep.include({ section: 'finish', due: '2026-12-15' });
    expect(tasks.find((t) => t.id === 'feedback:a1')).to.deep.include({ section: 'feedback', due: '2026-12-11', done: false });
    expect(tasks.some((t) => t.source === 'feedback' && t.text === 'Ask for code reviews earlier')).to.be.true;
    // Sam is due a week after the last contact (before the last day); Priya a week after the last day (not a task yet).
    expect(tasks.filter((t) => t.source === 'contacts').map((t) => [t.text, t.due])).to.deep.equal([['Follow up with Sam Lee', '2026-12-08']]);
    // Grouped by the seed's sections, in order.
    const order = ['evaluate', 'feedback', 'gratitude', 'reflect', 'finish', 'keep-in-touch'];
    const seen = tasks.map((t) => order.indexOf(t.section));
    expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
  });

  it('a planner milestone on a weekend moves to the working day before', () => {
    const data = { planner: { milestones: [{ id: 'x', text: 'X', date: '', done: false, offset: -6 }] } };
    expect(collectTasks(data, { lastDay: LAST })[0].due).to.equal('2026-12-11');
  });

  it('dates checklist items as the checklist does: working days, and not before the intern’s first visit', () => {
    // LAST is Friday 18 December: -6 is Saturday the 12th, shown (like the checklist) on Friday the 11th.
    const item = { id: 'x', section: 'finish', text: 'X', done: false, offsetDays: -6 };
    expect(collectTasks({ checklist: { items: [item] } }, { lastDay: LAST })[0].due).to.equal('2026-12-11');
    expect(collectTasks({ checklist: { items: [item], firstVisit: '2026-12-14' } }, { lastDay: LAST })[0].due).to.equal('2026-12-14');
    expect(collectTasks({ checklist: { items: [{ ...item, due: '2026-12-01' }], firstVisit: '2026-12-14' } }, { lastDay: LAST })[0].due).to.equal('2026-12-01');
  });

  it('ticks a task everywhere it appears', () => {
    const data = kit();
    const patch = setTaskDone(data, 'planner:confirm', true, '2026-12-01');
    expect(rows(patch.planner!.milestones).find((m) => m.id === 'confirm')!.done).to.be.true;
    expect(rows(patch.checklist!.items).find((i) => i.id === 'confirm-end-date')!.done).to.be.true;
    const step = setTaskDone(data, 'feedback:a1', true, '2026-12-01');
    expect(rows(step.feedback!.actions)[0]).to.deep.include({ id: 'a1', done: true });
    const follow = setTaskDone(data, 'contacts:k1', true, '2026-12-08');
    expect(rows(follow.contacts!.contacts)[0]).to.deep.include({ lastContact: '2026-12-08' });
    expect(setTaskDone(data, 'planner:nope', true, '2026-12-01')).to.deep.equal({});
  });

  it('keeps a ticked follow-up on the list, done, and unticking it gives keep-in-touch its last contact back', () => {
    const data = kit();
    const open = collectTasks(data, opts).find((t) => t.source === 'contacts')!;
    expect(open).to.deep.include({ id: 'contacts:k1@2026-12-08', due: '2026-12-08', done: false });
    const ticked = { ...data, ...setTaskDone(data, open.id, true, '2026-12-03') };
    const sam = rows((ticked.contacts as { contacts: unknown }).contacts)[0];
    expect(sam).to.deep.include({ lastContact: '2026-12-03' });
    expect(sam.log).to.deep.equal([{ date: '2026-12-03', channel: 'other', followUp: '2026-12-08', previous: '2026-12-01' }]);
    // Done on its date, and the next one (a week after today's contact) is a new task.
    const after = collectTasks(ticked, opts).filter((t) => t.source === 'contacts');
    expect(after.map((t) => [t.id, t.done])).to.deep.equal([['contacts:k1@2026-12-08', true], ['contacts:k1@2026-12-10', false]]);
    // Unticking (in the checklist, the planner, anywhere) reverts keep-in-touch: no logged contact, the old last contact.
    const back = { ...ticked, ...setTaskDone(ticked, open.id, false, '2026-12-03') };
    expect(rows((back.contacts as { contacts: unknown }).contacts)[0]).to.deep.include({ lastContact: '2026-12-01', log: [] });
    expect(collectTasks(back, opts).filter((t) => t.source === 'contacts').map((t) => [t.id, t.done])).to.deep.equal([['contacts:k1@2026-12-08', false]]);
    // Ticking the same follow-up twice logs one contact.
    expect(setTaskDone(ticked, open.id, true, '2026-12-04')).to.deep.equal({});
  });

  it('puts a reference reminder one week before each deadline on the list, for everyone who agreed', () => {
    const base = kit();
    const data = {
      ...base,
      contacts: {
        contacts: [...base.contacts.contacts, { id: 'k3', name: 'Jordan Alvarez', cadence: 'monthly', reference: 'agreed', tags: [], log: [] }, { id: 'k4', name: 'Ana', cadence: 'monthly', reference: 'asked', tags: [], log: [] }],
        applications: [{ id: 'a1', role: 'Data analyst', company: 'Acme', deadline: '2027-01-15' }, { id: 'a2', role: 'BI intern' }],
      },
    };
    const refOpts = { ...opts, referenceText: (name: string, role: string) => `Remind ${name}: reference for ${role}` };
    const refs = collectTasks(data, refOpts).filter((t) => t.id.startsWith('contacts:ref:'));
    expect(refs).to.deep.equal([{ id: 'contacts:ref:k3:a1', source: 'contacts', section: 'keep-in-touch', text: 'Remind Jordan Alvarez: reference for Data analyst', due: '2027-01-08', done: false }]);
    const ticked = { ...data, ...setTaskDone(data, refs[0].id, true, '2027-01-08') };
    expect((ticked.contacts as { remindersDone: string[] }).remindersDone).to.deep.equal(['ref-k3-a1']);
    expect(collectTasks(ticked, refOpts).find((t) => t.id === refs[0].id)!.done).to.be.true;
    const back = { ...ticked, ...setTaskDone(ticked, refs[0].id, false, '2027-01-08') };
    expect(back.contacts).not.to.have.property('remindersDone');
    expect(setTaskDone(data, 'contacts:ref:k3:nope', true, '2027-01-08')).to.deep.equal({});
  });

  it('keeps the two copies of a merged task in step', () => {
    const before = kit();
    const after = { ...before, planner: { ...before.planner, milestones: before.planner.milestones.map((m) => (m.id === 'goodbye' ? { ...m, done: true } : m)) } };
    const patch = syncTwins(before, after);
    expect(rows(patch.checklist!.items).find((i) => i.id === 'return-equipment')!.done).to.be.true;
    expect(patch.planner).to.equal(undefined);
    expect(syncTwins(after, after)).to.deep.equal({});
  });

  it('ticks what the kit knows, once, in the checklist and the planner', () => {
    const data = { ...kit(), feedback: { selected: [], actions: [], meeting: { date: '2026-12-14', time: '14:00' } } };
    const patch = applyAutoTicks(data);
    expect(rows(patch.checklist!.items).find((i) => i.id === 'schedule-feedback')!.done).to.be.true;
    // Sam and Priya have no e-mail or LinkedIn: names alone are no contact details collected.
    expect(patch.checklist!.auto).to.deep.equal(['schedule-feedback']);
    expect(rows(patch.planner!.milestones).find((m) => m.id === 'talk')!.done).to.be.true;
    // Unticked by the intern afterwards: not ticked again.
    const again = { ...data, checklist: { ...patch.checklist!, items: rows(patch.checklist!.items).map((i) => ({ ...i, done: false })) } };
    expect(applyAutoTicks(again)).to.deep.equal({});
  });

  it('infers a tick only from what the intern did, with the evidence counted', () => {
    const sent = (id: string, relationship: string, status = 'sent') => ({ id, name: id === 'p1' ? 'Jordan Alvarez' : id, relationship, status });
    // Thank-you notes: the supervisor's own item, and "teammates and staff" once a note went to anyone else (or the team).
    expect(inferTicks({ thanks: { people: [sent('p1', 'supervisor')] } })).to.deep.equal([{ id: 'thank-supervisor', rule: 'supervisor-note', name: 'Jordan Alvarez' }]);
    expect(inferTicks({ thanks: { people: [sent('p1', 'supervisor'), sent('p2', 'teammate'), sent('p3', 'staff'), sent('p4', 'mentor'), sent('p5', 'teammate', 'drafted')] } }).find((i) => i.id === 'thank-team')).to.deep.equal({ id: 'thank-team', rule: 'notes-sent', n: 4 });
    expect(inferTicks({ thanks: { people: [], team: { draft: 'Hi all', status: 'sent' } } })).to.deep.equal([{ id: 'thank-team', rule: 'notes-sent', n: 1 }]);
    expect(inferTicks({ thanks: { people: [sent('p2', 'teammate', 'drafted')], team: { draft: 'Hi', status: 'drafted' } } })).to.deep.equal([]);
    // The feedback talk: a real date only.
    expect(inferTicks({ feedback: { meeting: { date: '2026-12-14' } } })).to.deep.equal([{ id: 'schedule-feedback', rule: 'talk-date', date: '2026-12-14' }]);
    expect(inferTicks({ feedback: { meeting: { date: 'soon' } } })).to.deep.equal([]);
    // Handover: every project she started has a name and a note; empty rows are not projects.
    const project = (p: object) => ({ id: 'x', name: '', status: '', next: '', files: '', access: '', owner: '', contacts: '', deadline: '', ...p });
    expect(inferTicks({ planner: { projects: [project({})] } }), 'an empty project').to.deep.equal([]);
    expect(inferTicks({ planner: { projects: [project({ name: 'Churn dashboard' })] } }), 'a name alone').to.deep.equal([]);
    expect(inferTicks({ planner: { projects: [project({ name: 'Churn dashboard', deadline: '2026-12-10' })] } }), 'a deadline is no note').to.deep.equal([]);
    expect(inferTicks({ planner: { projects: [project({ name: 'Churn dashboard', next: 'Hand to Sam' }), project({ name: 'ETL' })] } }), 'one of two').to.deep.equal([]);
    expect(inferTicks({ planner: { projects: [project({ name: 'Churn dashboard', next: 'Hand to Sam' }), project({ name: 'ETL', owner: 'Priya' }), project({})] } })).to.deep.equal([{ id: 'handover', rule: 'handover-notes', n: 2 }]);
    // Contacts: hers (not handed over by the kit), with a way to reach them.
    const contact = (c: object) => ({ id: 'c', name: 'Sam Lee', tags: [], cadence: 'monthly', log: [], ...c });
    expect(inferTicks({ contacts: { contacts: [contact({ email: 'jordan@example.com', via: 'thanks' }), contact({ email: 'j@example.com', via: 'feedback' }), contact({})] } })).to.deep.equal([]);
    expect(inferTicks({ contacts: { contacts: [contact({ linkedin: 'https://www.linkedin.com/in/sam' }), contact({ email: 'ana@example.com' }), contact({ email: 'jordan@example.com', via: 'thanks' })] } })).to.deep.equal([{ id: 'collect-contacts', rule: 'contacts-saved', n: 2 }]);
    // Reflection: the summary and each answered prompt; blank ones are not written.
    expect(inferTicks({ reflection: { summary: '  ', entries: [{ text: '' }, { text: ' ' }] } })).to.deep.equal([]);
    expect(inferTicks({ reflection: { summary: 'A year in data', entries: [{ text: 'I learned SQL.' }, { text: '' }] } })).to.deep.equal([{ id: 'write-reflection', rule: 'reflection-written', n: 2 }]);
    // Any shape.
    for (const bad of [undefined, null, 5, 'x', [], { thanks: 5, planner: { projects: 'x' }, contacts: { contacts: [null, 3] }, reflection: { entries: {} } }]) expect(inferTicks(bad)).to.deep.equal([]);
  });

  it('explains a tick only while it is the kit’s, in one line in the element’s language', () => {
    const data = { checklist: { items: [], auto: ['thank-team'] }, thanks: { people: [{ relationship: 'teammate', status: 'sent' }, { relationship: 'staff', status: 'sent' }] } };
    const why = autoReason(data, 'thank-team')!;
    expect(why).to.deep.equal({ id: 'thank-team', rule: 'notes-sent', n: 2 });
    expect(autoReason(data, 'thank-supervisor'), 'not ticked by the kit').to.equal(undefined);
    expect(autoReason({ ...data, checklist: { items: [] } }, 'thank-team'), 'ticked by her, not the kit').to.equal(undefined);
    const english = { locale: 'en', t: (_id: string, en: string, p?: Record<string, unknown>) => en.replace(/\{(\w+)\}/g, (_, k) => String(p?.[k])), plural: (n: number, _id: string, f: { one: string; other: string }) => (n === 1 ? f.one : f.other).replace('{n}', String(n)) };
    expect(autoReasonText(english, why)).to.equal('Ticked because you sent 2 thank-you notes.');
    expect(autoReasonText(english, { id: 'schedule-feedback', rule: 'talk-date', date: '2026-12-14' })).to.equal('Ticked because you set a date for your feedback talk: Mon, Dec 14, 2026.');
  });

  it('gives the calendar one event per dated task', () => {
    const tasks = collectTasks(kit(), opts);
    const events = taskEvents(tasks);
    expect(events.length).to.equal(tasks.filter((t) => t.due && t.source !== 'contacts').length);
    expect(new Set(events.map((e) => e.uid)).size).to.equal(events.length);
  });

  it('reads any shape without throwing', () => {
    expect(collectTasks(undefined)).to.deep.equal([]);
    expect(collectTasks({ checklist: 5, planner: { milestones: 'x' }, feedback: { actions: [null, 3, ''] } })).to.deep.equal([]);
    expect(setTaskDone(null, 'x', true, '2026-01-01')).to.deep.equal({});
  });

  it('lays out the strip: every dated task on its date, close ones stacked, overdue marked', () => {
    const s = stripLayout(
      [
        { id: 'a', text: 'A', due: '2026-11-20', done: false },
        { id: 'b', text: 'B', due: '2026-12-04', done: true },
        { id: 'c', text: 'C', due: '2026-12-04', done: false },
        { id: 'd', text: 'D', due: '2026-12-18', done: false },
        { id: 'e', text: 'no date', due: '', done: false },
      ],
      '2026-11-30',
      '2026-12-18',
    );
    expect(s.from).to.equal('2026-11-20');
    expect(s.to).to.equal('2026-12-18');
    expect(s.marks.map((m) => [m.id, m.state, m.lane])).to.deep.equal([['a', 'overdue', 0], ['b', 'done', 0], ['c', 'open', 1], ['d', 'open', 0]]);
    const [a, b, , d] = s.marks;
    expect(a.x).to.be.below(s.todayX);
    expect(s.todayX).to.be.below(b.x);
    expect(d.x).to.equal(s.lastDayX);
    expect(s.weeks.map((w) => w.date)).to.deep.equal(['2026-11-20', '2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18']);
  });
});
