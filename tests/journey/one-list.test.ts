// The kit's one task list, driven as an intern would: by roles and names, in the demo's markup.
import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { clearKeys, settle } from '../helpers/test-element.js';
import { allByRole, byRole, pick, until } from '../helpers/roles.js';

const KEY = 'journey-list-';
let n = 0;

async function kit(): Promise<InternshipWrapUp> {
  const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key=${KEY + n++} intern-name="Maya Chen" company="Northwind Logistics"
    supervisor="Jordan Alvarez" supervisor-email="jordan.alvarez@example.com" role="Data analyst intern" start-date="2026-09-07" end-date="2026-12-18"></internship-wrap-up>`);
  await settle(50);
  return el;
}

async function openStep(el: InternshipWrapUp, name: string): Promise<void> {
  byRole(el, 'tab', name).click();
  await settle(60);
}

const card = (el: InternshipWrapUp, step: string) => byRole(el.shadowRoot!, 'button', step).closest('li')!.querySelector('.hint')!.textContent!.trim();

describe('journey: one task list in the kit', () => {
  after(() => clearKeys(KEY));

  it('shows every task once in the checklist, with where it came from, and ticks it everywhere', async () => {
    const el = await kit();
    // Checklist items (17) and the planner milestones that are not the same task (2): one list, no duplicates.
    expect(card(el, 'Checklist')).to.equal('0 of 19 done');
    const confirm = allByRole(el, 'checkbox', /confirm your last day/i);
    expect(confirm, 'one “Confirm your last day”').to.have.length(1);
    expect(allByRole(el, 'checkbox', /return equipment/i)).to.have.length(1);
    const share = byRole<HTMLInputElement>(el, 'checkbox', /share the handover/i);
    expect(share.closest('li')!.textContent).to.contain('From Finish strong');

    // Ticking in the checklist ticks the same task in the planner, and the other way round.
    confirm[0].click();
    share.click();
    await settle(60);
    expect(card(el, 'Checklist')).to.equal('2 of 19 done');
    await openStep(el, 'Finish strong');
    expect(byRole<HTMLInputElement>(el, 'checkbox', /confirm your last day/i).checked).to.be.true;
    expect(byRole<HTMLInputElement>(el, 'checkbox', /share the handover/i).checked).to.be.true;
    // The checklist's own tasks appear on the planner's timeline too, with their source.
    const linkedin = byRole<HTMLInputElement>(el, 'checkbox', /^connect on linkedin/i);
    expect(linkedin.closest('li')!.textContent).to.contain('From your checklist');
    byRole<HTMLInputElement>(el, 'checkbox', /return equipment/i).click();
    await settle(60);
    await openStep(el, 'Checklist');
    expect(byRole<HTMLInputElement>(el, 'checkbox', /return equipment/i).checked).to.be.true;
    expect(card(el, 'Checklist')).to.equal('3 of 19 done');
  });

  it('ticks what the kit knows at once, turns next steps into dated tasks, and exports one calendar', async () => {
    const el = await kit();
    await openStep(el, 'Feedback');
    pick(byRole<HTMLInputElement>(el, 'date', 'Date'), '2026-12-14');
    pick(byRole<HTMLInputElement>(el, 'time', 'Time'), '14:00');
    await settle(60);
    // The overview updates at once (no need to reopen the checklist).
    expect(card(el, 'Checklist')).to.equal('1 of 19 done');
    byRole(el, 'button', '2. During and after the talk').click();
    await settle(30);
    const step = byRole<HTMLInputElement>(el, 'textbox', 'Add a next step');
    step.value = 'Take the internal SQL course';
    byRole(el, 'button', 'Add').click();
    await settle(60);
    pick(byRole<HTMLInputElement>(el, 'date', /by when: take the internal sql course/i), '2026-12-11');
    await settle(60);
    expect(card(el, 'Checklist')).to.equal('1 of 20 done');

    await openStep(el, 'Checklist');
    expect(byRole<HTMLInputElement>(el, 'checkbox', /schedule a feedback talk/i).checked).to.be.true;
    const sql = byRole<HTMLInputElement>(el, 'checkbox', 'Take the internal SQL course');
    expect(sql.closest('li')!.textContent).to.contain('From your feedback talk');
    sql.click();
    await settle(60);
    await openStep(el, 'Finish strong');
    expect(byRole<HTMLInputElement>(el, 'checkbox', /book a feedback talk/i).checked, 'the planner’s twin is ticked too').to.be.true;
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Take the internal SQL course').checked).to.be.true;
    await openStep(el, 'Feedback');
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Take the internal SQL course').checked).to.be.true;

    // One “Download everything”; the planner's own export says what it holds.
    await openStep(el, 'Finish strong');
    expect(allByRole(el, 'button', /download everything/i)).to.have.length(1);
    expect(allByRole(el, 'button', /download this step: timeline, handover and log/i)).to.have.length(1);

    // One event per dated task, plus the feedback talk: no near-duplicates on one day.
    const events = new ICAL.Component(ICAL.parse(el.toICS())).getAllSubcomponents('vevent');
    const summaries = events.map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.filter((s) => /return equipment/i.test(s))).to.have.length(1);
    expect(summaries.filter((s) => /confirm your last day/i.test(s))).to.have.length(1);
    expect(summaries).to.include('Take the internal SQL course');
    expect(summaries.filter((s) => /feedback conversation/i.test(s))).to.have.length(1);
    expect(events.length).to.equal(el.tasks.filter((t) => t.due && t.source !== 'contacts').length + 1);
  });

  it('counts Reflection as done only from what the intern wrote', async () => {
    const el = await kit();
    await openStep(el, 'Reflection');
    // Fails on the old overview, which said "6 of 6 done" as soon as the tab was opened.
    await until(() => /^0 of \d+ done$/.test(card(el, 'Reflection')));
  });
});
