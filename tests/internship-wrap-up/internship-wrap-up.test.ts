import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { marked } from 'marked';
import './stubs.js';
import '../../src/internship-wrap-up/define.js';
import type { InternshipWrapUp, WrapUpValue } from '../../src/internship-wrap-up/internship-wrap-up.js';
import type { StubWidget } from './stubs.js';
import { captureWarnings, clearKeys, container, settle, withFullStorage } from '../helpers/test-element.js';
import { mergeCalendars, progress, stepFromHash } from '../../src/internship-wrap-up/logic.js';
import { $, $$, maybe$ } from '../helpers/harness.js';
import { loadPrintView } from '../../src/core/controllers/print.js';

// The print view's renderer loads on use; tests that print synchronously start once it has.
before(() => loadPrintView());

const tabs = (el: InternshipWrapUp) => $$<HTMLButtonElement>(el, '[role="tab"]');
const selected = (el: InternshipWrapUp) => $(el, '[role="tab"][aria-selected="true"]').id;
const widget = (el: InternshipWrapUp, tag: string) => maybe$<StubWidget>(el, tag);
const HOSTILE = '<script>alert(1)</script> "quotes" 😀 مرحبا ' + 'x'.repeat(200);

async function kit(attrs = 'storage="none"'): Promise<InternshipWrapUp> {
  const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up></internship-wrap-up>`);
  for (const m of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(m[1], m[2]);
  el.now = new Date(2026, 11, 1);
  await el.updateComplete;
  await settle(20);
  return el;
}

describe('<internship-wrap-up>', () => {
  beforeEach(() => clearKeys('wu-'));
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accessible', () => {
    it('has no axe violations empty, filled, confirming, with a restore report, and dark', async () => {
      const el = await kit('storage="none" intern-name="Maya" company="Acme" end-date="2026-12-18"');
      await expect(el).to.be.accessible();
      $<HTMLDetailsElement>(el, 'details').open = true;
      el.selectStep('thanks');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.foot > button').click();
      el.restore('nope');
      el.theme = 'dark';
      await el.updateComplete;
      expect(maybe$(el, '.confirm')).to.exist;
      expect(maybe$(el, '[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows a header, six progress cards, six tabs and only the first step', async () => {
      const el = await kit();
      expect($(el, 'h2').textContent).to.equal('Your internship wrap-up');
      expect($(el, '.days').textContent).to.contain('Add your last day');
      expect($$(el, '.overview li')).to.have.length(6);
      expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(['Checklist', 'Feedback', 'Thank-yous', 'Reflection', 'Finish strong', 'Keep in touch']);
      expect($$(el, '[role="tabpanel"]')).to.have.length(1);
      expect(widget(el, 'internship-checklist')).to.exist;
      expect(widget(el, 'feedback-questions')).to.be.null;
      expect(el.value.profile).to.deep.equal({});
      expect(el.value.checklist).to.have.property('items');
    });

    it('counts the days left and each step’s progress from the kit data', async () => {
      const el = await kit('storage="none" end-date="2026-12-18"');
      expect($(el, '.days').textContent).to.equal('17 days left');
      el.value = { profile: {}, checklist: { items: [{ id: 'a', text: 'x', done: true }, { id: 'b', text: 'y', done: false }] }, contacts: { contacts: [{ id: 'k', name: 'A' }] } };
      await el.updateComplete;
      const hints = $$(el, '.overview .hint').map((h) => h.textContent);
      expect(hints[0]).to.equal('1 of 2 done');
      expect(hints[1]).to.equal('Not started');
      expect(hints[5]).to.equal('1 contact');
      expect(progress('thanks', { people: [{ status: 'sent' }, { status: 'draft' }] })).to.deep.equal([1, 2]);
      expect(progress('feedback', { selected: [{ takeaway: 'Ask sooner' }, { answer: '' }] })).to.deep.equal([1, 2]);
    });
  });

  describe('attributes and properties', () => {
    it('limits each profile text input to the 500 characters the value keeps', async () => {
      const el = await kit('storage="none"');
      for (const id of ['internName', 'company', 'supervisor', 'supervisorEmail', 'role']) {
        expect($<HTMLInputElement>(el, `#f-${id}`).maxLength, id).to.equal(500);
      }
      expect($<HTMLInputElement>(el, '#f-endDate').hasAttribute('maxlength')).to.be.false;
    });

    it('provides the profile to its widgets; user edits win over attributes', async () => {
      const el = await kit('storage="none" intern-name="Maya" role="Data intern" end-date="2026-12-18"');
      const child = widget(el, 'internship-checklist')!;
      await child.updateComplete;
      expect(child.profile.internName).to.equal('Maya');
      expect(child.profile.role).to.equal('Data intern');
      expect(el.hasAttribute('role')).to.be.false;
      const input = $<HTMLInputElement>(el, '#f-internName');
      input.value = HOSTILE;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await child.updateComplete;
      expect(child.profile.internName).to.equal(HOSTILE);
      expect($(el, 'h2').textContent).to.contain(HOSTILE);
      expect(maybe$(el, 'h2 script')).to.be.null;
      expect(el.value.profile.internName).to.equal(HOSTILE);
    });

    it('gives a host-placed child the same profile and kit', async () => {
      const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Ana" step="contacts">
        <keep-in-touch slot="contacts" storage="none"></keep-in-touch>
      </internship-wrap-up>`);
      const child = el.querySelector('keep-in-touch') as unknown as StubWidget;
      await child.updateComplete;
      expect(child.profile.internName).to.equal('Ana');
      expect(widget(el, 'keep-in-touch')).to.be.null; // the host's own one is used, not a second copy
      expect($<HTMLSlotElement>(el, 'slot[name="contacts"]').assignedElements()).to.deep.equal([child]);
      child.edit({ contacts: [{ id: 'z', name: 'Zoe' }] });
      expect((el.value.contacts as { contacts: unknown[] }).contacts).to.have.length(1);
    });

    it('derives the widgets’ storage, key and theme from its own', async () => {
      const el = await kit('storage="session" storage-key="wu-attr" theme="dark"');
      const child = widget(el, 'internship-checklist')!;
      expect(child.getAttribute('storage')).to.equal('session');
      expect(child.getAttribute('storage-key')).to.equal('wu-attr-checklist');
      expect(child.getAttribute('theme')).to.equal('dark');
    });

    it('selects a step from the step attribute and from the URL hash', async () => {
      const el = await kit('storage="none" step="reflection"');
      expect(selected(el)).to.equal('tab-reflection');
      location.hash = 'step=planner';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(selected(el)).to.equal('tab-planner');
      expect(widget(el, 'finish-strong-planner')).to.exist;
      expect(widget(el, 'reflection-journal')).to.be.null;
      history.replaceState(null, '', '#step=thanks');
      const second = await kit('storage="none"');
      expect(selected(second)).to.equal('tab-thanks');
      expect(stepFromHash('#a=1&step=feedback')).to.equal('feedback');
    });
  });

  describe('host content', () => {
    it('a host form slotted into the kit submits natively (only the widgets’ own forms are handled)', async () => {
      const el = await kit();
      const form = document.createElement('form');
      form.innerHTML = '<input name="q" value="x"><button type="submit">Go</button>';
      el.append(form);
      await el.updateComplete;
      let native = false;
      form.addEventListener('submit', (e) => {
        native = e.isTrusted; // the browser's own submission, not one the widget dispatched
        e.preventDefault(); // stay on the test page
      });
      form.querySelector('button')!.click();
      expect(native).to.equal(true);
      form.remove();
    });
  });

  describe('value', () => {
    it('round-trips and distributes each part to its widget', async () => {
      const el = await kit();
      const v: WrapUpValue = {
        profile: { internName: HOSTILE, company: 'Acme', endDate: '2026-12-18' },
        checklist: { items: [{ id: 'a', section: 's', text: HOSTILE, done: true }], explore: [], ask: [] },
        feedback: { selected: [], actions: ['x'] },
        thanks: { people: [] },
        reflection: { framework: 'rolfe', summary: '', entries: [], skills: [], bullets: [] },
        planner: { holidays: [], milestones: [], projects: [], log: [] },
        contacts: { contacts: [] },
      };
      el.value = v;
      expect(el.value).to.deep.equal(v);
      await el.updateComplete;
      expect(widget(el, 'internship-checklist')!.value).to.deep.equal(v.checklist);
      el.selectStep('feedback');
      await el.updateComplete;
      expect(widget(el, 'feedback-questions')!.value).to.deep.equal(v.feedback);
      el.value.profile.company = 'mutated';
      expect(el.value.profile.company).to.equal('Acme');
    });
  });

  describe('events', () => {
    it('fires change for user edits (profile and steps) and none for programmatic value', async () => {
      const el = await kit();
      let count = 0;
      el.addEventListener('change', () => count++);
      el.value = { profile: { company: 'X' } };
      await el.updateComplete;
      expect(count).to.equal(0);
      widget(el, 'internship-checklist')!.edit({ items: [] });
      expect(count).to.equal(1);
      expect(el.value.checklist).to.deep.equal({ items: [] });
      const input = $<HTMLInputElement>(el, '#f-company');
      input.value = 'Y';
      input.dispatchEvent(new Event('change'));
      expect(count).to.equal(2);
    });

    it('fires sf-step when the user changes step, not when step is set by code', async () => {
      const el = await kit();
      const seen: unknown[] = [];
      el.addEventListener('sf-step', (e) => seen.push(e.detail));
      el.step = 'planner';
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      tabs(el)[1].click();
      expect(seen).to.deep.equal([{ step: 'feedback', index: 1, tag: 'internship-wrap-up' }]);
    });

    it('routes add-contacts requests to keep-in-touch without duplicates, even when it is not shown', async () => {
      const el = await kit();
      el.selectStep('thanks');
      await el.updateComplete;
      const thanks = widget(el, 'thank-you-composer')!;
      expect(thanks.offerContacts([{ name: 'Lee' }, { name: 'Sam' }])).to.be.true;
      expect(thanks.offerContacts([{ name: 'Lee' }])).to.be.true;
      expect((el.value.contacts as { contacts: { name: string }[] }).contacts.map((c) => c.name)).to.deep.equal(['Lee', 'Sam']);
      el.selectStep('contacts');
      await el.updateComplete;
      await settle(20);
      expect((widget(el, 'keep-in-touch')!.value.contacts as unknown[]).length).to.equal(2);
    });
  });

  describe('keyboard', () => {
    it('follows the tabs pattern: arrows, Home, End, roving tabindex', async () => {
      const el = await kit();
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(selected(el)).to.equal('tab-feedback');
      expect(el.shadowRoot!.activeElement!.id).to.equal('tab-feedback');
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(selected(el)).to.equal('tab-contacts');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(selected(el)).to.equal('tab-checklist');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selected(el)).to.equal('tab-contacts');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(selected(el)).to.equal('tab-checklist');
    });

    it('swaps Left and Right in right-to-left pages', async () => {
      const box = container();
      box.dir = 'rtl';
      const el = document.createElement('internship-wrap-up');
      el.storage = 'none';
      box.append(el);
      await el.updateComplete;
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selected(el)).to.equal('tab-feedback');
      box.remove();
    });

    it('confirms Clear my data inline, with focus moved and Cancel', async () => {
      const el = await kit();
      $<HTMLButtonElement>(el, '.foot > button').click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.textContent).to.contain('Yes, clear my data');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(maybe$(el, '.confirm')).to.be.null;
    });
  });

  describe('persistence', () => {
    it('restores the kit and its steps in a new element with the same storage key', async () => {
      const el = await kit('storage-key="wu-reload" intern-name="Maya"');
      const input = $<HTMLInputElement>(el, '#f-company');
      input.value = 'Globex';
      input.dispatchEvent(new Event('change'));
      widget(el, 'internship-checklist')!.edit({ items: [{ id: 'q', text: 'saved', done: true }] });
      await settle();
      el.remove();
      const again = await kit('storage-key="wu-reload"');
      expect(again.value.profile.company).to.equal('Globex');
      expect(widget(again, 'internship-checklist')!.value).to.deep.equal({ items: [{ id: 'q', text: 'saved', done: true }] });
      expect(Object.keys(localStorage).filter((k) => k.includes('wu-reload')).sort()).to.deep.equal([
        'strong-finish/internship-checklist/wu-reload-checklist',
        'strong-finish/internship-wrap-up/wu-reload',
      ]);
    });

    it('clears exactly this kit’s keys', async () => {
      localStorage.setItem('strong-finish/internship-wrap-up/wu-other', '{"v":1,"data":{"profile":{}}}');
      localStorage.setItem('strong-finish/reflection-journal/wu-clear-reflection', '{"v":1,"data":{}}');
      const el = await kit('storage-key="wu-clear"');
      widget(el, 'internship-checklist')!.edit({ items: [] });
      const input = $<HTMLInputElement>(el, '#f-company');
      input.value = 'Globex';
      input.dispatchEvent(new Event('change'));
      await settle();
      $<HTMLButtonElement>(el, '.foot > button').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.confirm .danger').click();
      await settle();
      expect(Object.keys(localStorage).filter((k) => k.includes('wu-clear'))).to.deep.equal([]);
      expect(localStorage.getItem('strong-finish/internship-wrap-up/wu-other')).to.exist;
      expect(el.value.profile).to.deep.equal({});
      expect(widget(el, 'internship-checklist')!.value).to.have.property('items').with.length(1);
    });
  });

  describe('storage faults', () => {
    it('keeps working and says so when storage is full or the saved data is corrupt', async () => {
      localStorage.setItem('strong-finish/internship-wrap-up/wu-bad', '{not json');
      const warnings = await captureWarnings(async () => {
        const el = await kit('storage-key="wu-bad"');
        expect($(el, '.notice').textContent).to.contain('could not be read');
        expect(localStorage.getItem('strong-finish/internship-wrap-up/wu-bad')).to.equal('{not json');
      });
      expect(warnings.some((w) => w.includes('<internship-wrap-up>'))).to.be.true;
      await withFullStorage(async () => {
        const el = await kit('storage-key="wu-full"');
        el.value = { profile: { company: 'A' } };
        await el.updateComplete;
        expect($(el, '.notice').textContent).to.contain('storage is full');
        expect(el.value.profile.company).to.equal('A');
      });
    });
  });

  describe('bad input', () => {
    it('warns once and keeps going for a malformed value, step or date', async () => {
      const el = await kit();
      const warnings = await captureWarnings(async () => {
        el.value = { profile: { internName: 5, endDate: 'soon' }, checklist: [], bogus: 1 } as never;
        el.setAttribute('step', 'nowhere');
        el.setAttribute('end-date', '18/12');
        await el.updateComplete;
      });
      expect(el.value.profile).to.deep.equal({});
      // An unknown field is reported and kept (issue #28: a newer build's data is never dropped).
      expect(el.value).to.have.property('bogus', 1);
      expect(el.step).to.equal('checklist');
      expect(warnings.filter((w) => w.includes('<internship-wrap-up>'))).to.have.length(3);
      expect(() => (el.value = null as never)).not.to.throw();
    });
  });

  describe('exports', () => {
    it('toMarkdown has the profile and every step, user text kept as text', async () => {
      const el = await kit('storage="none" company="Acme"');
      el.value = { profile: { internName: HOSTILE }, checklist: { items: [] } };
      const md = el.toMarkdown();
      const dom = new DOMParser().parseFromString(await marked.parse(md), 'text/html');
      expect(dom.querySelector('h1')!.textContent).to.equal('Internship wrap-up');
      expect([...dom.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['Checklist', 'Feedback', 'Thank-yous', 'Reflection', 'Finish strong', 'Keep in touch']);
      expect(dom.querySelector('h3')!.textContent).to.equal('checklist');
      expect(dom.body.textContent).to.contain(HOSTILE);
      expect(dom.body.textContent).to.contain('Acme');
      expect(dom.querySelector('script')).to.be.null;
    });

    it('toICS has one event per dated task, plus the feedback talk and the follow-ups, with unique UIDs', async () => {
      const el = await kit('storage="none" intern-name="Maya" end-date="2026-12-18"');
      el.value = {
        profile: {},
        checklist: { items: [{ id: 'c1', section: 'finish', text: 'Return the laptop', done: false, due: '2026-12-10' }, { id: 'c2', section: 'finish', text: 'No date', done: false }] },
        feedback: { selected: [] },
        planner: { milestones: [{ id: 'm1', text: 'Share the handover', date: '2026-12-15', done: false }] },
      };
      const cal = new ICAL.Component(ICAL.parse(el.toICS()));
      const events = cal.getAllSubcomponents('vevent');
      // The tasks (one each), the feedback step's and keep-in-touch's own events; not the steps' copies of the tasks.
      expect(events.map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal(['Return the laptop', 'Share the handover', 'feedback Maya', 'contacts Maya']);
      const uids = events.map((e) => e.getFirstPropertyValue('uid'));
      expect(new Set(uids).size).to.equal(4);
      const long = mergeCalendars(['BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:a\r\nSUMMARY:' + 'é'.repeat(60) + '\r\nEND:VTODO\r\nEND:VCALENDAR\r\n'], 'x');
      expect(new ICAL.Component(ICAL.parse(long)).getFirstSubcomponent('vtodo')!.getFirstPropertyValue('summary')).to.equal('é'.repeat(60));
    });

    it('backs up to JSON and restores it; reports a file it cannot read', async () => {
      const el = await kit();
      el.value = { profile: { company: HOSTILE }, contacts: { contacts: [{ id: 'a', name: 'A' }] } };
      await el.updateComplete;
      const json = el.toJSON();
      const parsed = JSON.parse(json);
      expect(parsed).to.include({ format: 'strong-finish-backup', version: 1 });
      const other = await kit();
      let changes = 0;
      other.addEventListener('change', () => changes++);
      expect(other.restore(json)).to.be.true;
      await other.updateComplete;
      expect(other.value).to.deep.equal(el.value);
      expect(changes).to.equal(1);
      expect(other.restore('{"hello":1}')).to.be.false;
      await other.updateComplete;
      expect($(other, '[role="alert"]').textContent).to.contain('not a Strong Finish backup');
      expect(other.restore(JSON.stringify({ ...parsed, version: 9 }))).to.be.false;
      await other.updateComplete;
      expect($(other, '[role="alert"]').textContent).to.contain('newer version');
      expect(other.value).to.deep.equal(el.value);
    });

    it('restores from a chosen file and has a button for every export', async () => {
      const el = await kit();
      const input = $<HTMLInputElement>(el, 'input[type="file"]');
      const data = new DataTransfer();
      data.items.add(new File(['garbage'], 'backup.json', { type: 'application/json' }));
      input.files = data.files;
      input.dispatchEvent(new Event('change'));
      // Reading the file is asynchronous (slower under load, as in CI's Firefox run): wait for the message.
      await waitUntil(() => maybe$(el, '[role="alert"]'), 'the restore error');
      expect($(el, '[role="alert"]').textContent).to.contain('nothing was restored');
      const labels = $$(el, '.toolbar button').map((b) => b.textContent);
      expect(labels).to.deep.equal(['Download everything (Markdown)', 'Print or save as PDF', 'Download all calendar events', 'Download a backup', 'Download JSON Resume']);
      const formats: string[] = [];
      el.addEventListener('sf-export', (e) => formats.push(e.detail.format));
      const print = window.print;
      let printedSteps = 0;
      // The print view is the Markdown export as a document: one heading per step, no controls.
      window.print = () => (printedSteps = $$(el, '.print-view h2').length + 100 * $$(el, '.print-view :is(input, button, select, textarea)').length);
      try {
        $$<HTMLButtonElement>(el, '.toolbar button')[1].click();
        await settle(20);
      } finally {
        window.print = print;
      }
      expect(printedSteps).to.equal(6);
      expect(formats).to.deep.equal(['print']);
    });
  });
});
