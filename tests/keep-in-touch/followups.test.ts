import { expect } from '@open-wc/testing';
import { cadenceOf, followUp, rows } from '../../src/keep-in-touch/schedule.js';
import '../../src/keep-in-touch/define.js';
import type { Contact, KeepInTouch, KeepInTouchValue } from '../../src/keep-in-touch/keep-in-touch.js';
import { $, button } from '../helpers/harness.js';
import { calendarLinksList } from '../../src/core/controllers/calendar-links.js';

// The open list's code loads on use; these tests open it and look at once.
before(() => calendarLinksList.load());

const NOW = new Date(2026, 6, 20, 10); // 2026-07-20
const TODAY = '2026-07-20';

const contact = (over: Partial<Contact>): Contact => ({ id: 'x', name: 'X', tags: [], cadence: 'monthly', log: [], ...over });

async function make(value: KeepInTouchValue): Promise<KeepInTouch> {
  const el = document.createElement('keep-in-touch');
  el.setAttribute('storage', 'none');
  el.setAttribute('end-date', '2026-06-30');
  el.now = NOW;
  el.value = value;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const row = (el: KeepInTouch, id: string) => $(el, `[data-id="${id}"]`);

describe('keep in touch: snooze, cadence by tag, "ask next time"', () => {
  afterEach(() => document.querySelectorAll('keep-in-touch').forEach((e) => e.remove()));

  describe('schedule (pure)', () => {
    it('a contact that follows its tags takes the first tagged cadence, else its own', () => {
      const tags = [{ tag: 'Mentor', cadence: 'quarterly' as const }, { tag: 'peer', cadence: 'twice-a-year' as const }];
      expect(cadenceOf(contact({ tags: ['mentor', 'peer'], inherit: true }), tags)).to.equal('quarterly');
      expect(cadenceOf(contact({ tags: ['friend'], inherit: true }), tags)).to.equal('monthly');
      expect(cadenceOf(contact({ tags: ['mentor'] }), tags), 'its own cadence was set').to.equal('monthly');
      expect(followUp(contact({ tags: ['mentor'], inherit: true, lastContact: '2026-06-01' }), undefined, tags)).to.equal('2026-09-01');
    });

    it('a snooze puts a due follow-up off, and never brings a later one forward', () => {
      expect(followUp(contact({ lastContact: '2026-06-01', snoozedUntil: '2026-07-27' }))).to.equal('2026-07-27');
      expect(followUp(contact({ lastContact: '2026-07-15', snoozedUntil: '2026-07-27' }))).to.equal('2026-08-15');
      const [r] = rows([contact({ lastContact: '2026-06-01', snoozedUntil: '2026-08-03' })], { today: TODAY });
      expect(r.status).to.equal('later');
    });
  });

  describe('<keep-in-touch>', () => {
    const value = (): KeepInTouchValue => ({
      contacts: [
        { id: 'ana', name: 'Ana Ruiz', email: 'ana@example.com', tags: ['mentor'], cadence: 'monthly', lastContact: '2026-06-01', log: [], askNext: 'How did the Q3 launch go?' },
        { id: 'ben', name: 'Ben Okafor', tags: ['mentor'], cadence: 'monthly', inherit: true, lastContact: '2026-07-01', log: [] },
      ],
    });

    it('snoozes a due contact by 3, 7 or 14 days, and logging a contact ends the snooze', async () => {
      const el = await make(value());
      await expect(el).to.be.accessible();
      const group = row(el, 'ana').querySelector('[role="group"].snooze')!;
      expect(group.getAttribute('aria-label')).to.equal('Snooze Ana Ruiz');
      expect([...group.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['3 days', '7 days', '14 days']);
      button(el, '14 days', group).click();
      await el.updateComplete;
      expect(el.value.contacts[0].snoozedUntil).to.equal('2026-08-03');
      expect(row(el, 'ana').querySelector('[part="badge"]'), 'no longer due').to.equal(null);
      expect(row(el, 'ana').textContent).to.contain('Snoozed until Mon, Aug 3, 2026');
      await expect(el).to.be.accessible();
      el.logContact('ana', 'email');
      await el.updateComplete;
      expect(el.value.contacts[0]).not.to.have.property('snoozedUntil');
      expect(row(el, 'ana').textContent).to.contain('Next follow-up: Thu, Aug 20, 2026');
    });

    it('sets a cadence per tag that contacts following their tags inherit', async () => {
      const el = await make(value());
      const details = $(el, 'details.tag-cadences') as HTMLDetailsElement;
      details.open = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const select = details.querySelector('select')!;
      expect(details.querySelector(`label[for="${select.id}"]`)!.textContent!.trim()).to.equal('mentor');
      select.value = 'quarterly';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.value.tagCadences).to.deep.equal([{ tag: 'mentor', cadence: 'quarterly' }]);
      // Ben follows his tags: three months from July 1. Ana has her own monthly cadence.
      expect(row(el, 'ben').textContent).to.contain('Next follow-up: Thu, Oct 1, 2026').and.to.contain('Every 3 months (from the tag “mentor”)');
      expect(row(el, 'ana').textContent).to.contain('Every month').and.not.to.contain('from the tag');
      expect(el.toICS()).to.contain('RRULE:FREQ=MONTHLY;INTERVAL=3');
      // Editing Ana to "Same as its tags".
      button(el, 'Edit', row(el, 'ana')).click();
      await el.updateComplete;
      const form = row(el, 'ana').querySelector('form')!;
      form.querySelector<HTMLSelectElement>('#f-cadence')!.value = 'tags';
      button(el, 'Save', form).click();
      await el.updateComplete;
      expect(el.value.contacts[0]).to.include({ inherit: true, cadence: 'monthly' });
      expect(row(el, 'ana').textContent).to.contain('(from the tag “mentor”)');
    });

    it('offers each repeating reminder as Google Calendar and Outlook links, and writes the .ics in the time zone', async () => {
      const el = await make(value());
      const details = $(el, 'details.calendar-links') as HTMLDetailsElement;
      expect(details.querySelector('summary')!.textContent).to.equal('Add to Google Calendar or Outlook instead');
      expect(details.querySelector('a'), 'rendered only when open').to.equal(null);
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
      await el.updateComplete;
      expect(details.querySelector('.hint')!.textContent).to.contain('drop the reminders, and Outlook’s also drops the repeat');
      await expect(el).to.be.accessible();
      const links = [...details.querySelectorAll('a')].map((a) => new URL(a.href));
      expect(links.map((u) => u.host)).to.deep.equal(['calendar.google.com', 'outlook.live.com', 'calendar.google.com', 'outlook.live.com']);
      const ana = links[0];
      expect(ana.searchParams.get('text')).to.equal('Keep in touch: Ana Ruiz');
      expect(ana.searchParams.get('recur')).to.equal('RRULE:FREQ=MONTHLY');
      expect(ana.searchParams.get('dates')).to.equal('20260701T090000/20260701T091500');
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(el.toICS()).to.contain(/^(Etc\/)?UTC$/.test(zone) ? 'DTSTART:20260701T090000Z' : `DTSTART;TZID=${zone}:20260701T090000`);
    });

    it('keeps "ask next time" notes and shows them when writing to the person', async () => {
      const el = await make(value());
      expect(row(el, 'ana').querySelector('.ask')!.textContent).to.contain('Ask next time: How did the Q3 launch go?');
      button(el, 'Write a message', row(el, 'ana')).click();
      await el.updateComplete;
      expect(row(el, 'ana').querySelector('.panel .ask')!.textContent).to.contain('Remember to ask: How did the Q3 launch go?');
      await expect(el).to.be.accessible();
      button(el, 'Edit', row(el, 'ben')).click();
      await el.updateComplete;
      const form = row(el, 'ben').querySelector('form')!;
      form.querySelector<HTMLTextAreaElement>('#f-askNext')!.value = '<img src=x onerror="window.__pwned=true"> Ask about the mentoring scheme';
      button(el, 'Save', form).click();
      await el.updateComplete;
      expect(el.value.contacts[1].askNext).to.equal('<img src=x onerror="window.__pwned=true"> Ask about the mentoring scheme');
      expect(row(el, 'ben').querySelector('.ask img')).to.equal(null);
      expect(el.toMarkdown()).to.contain('Ask next time');
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });
});
