import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { marked } from 'marked';
import { captureWarnings, clearKeys, container, settle, itWithKeys, withFullStorage } from '../helpers/test-element.js';
import { streak } from '../../src/finish-strong-planner/logic.js';
import type { FinishStrongPlanner, PlannerValue } from '../../src/finish-strong-planner/finish-strong-planner.js';
import '../../src/finish-strong-planner/define.js';
import { $, $$, button, injectedLinks, maybe$, maybeButton } from '../helpers/harness.js';
import { loadPrintView } from '../../src/core/controllers/print.js';

// The print view's renderer loads on use; tests that print synchronously start once it has.
before(() => loadPrintView());

// Tuesday 1 December 2026, local time; the last day is Friday 18 December.
const NOW = new Date(2026, 11, 1, 10);
const END = '2026-12-18';
const HOSTILE = 'Ship 🚀 <script>alert("x")</script> «نص عربي» & \'quotes\' **bold** [link](https://evil.example)';

const text = (el: FinishStrongPlanner) => $(el, '.base').textContent!.replace(/\s+/g, ' ');

async function make(attrs = '', value?: PlannerValue): Promise<FinishStrongPlanner> {
  const el = document.createElement('finish-strong-planner');
  el.setAttribute('storage', 'none');
  for (const [, k, v] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(k, v);
  el.now = NOW;
  container().append(el);
  if (value) el.value = value;
  await el.updateComplete;
  return el;
}

function filled(): PlannerValue {
  return {
    holidays: ['2026-12-08'],
    milestones: [
      { id: 'a', text: 'Confirm the last day', date: '', done: true, offset: -14 },
      { id: 'b', text: HOSTILE, date: '2026-12-10', done: false },
      { id: 'c', text: 'No date yet', date: '', done: false },
    ],
    projects: [{ id: 'p1', name: 'Pricing dashboard', status: 'Charts done', next: 'Filters', files: 'Drive › Dashboards', access: 'Looker admin', owner: 'Sam', contacts: 'Ana (data)', deadline: '2026-12-16' }],
    log: [
      { date: '2026-11-27', goal: 'Write tests', done: true, note: 'Found a bug' },
      { date: '2026-11-30', goal: 'Demo', done: true, note: '' },
      { date: '2026-12-01', goal: HOSTILE, done: false, note: 'ok' },
    ],
  };
}

describe('<finish-strong-planner>', () => {
  // Downloads are checked through their text and the sf-export event; the browser must not save files.
  const stopDownloads = (e: Event) => (e.target as Element).closest?.('a[download]') && e.preventDefault();
  beforeEach(() => {
    clearKeys('fsp-');
    document.addEventListener('click', stopDownloads, true);
  });
  afterEach(() => document.removeEventListener('click', stopDownloads, true));

  describe('accessible', () => {
    it('has no axe violations without an end date', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });
    it('has no axe violations filled in, with the undo bar and open holidays, in dark mode', async () => {
      const el = await make(`end-date="${END}" theme="dark" holidays="2026-12-24"`, filled());
      $(el, 'details').setAttribute('open', '');
      button(el, 'Remove “No date yet”').click();
      await el.updateComplete;
      expect(button(el, 'Undo')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('has no axe violations on the last day and after it', async () => {
      const el = await make(`end-date="2026-12-01"`, filled());
      expect(text(el)).to.contain('Today is your last day.');
      await expect(el).to.be.accessible();
      el.endDate = '2026-11-20';
      await el.updateComplete;
      expect(text(el)).to.contain('Your internship ended 11 days ago.');
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('starts with the suggested milestones, no projects, no log, and asks for the last day', async () => {
      const el = await make();
      const v = el.value;
      expect(v.milestones).to.have.length(7);
      expect(v.milestones.map((m) => m.offset)).to.deep.equal([-14, -7, -7, -3, -3, 0, 7]);
      expect(v.milestones.every((m) => m.date === '' && !m.done)).to.be.true;
      expect([v.holidays, v.projects, v.log]).to.deep.equal([[], [], []]);
      expect(text(el)).to.contain('When is your last day?');
      expect(text(el)).to.contain('Add a project and your handover document appears here');
      expect(text(el)).to.contain('One small goal a day is enough');
      expect(el.toICS()).not.to.contain('BEGIN:VEVENT');
      expect((el.constructor as typeof FinishStrongPlanner).kitSlot).to.equal('planner');
    });

    it('dates the milestones from the last day', async () => {
      const el = await make(`end-date="${END}"`);
      const dates = el.value.milestones.map((m) => el.dateOf(m));
      expect(dates).to.deep.equal(['2026-12-04', '2026-12-11', '2026-12-11', '2026-12-15', '2026-12-15', END, '2026-12-24']); // +7 is 25 December: the working day before
      expect($(el, '.timeline li .when').textContent).to.contain('Fri, Dec 4, 2026').and.contain('in 3 days');
    });
  });

  describe('timeline strip', () => {
    it('draws every dated milestone on its date, today marked, overdue in the danger colour, beside the list', async () => {
      const el = await make(`end-date="${END}"`, {
        ...filled(),
        milestones: [
          { id: 'late', text: 'Send the draft', date: '2026-11-27', done: false },
          { id: 'ok', text: 'Share the handover', date: '2026-12-10', done: true },
          { id: 'c', text: 'No date yet', date: '', done: false },
        ],
      });
      const svg = $(el, 'figure.strip svg');
      // A picture only: screen readers get the list that follows.
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect($$(el, '.strip circle.mark').map((c) => c.getAttribute('class'))).to.deep.equal(['mark overdue', 'mark done']);
      expect($(el, '.strip line.today')).to.exist;
      const danger = getComputedStyle($(el, '.strip circle.overdue')).fill;
      expect(danger).to.not.equal(getComputedStyle($(el, '.strip circle.done')).fill);
      expect($$(el, '.timeline ol li').map((li) => li.textContent)).to.satisfy((rows: string[]) => rows.some((r) => r.includes('Send the draft')));
      await expect(el).to.be.accessible();
    });

    it('is left out without a last day', async () => {
      const el = await make('', filled());
      expect(maybe$(el, 'figure.strip')).to.equal(null);
    });
  });

  describe('weekends', () => {
    it('moves a suggested date off a weekend or holiday to the working day before', async () => {
      const el = await make(`end-date="2026-12-16" holidays="2026-12-02"`);
      const byId = (id: string) => el.dateOf(el.value.milestones.find((m) => m.id === id)!);
      expect(byId('share')).to.equal('2026-12-11'); // Sun 13 → Fri 11
      expect(byId('confirm')).to.equal('2026-12-01'); // Wed 2 is a holiday → Tue 1
    });
  });

  describe('attributes and properties', () => {
    it('counts calendar and working days, minus host and user holidays', async () => {
      const el = await make(`end-date="${END}"`);
      expect(text(el)).to.contain('17 days to go').and.contain('13 working days after today');
      el.holidays = '2026-12-08';
      await el.updateComplete;
      expect(text(el)).to.contain('12 working days after today');
      el.value = { ...el.value, holidays: ['2026-12-09', '2026-12-12'] }; // a Saturday changes nothing
      await el.updateComplete;
      expect(text(el)).to.contain('11 working days after today');
      expect(el.allHolidays).to.have.members(['2026-12-08', '2026-12-09', '2026-12-12']);
    });

    it('lets the intern set the last day when no attribute gives one; the attribute wins', async () => {
      const el = await make();
      const input = $(el, 'input[name=end]') as HTMLInputElement;
      input.value = END;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.value.endDate).to.equal(END);
      expect(text(el)).to.contain('17 days to go');
      el.setAttribute('end-date', '2026-12-04');
      await el.updateComplete;
      expect(text(el)).to.contain('3 days to go');
      expect(maybe$(el, 'input[name=end]')).to.equal(null);
    });

    it('replaces the default milestones with host content (property and child script)', async () => {
      const el = await make(`end-date="${END}"`);
      el.content = { milestones: [{ text: 'Demo day', offset: -2 }] };
      await el.updateComplete;
      // Stored by id as a default (issue #28): the host's text is looked up, not copied into her data.
      expect(el.value.milestones).to.deep.equal([{ id: 'c0', from: 'default', text: 'Demo day', offset: -2, date: '', done: false }]);
      expect(el.content).to.deep.equal({ milestones: [{ id: 'c0', text: 'Demo day', offset: -2, date: '', done: false }] });
      const el2 = await fixture<FinishStrongPlanner>(html`<finish-strong-planner storage="none" end-date=${END}><script type="application/json">[{"id":"x","text":"Team lunch","offset":0}]</script></finish-strong-planner>`);
      await el2.updateComplete;
      expect(el2.value.milestones.map((m) => m.text)).to.deep.equal(['Team lunch']);
      expect(text(el2)).to.contain('Team lunch');
    });
  });

  describe('value', () => {
    it('round-trips and shows user text exactly, never as markup', async () => {
      const el = await make(`end-date="${END}"`);
      const v = filled();
      el.value = v;
      await el.updateComplete;
      expect(el.value).to.deep.equal(v);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      expect(text(el)).to.contain(HOSTILE);
      expect($(el, '.doc').textContent).to.contain('Drive › Dashboards');
      const long = 'x'.repeat(10_000);
      el.value = { ...v, projects: [{ ...v.projects[0], next: long }] };
      await el.updateComplete;
      expect(el.value.projects[0].next).to.equal(long);
      expect($(el, '.doc').textContent).to.contain(long);
    });
  });

  describe('events', () => {
    it('fires change and sf-milestone when a milestone is completed, nothing for a programmatic value', async () => {
      const el = await make(`end-date="${END}"`);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      el.value = filled();
      await el.updateComplete;
      expect(changes).to.equal(0);
      const box = $$(el, '.timeline li input[type=checkbox]')[1] as HTMLInputElement; // sorted: a (Dec 4), b (Dec 10), c
      setTimeout(() => box.click());
      const ev = await oneEvent(el, 'sf-milestone');
      expect(ev.detail).to.deep.equal({ id: 'b', text: HOSTILE, date: '2026-12-10', tag: 'finish-strong-planner' });
      expect(ev.bubbles && ev.composed).to.be.true;
      expect(changes).to.equal(1);
      expect(el.value.milestones.find((m) => m.id === 'b')!.done).to.be.true;
      let fired = false;
      el.addEventListener('sf-milestone', () => (fired = true));
      box.click(); // un-done: change but no sf-milestone
      expect(fired).to.be.false;
      expect(changes).to.equal(2);
    });

    it('moves, removes with undo, and adds milestones', async () => {
      const el = await make(`end-date="${END}"`, filled());
      button(el, 'Move “Confirm the last day”').click();
      await el.updateComplete;
      await el.updateComplete;
      const date = $(el, '.timeline li input[type=date]') as HTMLInputElement;
      expect(el.shadowRoot!.activeElement).to.equal(date);
      date.value = '2026-12-17';
      date.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.value.milestones[0].date).to.equal('2026-12-17');
      expect($$(el, '.timeline li .check span')[0].textContent).to.equal(HOSTILE); // re-sorted
      button(el, 'Remove “Confirm the last day”').click();
      await el.updateComplete;
      expect(el.value.milestones.map((m) => m.id)).to.deep.equal(['b', 'c']);
      button(el, 'Undo').click();
      await el.updateComplete;
      expect(el.value.milestones.map((m) => m.id)).to.deep.equal(['a', 'b', 'c']);
      expect(maybeButton(el, 'Undo')).to.equal(null);
    });

    it('builds the handover document with a live preview', async () => {
      const el = await make(`end-date="${END}" intern-name="Maya" company="Acme"`);
      button(el, '+ Add a project').click();
      await el.updateComplete;
      const [name, status] = $$(el, 'fieldset input, fieldset textarea') as HTMLInputElement[];
      name.value = HOSTILE;
      name.dispatchEvent(new Event('input'));
      status.value = 'Almost done\nneeds review';
      status.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect($(el, '.doc h4').textContent).to.equal('Handover from Maya · Acme');
      expect($(el, '.doc h5').textContent).to.equal(HOSTILE);
      expect($(el, '.doc dd').textContent).to.equal('Almost done\nneeds review');
      expect(el.value.projects[0]).to.include({ name: HOSTILE, status: 'Almost done\nneeds review', owner: '' });
      let printed = false;
      const original = window.print;
      window.print = () => {
        printed = el.hasAttribute('printing');
      };
      try {
        button(el, 'Print handover').click();
      } finally {
        window.print = original;
      }
      expect(printed).to.be.true;
      button(el, 'Remove this project').click();
      await el.updateComplete;
      expect(el.value.projects).to.deep.equal([]);
      button(el, 'Undo').click();
      await el.updateComplete;
      expect(el.value.projects[0].name).to.equal(HOSTILE);
    });

    it('keeps a daily log and shows a kind streak', async () => {
      const el = await make(`end-date="${END}"`, { ...filled(), log: [] });
      const goal = $$(el, '.log input:not([type])')[0] as HTMLInputElement;
      goal.value = 'Finish the report';
      goal.dispatchEvent(new Event('input'));
      const box = $(el, '.log input[type=checkbox]') as HTMLInputElement;
      box.click();
      await el.updateComplete;
      expect(el.value.log).to.deep.equal([{ date: '2026-12-01', goal: 'Finish the report', done: true, note: '' }]);
      expect(text(el)).to.contain('1 goal done in the last two weeks');
      el.value = { ...el.value, log: [{ date: '2026-11-27', goal: 'a', done: true, note: '' }, { date: '2026-11-30', goal: 'b', done: true, note: '' }, ...el.value.log] };
      await el.updateComplete;
      expect(text(el)).to.contain('3 days in a row'); // Fri, (weekend skipped), Mon, Tue
      const day = $(el, '.log input[type=date]') as HTMLInputElement;
      day.value = '2026-11-27';
      day.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(($$(el, '.log input:not([type])')[0] as HTMLInputElement).value).to.equal('a');
    });

    it('counts streaks without punishing days off', () => {
      const days = new Set(['2026-11-26', '2026-11-27', '2026-11-30']);
      expect(streak(days, '2026-12-01', [])).to.equal(3); // today still open: counted from yesterday
      expect(streak(days, '2026-12-02', [])).to.equal(0); // a missed working day starts afresh
      expect(streak(new Set(['2026-12-07', '2026-12-09']), '2026-12-09', ['2026-12-08'])).to.equal(2);
    });
  });

  describe('keyboard', () => {
    itWithKeys('adds a milestone with Enter and completes one with Space', async () => {
      const el = await make(`end-date="${END}"`);
      ($(el, 'input[name=text]') as HTMLInputElement).focus();
      await sendKeys({ type: 'Lunch with the team' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.milestones.at(-1)).to.include({ text: 'Lunch with the team', date: END, done: false });
      const first = $$(el, '.timeline input[type=checkbox]')[0] as HTMLInputElement;
      first.focus();
      await settle(50);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({ down: ' ' });
      await sendKeys({ up: ' ' });
      await settle(50);
      expect(el.value.milestones[0].done).to.be.true;
      await sendKeys({ press: 'ArrowRight' }); // the list is one Tab stop: → reaches the row's buttons
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal(`Move “${el.value.milestones[0].text}”`);
      await sendKeys({ press: 'Enter' });
      await settle(50);
      expect(el.shadowRoot!.activeElement!.matches('.when input[type=date]')).to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(maybe$(el, '.when input')).to.equal(null);
    });
  });

  describe('persistence', () => {
    it('restores edits in a new element with the same storage key', async () => {
      const a = await fixture<FinishStrongPlanner>(html`<finish-strong-planner storage-key="fsp-reload" .now=${NOW}></finish-strong-planner>`);
      button(a, 'Remove “Book a feedback talk with your supervisor for your last week”').click();
      const input = $(a, 'input[name=end]') as HTMLInputElement;
      input.value = END;
      input.dispatchEvent(new Event('change'));
      await settle();
      const saved = a.value;
      a.remove();
      const b = await fixture<FinishStrongPlanner>(html`<finish-strong-planner storage-key="fsp-reload" .now=${NOW}></finish-strong-planner>`);
      await settle(50);
      expect(b.value).to.deep.equal(saved);
      expect(b.value.milestones).to.have.length(6);
      expect(text(b)).to.contain('17 days to go');
    });
  });

  describe('storage faults', () => {
    it('keeps working and says so when the quota is exceeded', async () => {
      const el = await fixture<FinishStrongPlanner>(html`<finish-strong-planner storage-key="fsp-quota" .now=${NOW}></finish-strong-planner>`);
      await withFullStorage(async () => {
        ($$(el, '.timeline input[type=checkbox]')[0] as HTMLInputElement).click();
        await settle();
      });
      await el.updateComplete;
      expect($(el, '[role=alert]').textContent).to.contain('storage is full');
      expect(el.value.milestones[0].done).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('leaves corrupt stored data untouched and starts from the defaults', async () => {
      localStorage.setItem('strong-finish/finish-strong-planner/fsp-corrupt', '{not json');
      let el!: FinishStrongPlanner;
      await captureWarnings(async () => {
        el = await fixture<FinishStrongPlanner>(html`<finish-strong-planner storage-key="fsp-corrupt" .now=${NOW}></finish-strong-planner>`);
        await settle(50);
      });
      await el.updateComplete;
      expect($(el, '[role=alert]').textContent).to.contain('could not be read');
      expect(el.value.milestones).to.have.length(7);
      expect(localStorage.getItem('strong-finish/finish-strong-planner/fsp-corrupt')).to.equal('{not json');
    });
  });

  describe('bad input', () => {
    it('skips bad holidays with one warning naming the element and attribute', async () => {
      let el!: FinishStrongPlanner;
      const warnings = await captureWarnings(async () => {
        el = await make(`end-date="${END}" holidays="2026-12-08, soon,2026-02-30"`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<finish-strong-planner>').and.contain('holidays').and.contain('soon');
      expect(el.allHolidays).to.deep.equal(['2026-12-08']);
      expect(text(el)).to.contain('12 working days');
    });

    it('drops malformed value fields with one warning, never throws, keeps defaults', async () => {
      const el = await make(`end-date="${END}"`);
      const warnings = await captureWarnings(() => {
        el.value = { holidays: ['nope', '2026-12-24'], milestones: [{ id: 'x', text: 5 }, { id: 'y', text: 'ok', date: 'tomorrow' }], projects: 'none', log: [{ date: '2026-12-01', goal: 'g' }], extra: 1 } as never;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<finish-strong-planner>');
      // Unknown fields are kept (issue #28: a newer build's data survives).
      expect(el.value).to.deep.equal({ holidays: ['2026-12-24'], milestones: [{ id: 'y', text: 'ok', date: '', done: false }], projects: [], log: [{ date: '2026-12-01', goal: 'g', done: false, note: '' }], extra: 1 });
      expect(() => (el.value = null as never)).not.to.throw();
      expect(el.value.milestones).to.have.length(7);
    });

    it('warns once on invalid content JSON or a bad content property and keeps the defaults', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<FinishStrongPlanner>(html`<finish-strong-planner storage="none"><script type="application/json">{oops</script></finish-strong-planner>`);
        expect(el.value.milestones).to.have.length(7);
        el.content = { milestones: 'no' } as never;
        el.content = { milestones: 'still no' } as never;
        expect(el.value.milestones).to.have.length(7);
      });
      // one warning per problem: the broken JSON script, then the bad property (once, however often set)
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('<finish-strong-planner>').and.contain('JSON');
      expect(warnings[1]).to.contain('<finish-strong-planner>').and.contain('content');
    });
  });

  describe('exports', () => {
    it('toICS: all-day events with a reminder the day before, opened by ical.js', async () => {
      const el = await make(`end-date="${END}"`, filled());
      const ics = el.toICS();
      const cal = new ICAL.Component(ICAL.parse(ics));
      const events = cal.getAllSubcomponents('vevent');
      expect(events.map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal(['Confirm the last day', HOSTILE]);
      const start = events[1].getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).to.be.true;
      expect(start.toString()).to.equal('2026-12-10');
      expect(events[0].getAllSubcomponents('valarm')).to.have.length(0); // done: no reminder
      const alarm = events[1].getFirstSubcomponent('valarm')!;
      expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-PT900M');
      setTimeout(() => button(el, 'Add to calendar (.ics)').click());
      const ev = await oneEvent(el, 'sf-export');
      expect(ev.detail).to.deep.equal({ format: 'ics', tag: 'finish-strong-planner' });
    });

    it('toMarkdown: timeline, handover and log as clean Markdown, user text stays text', async () => {
      const el = await make(`end-date="${END}" intern-name="Maya"`, filled());
      const md = el.toMarkdown();
      const dom = new DOMParser().parseFromString(await marked.parse(md), 'text/html');
      expect(dom.querySelector('script, img')).to.equal(null);
      expect(injectedLinks(dom)).to.deep.equal([]);
      expect([...dom.querySelectorAll('h1, h2, h3')].map((h) => h.textContent)).to.deep.equal(['Finish strong', 'Your final weeks', 'Handover from Maya', 'Pricing dashboard', 'Daily log']);
      expect(dom.body.textContent).to.contain(HOSTILE);
      expect(dom.body.textContent).to.contain('Where the files live: Drive › Dashboards');
      expect(dom.querySelectorAll('input[type=checkbox]')).to.have.length(6);
      const handover = new DOMParser().parseFromString(await marked.parse(el.handoverMarkdown()), 'text/html');
      expect(handover.querySelector('h1')!.textContent).to.equal('Handover from Maya');
      expect(handover.body.textContent).to.contain('Deadline: Wed, Dec 16, 2026');
      setTimeout(() => button(el, 'Download everything (.md)').click());
      expect((await oneEvent(el, 'sf-export')).detail.format).to.equal('md');
    });
  });

  describe('scale', () => {
    // Paged (100 rows, then Show more) so a long timeline cannot freeze the page; not timed here (a busy
    // machine, not slow code, fails a timed assertion).
    it('renders 1,000 milestones 100 at a time and a year of log', async () => {
      const el = await make(`end-date="${END}"`);
      el.value = {
        holidays: [],
        milestones: Array.from({ length: 1000 }, (_, i) => ({ id: `m${i}`, text: `Step ${i}`, date: '', offset: -(i % 60), done: i % 3 === 0 })),
        projects: [],
        log: Array.from({ length: 365 }, (_, i) => ({ date: new Date(Date.UTC(2025, 11, 2 + i)).toISOString().slice(0, 10), goal: `g${i}`, done: true, note: '' })),
      };
      await el.updateComplete;
      expect($$(el, '.timeline li')).to.have.length(100);
      button(el, 'Show 500 more').click();
      await el.updateComplete;
      button(el, 'Show 400 more').click();
      await el.updateComplete;
      expect($$(el, '.timeline li')).to.have.length(1000);
      expect($$(el, '.history li')).to.have.length(14);
      expect(text(el)).to.contain('365 days in a row');
    });
  });
});
