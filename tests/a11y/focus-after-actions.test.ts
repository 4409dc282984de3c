/**
 * After an action removes or re-renders the focused control, focus goes to a defined place, never to
 * <body>: the five places a real screen-reader pass lost it, and Undo in every widget that deletes.
 */
import { expect } from '@open-wc/testing';
import { $, $$, button, click, focused, mount, nameOf, type } from '../helpers/harness.js';
import type { FinishStrongPlanner } from '../../src/finish-strong-planner/finish-strong-planner.js';
import type { ThankYouComposer } from '../../src/thank-you-composer/thank-you-composer.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import '../../src/finish-strong-planner/define.js';
import '../../src/thank-you-composer/define.js';
import '../../src/keep-in-touch/define.js';
import '../../src/internship-checklist/define.js';
import { loadPrintView } from '../../src/core/controllers/print.js';

// The print view's renderer loads on use; tests that print synchronously start once it has.
before(() => loadPrintView());

const inside = (el: Element) => {
  const f = focused();
  expect(f, 'focus fell to <body>').not.to.equal(document.body);
  expect(el.shadowRoot!.contains(f), `focus is on ${f?.localName}, outside the widget`).to.be.true;
  return f as HTMLElement;
};

describe('focus after actions (never <body>)', () => {
  describe('<finish-strong-planner>', () => {
    const NOW = new Date(2026, 11, 1, 10);
    const value = {
      holidays: [],
      milestones: [
        { id: 'a', text: 'First', date: '2026-12-03', done: false },
        { id: 'b', text: 'Second', date: '2026-12-08', done: false },
        { id: 'c', text: 'Third', date: '2026-12-10', done: false },
      ],
      projects: [],
      log: [],
    };
    const planner = () => mount<FinishStrongPlanner>('finish-strong-planner', { attrs: { 'end-date': '2026-12-18' }, props: { now: NOW, value } });

    it('Remove → focus on Undo → Undo restores at the same index → focus back on the milestone', async () => {
      const el = await planner();
      await click(el, 'Remove “Second”');
      expect(nameOf(inside(el))).to.equal('Undo');
      await click(el, focused()!);
      expect(el.value.milestones.map((m) => m.id)).to.deep.equal(['a', 'b', 'c']);
      const f = inside(el);
      expect(f.closest('li')!.textContent).to.contain('Second');
    });

    it('moving a milestone’s date keeps focus on that milestone (its Move button) where the list re-sorts it', async () => {
      const el = await planner();
      await click(el, 'Move “First”');
      const date = $<HTMLInputElement>(el, '.when input[type=date]');
      expect(focused()).to.equal(date);
      await type(el, date, '2026-12-15', 'change');
      expect(el.value.milestones.find((m) => m.id === 'a')!.date).to.equal('2026-12-15');
      const f = inside(el);
      expect(nameOf(f)).to.equal('Move “First”');
      expect($$(el, '.timeline li')[2].contains(f)).to.be.true; // First is now last
    });

    it('Escape in the date field returns focus to Move', async () => {
      const el = await planner();
      await click(el, 'Move “Third”');
      $(el, '.when input[type=date]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await click(el, $(el, '.intro')); // let it render
      expect(nameOf(inside(el))).to.equal('Move “Third”');
    });

    it('Print handover dispatches sf-export once', async () => {
      const el = await planner();
      const formats: string[] = [];
      el.addEventListener('sf-export', (e) => formats.push(e.detail.format));
      const print = window.print;
      window.print = () => undefined;
      try {
        button(el, 'Print handover').click();
      } finally {
        window.print = print;
      }
      expect(formats).to.deep.equal(['print']);
    });
  });

  describe('<thank-you-composer>', () => {
    const person = (id: string, name: string) => ({ id, name, relationship: 'teammate', specifics: {}, tone: 'warm', channel: 'email', draft: `Thank you, ${name}.`, status: 'drafted' }) as const;
    const composer = (attrs: Record<string, string> = {}) =>
      mount<ThankYouComposer>('thank-you-composer', { attrs: { 'intern-name': 'Sam Lee', ...attrs }, props: { value: { people: [person('p1', 'Priya Raman'), person('p2', 'Dev Shah')] } } });

    it('“Add Jordan Alvarez, your supervisor” moves focus to the new note’s editor', async () => {
      const el = await composer({ supervisor: 'Jordan Alvarez' });
      await click(el, 'Add Jordan Alvarez, your supervisor');
      const f = inside(el);
      expect(f.textContent).to.equal('Note for Jordan Alvarez');
    });

    it('“Mark as sent” keeps focus on the button, which now says Sent ✓', async () => {
      const el = await composer();
      const mark = button(el, 'Mark as sent');
      mark.focus();
      await click(el, mark);
      const f = inside(el);
      expect(nameOf(f)).to.equal('Sent ✓');
      expect(f.getAttribute('aria-disabled')).to.equal('true');
      expect(el.value.people[0].status).to.equal('sent');
    });

    it('confirming Remove moves focus to the next person in the list', async () => {
      const el = await composer();
      await click(el, 'Remove');
      expect(nameOf(inside(el))).to.equal('Yes, remove Priya Raman');
      await click(el, focused()!);
      expect(el.value.people.map((p) => p.id)).to.deep.equal(['p2']);
      expect(inside(el).textContent).to.contain('Dev Shah');
    });
  });

  describe('<keep-in-touch>', () => {
    const value = {
      contacts: [
        { id: 'ana', name: 'Ana Ruiz', tags: [], cadence: 'monthly', lastContact: '2026-06-01', log: [] },
        { id: 'ben', name: 'Ben Okafor', tags: [], cadence: 'monthly', lastContact: '2026-06-10', log: [] },
      ],
    } as const;
    const kit = () => mount<KeepInTouch>('keep-in-touch', { attrs: { 'end-date': '2026-06-30' }, props: { now: new Date(2026, 6, 20, 10), value } });

    it('logging a contact returns focus to the row’s “Log a contact”, though the row moves', async () => {
      const el = await kit();
      const row = () => $(el, '[data-id="ana"]');
      await click(el, row().querySelector('[data-a="log"]')!);
      expect(focused()!.closest('form')).to.exist;
      await click(el, row().querySelector('form button[type="submit"]')!);
      expect(el.value.contacts.find((c) => c.id === 'ana')!.log).to.have.length(1);
      const f = inside(el);
      expect(f.closest('[data-id]')!.getAttribute('data-id')).to.equal('ana');
      expect(nameOf(f)).to.equal('Log a contact');
    });

    it('Delete → focus on Undo → Undo → focus on the restored contact, at the same place', async () => {
      const el = await kit();
      await click(el, $(el, '[data-id="ana"] button.danger'));
      expect(nameOf(inside(el))).to.equal('Undo');
      await click(el, focused()!);
      expect(el.value.contacts.map((c) => c.id)).to.deep.equal(['ana', 'ben']);
      expect(inside(el).textContent).to.equal('Ana Ruiz');
    });
  });

  describe('<internship-checklist>', () => {
    it('Delete → focus on Undo → Undo → the item is back at its index with focus on its checkbox', async () => {
      const el = await mount<InternshipChecklist>('internship-checklist', { props: { now: new Date(2026, 10, 25, 10) } });
      const before = el.value.items.map((i) => i.id);
      const target = before[2];
      const row = $$(el, 'li.item').find((li) => li.dataset.id === target)!;
      await click(el, row.querySelector<HTMLElement>('[data-c="delete"], button.danger')!);
      expect(nameOf(inside(el))).to.equal('Undo');
      await click(el, focused()!);
      expect(el.value.items.map((i) => i.id)).to.deep.equal(before);
      const f = inside(el) as HTMLInputElement;
      expect(f.type).to.equal('checkbox');
      expect(f.closest<HTMLElement>('li.item')!.dataset.id).to.equal(target);
    });
  });
});
