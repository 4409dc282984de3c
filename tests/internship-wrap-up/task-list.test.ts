// The kit's one task list inside <internship-wrap-up>: computed once per change, follow-ups that tick
// and untick everywhere, and reference reminders on the list.
import { expect, fixture, html } from '@open-wc/testing';
import { holidayRules } from '../../src/core/holidays.js';
import '../../src/all.js';
import { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import ICAL from 'ical.js';
import { clearKeys, settle } from '../helpers/test-element.js';
import { allByRole, byRole } from '../helpers/roles.js';

const KEY = 'task-list-';
let n = 0;

async function kit(contacts?: object): Promise<InternshipWrapUp> {
  const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key=${KEY + n++} .now=${new Date('2026-12-03T12:00:00')} intern-name="Maya Chen" company="Northwind Logistics"
    supervisor="Jordan Alvarez" role="Data analyst intern" start-date="2026-09-07" end-date="2026-12-18"></internship-wrap-up>`);
  await settle(50);
  if (contacts) {
    el.value = { ...el.value, contacts };
    await settle(60);
  }
  return el;
}

async function openStep(el: InternshipWrapUp, name: string): Promise<void> {
  byRole(el, 'tab', name).click();
  await settle(80);
}

type Contacts = { contacts: { name: string; lastContact?: string; log: unknown[] }[]; remindersDone?: string[] };
/** Keep-in-touch's own value (the widget), and the kit's copy of it: both must agree. */
function keepInTouch(el: InternshipWrapUp): Contacts[] {
  const widget = el.shadowRoot!.querySelector('keep-in-touch') as unknown as { value: Contacts } | null;
  return [el.value.contacts as Contacts, ...(widget ? [widget.value] : [])];
}

const SAM = { id: 'k1', name: 'Sam Lee', cadence: 'custom:7', lastContact: '2026-12-01', tags: [], log: [] };
const JORDAN = { id: 'k3', name: 'Jordan Alvarez', cadence: 'monthly', lastContact: '2026-12-01', reference: 'agreed', tags: ['reference'], log: [] };

/** Counts the kit's task-list computations while `run` runs (and the updates it causes settle). */
async function countRuns(run: () => unknown): Promise<number> {
  const original = InternshipWrapUp.collectTasks;
  let calls = 0;
  InternshipWrapUp.collectTasks = (...args) => {
    calls++;
    return original(...args);
  };
  try {
    await run();
    await settle(60);
  } finally {
    InternshipWrapUp.collectTasks = original;
  }
  return calls;
}

describe('<internship-wrap-up> task list', function () {
  this.timeout(20000);
  after(() => clearKeys(KEY));

  it('computes the task list once per change, not once per reader', async () => {
    // The public holidays load on use and move dates when they arrive (#32): here, before counting.
    await holidayRules.load();
    const el = await kit();
    // Nothing changed: reading it again (the overview, the context, the render) costs nothing.
    expect(await countRuns(() => [el.tasks, el.tasks, el.requestUpdate()])).to.equal(0);
    // One tick is one change: the willUpdate check, the steps' context and the overview share one list.
    const calls = await countRuns(() => el.tick('checklist:confirm-end-date', true));
    expect(el.tasks.find((t) => t.id === 'checklist:confirm-end-date')!.done).to.be.true;
    expect(calls, 'collectTasks calls for one tick').to.equal(1);
  });

  it('a follow-up ticked in the checklist logs a contact in keep-in-touch, and unticking it takes the contact back', async () => {
    const el = await kit({ contacts: [SAM] });
    const box = () => byRole<HTMLInputElement>(el, 'checkbox', 'Follow up with Sam Lee');
    expect(box().closest('li')!.textContent).to.contain('From Keep in touch');
    box().click();
    await settle(80);
    // Ticked where it is shown, and logged in keep-in-touch.
    expect(allByRole<HTMLInputElement>(el, 'checkbox', 'Follow up with Sam Lee').filter((b) => b.checked)).to.have.length(1);
    for (const v of keepInTouch(el)) expect(v.contacts[0]).to.deep.include({ lastContact: '2026-12-03' });
    // Fails on the old kit: the ticked follow-up left the list (nothing to untick) and keep-in-touch kept the contact.
    allByRole<HTMLInputElement>(el, 'checkbox', 'Follow up with Sam Lee').find((b) => b.checked)!.click();
    await settle(80);
    for (const v of keepInTouch(el)) expect(v.contacts[0]).to.deep.include({ lastContact: '2026-12-01', log: [] });
    expect(allByRole<HTMLInputElement>(el, 'checkbox', 'Follow up with Sam Lee').map((b) => b.checked)).to.deep.equal([false]);
    // And in keep-in-touch itself, after a visit: still reverted.
    await openStep(el, 'Keep in touch');
    for (const v of keepInTouch(el)) expect(v.contacts[0]).to.deep.include({ lastContact: '2026-12-01', log: [] });
  });

  it('a reference reminder, one week before each deadline, is one task: in the checklist, on the planner, once in the calendar', async () => {
    const el = await kit({ contacts: [JORDAN], applications: [{ id: 'a1', role: 'Data analyst', company: 'Acme', deadline: '2027-01-15' }] });
    const name = 'Remind Jordan Alvarez: reference for Data analyst';
    expect(el.tasks.filter((t) => t.text === name).map((t) => [t.id, t.due])).to.deep.equal([['contacts:ref:k3:a1', '2027-01-08']]);
    const box = byRole<HTMLInputElement>(el, 'checkbox', name);
    expect(box.closest('li')!.textContent).to.contain('From Keep in touch');
    box.click();
    await settle(80);
    for (const v of keepInTouch(el)) expect(v.remindersDone).to.deep.equal(['ref-k3-a1']);
    const todo = new ICAL.Component(ICAL.parse(el.toICS())).getAllSubcomponents('vtodo').find((e) => e.getFirstPropertyValue('summary') === name)!;
    expect(todo.getFirstPropertyValue('status')).to.equal('COMPLETED');
    await openStep(el, 'Finish strong');
    const onTimeline = byRole<HTMLInputElement>(el, 'checkbox', name);
    expect(onTimeline.checked).to.be.true;
    onTimeline.click();
    await settle(80);
    for (const v of keepInTouch(el)) expect(v).not.to.have.property('remindersDone');
    // One event for it in the kit's calendar (keep-in-touch's reminder, not a second copy from the list).
    const cal = new ICAL.Component(ICAL.parse(el.toICS()));
    const all = [...cal.getAllSubcomponents('vevent'), ...cal.getAllSubcomponents('vtodo')].map((e) => String(e.getFirstPropertyValue('summary')));
    expect(all.filter((s) => s === name)).to.have.length(1);
  });

  it('dates the list on the kit’s weekend: the host’s weekend, or the locale’s (Friday–Saturday in Riyadh)', async () => {
    const el = await kit();
    const due = (id: string) => el.tasks.find((t) => t.id === id)?.due;
    // two weeks before Friday 18 December: a working Friday in New York
    expect(due('checklist:confirm-end-date')).to.equal('2026-12-04');
    el.weekend = 'fri sat';
    await settle(60);
    expect(due('checklist:confirm-end-date')).to.equal('2026-12-03'); // ✗ old code: the kit's list ignored the weekend
    expect(due('checklist:schedule-feedback')).to.equal('2026-12-10');
  });
});
