/**
 * The keyboard: each list (checklist rows, contacts, agenda, milestones) is one Tab stop, arrow keys
 * move between rows and a row's buttons, and every row action works from the keyboard.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { $, $$, focused, mount, nameOf, press, rendered } from '../helpers/harness.js';
import { itWithKeys } from '../helpers/test-element.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import type { FinishStrongPlanner } from '../../src/finish-strong-planner/finish-strong-planner.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import '../../src/internship-checklist/define.js';
import '../../src/keep-in-touch/define.js';
import '../../src/finish-strong-planner/define.js';
import '../../src/feedback-questions/define.js';

/**
 * Presses Tab from a button placed before the widget until focus leaves it; returns how many stops were inside.
 * A button after it catches focus: tabbing past the page's last control moves focus to Firefox's own toolbar,
 * and the page (reused for the next test files) then stays without focus, so their key presses lost their
 * default actions (Enter on a button did not click).
 */
async function tabStops(el: LitElement): Promise<number> {
  const [before, after] = ['before', 'after'].map((text) => Object.assign(document.createElement('button'), { textContent: text }));
  el.before(before);
  el.after(after);
  before.focus();
  let stops = 0;
  for (let i = 0; i < 400; i++) {
    await press('Tab');
    const f = focused();
    if (!f || !(el.shadowRoot!.contains(f) || el.contains(f))) break;
    stops++;
  }
  expect(focused(), 'Tab left the widget for the control after it').to.equal(after);
  before.remove();
  after.remove();
  return stops;
}

/** Presses Space on the focused control (a button clicks, a checkbox ticks) and waits for the render. */
async function activate(el: LitElement): Promise<void> {
  await press('Space');
  await rendered(el);
}

const contacts = {
  contacts: Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, name: `Person ${i}`, tags: [], cadence: 'monthly', lastContact: '2026-06-01', log: [] })),
};
const agenda = { selected: Array.from({ length: 6 }, (_, i) => ({ id: `q${i}`, text: `Question ${i}?`, theme: 'skills' })), actions: [] };

describe('keyboard', () => {
  itWithKeys('counts Tab stops across each widget: each list is one stop', async () => {
    const checklist = await mount<InternshipChecklist>('internship-checklist', { attrs: { 'end-date': '2026-12-18' }, props: { now: new Date(2026, 10, 25) } });
    const kit = await mount<KeepInTouch>('keep-in-touch', { attrs: { 'end-date': '2026-06-30' }, props: { now: new Date(2026, 6, 20), value: contacts } });
    const planner = await mount<FinishStrongPlanner>('finish-strong-planner', { attrs: { 'end-date': '2026-12-18' }, props: { now: new Date(2026, 11, 1) } });
    const feedback = await mount<FeedbackQuestions>('feedback-questions', { props: { value: agenda } });
    const counts = { checklist: await tabStops(checklist), contacts: await tabStops(kit), planner: await tabStops(planner), feedback: await tabStops(feedback) };
    console.log(`Tab stops: ${JSON.stringify(counts)}`);
    // 17 checklist rows used to take 5 stops each (117 in all); now the six section lists take one each.
    expect(counts.checklist).to.be.at.most(40);
    expect(counts.contacts).to.be.at.most(25);
    expect(counts.planner).to.be.at.most(30);
    expect(counts.feedback).to.be.at.most(30);
    for (const [name, el, rows] of [['checklist', checklist, 'li.item'], ['contacts', kit, 'li.contact'], ['planner', planner, '.timeline li'], ['feedback', feedback, 'ol.list > li']] as const) {
      const reachable = $$(el, `${rows} [tabindex="0"], ${rows} [data-roving-stop]`).filter((c) => c.tabIndex === 0);
      const lists = new Set($$(el, rows).map((r) => r.parentElement));
      expect(reachable.length, name).to.equal(lists.size);
    }
  });

  itWithKeys('checklist: ↓ to the next row, → to its buttons, the Delete and Undo it reaches work; the key hint shows', async () => {
    const el = await mount<InternshipChecklist>('internship-checklist', { attrs: { 'end-date': '2026-12-18' }, props: { now: new Date(2026, 10, 25) } });
    const first = $$(el, 'ul.items')[0];
    const ids = el.value.items.map((i) => i.id);
    first.querySelector<HTMLInputElement>('input[type=checkbox]')!.focus();
    await press('ArrowDown');
    expect((focused() as HTMLElement).closest<HTMLElement>('li')!.dataset.id).to.equal(ids[1]);
    await el.updateComplete;
    expect(getComputedStyle($(el, '.keys-hint')).display).to.equal('block');
    await press('ArrowRight');
    expect(nameOf(focused()!)).to.match(/^Edit: /);
    await press('End');
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(nameOf(focused()!)).to.match(/^Delete: /);
    await activate(el);
    expect(el.value.items.map((i) => i.id)).not.to.include(ids[2]);
    expect(nameOf(focused()!)).to.equal('Undo');
    await activate(el);
    expect(el.value.items.map((i) => i.id)).to.deep.equal(ids);
    await activate(el); // the restored row's checkbox has focus: ticking it
    await el.updateComplete;
    expect(el.value.items.find((i) => i.id === ids[2])!.done).to.be.true;
  });

  itWithKeys('contacts: ↓ moves between contacts, → through a contact’s buttons, “Log a contact” opens its form', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', { attrs: { 'end-date': '2026-06-30' }, props: { now: new Date(2026, 6, 20), value: contacts } });
    $$(el, 'li.contact')[0].querySelector<HTMLElement>('.actions button')!.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    const row = (focused() as HTMLElement).closest<HTMLElement>('li.contact')!;
    expect(row).to.equal($$(el, 'li.contact')[2]);
    await press('ArrowRight');
    expect(nameOf(focused()!)).to.equal('Write a message');
    await press('ArrowLeft');
    expect(nameOf(focused()!)).to.equal('Log a contact');
    await activate(el);
    expect(focused()!.closest('form')).to.exist; // the log form opened, focus inside it
  });
});
