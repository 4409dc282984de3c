import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sharedStyles } from '../../src/core/styles.js';
import type { IcsEvent } from '../../src/core/formats/ics.js';
import '../../src/internship-checklist/define.js';
import '../../src/finish-strong-planner/define.js';
import { CalendarLinksController, calendarLinksList } from '../../src/core/controllers/calendar-links.js';

// The open list's code loads on use; these tests open it and look at once.
before(() => calendarLinksList.load());

/** A bare element: the controller alone, as any widget uses it. */
class CalendarHost extends LitElement {
  static override styles = sharedStyles;
  events: IcsEvent[] = [];
  calls = 0;
  links = new CalendarLinksController(this, (_id, english) => english);
  override render() {
    return html`<div class="base">${this.links.render(() => (this.calls++, this.events), { available: this.events.length > 0, zone: 'Europe/Madrid' })}</div>`;
  }
}
customElements.define('calendar-links-host', CalendarHost);

describe('CalendarLinksController', () => {
  it('renders nothing without events, and builds the list only while open', async () => {
    const el = await fixture<CalendarHost>(html`<calendar-links-host></calendar-links-host>`);
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    el.events = [
      { uid: 'a', summary: 'Last day', start: '2026-12-18', alarm: { minutesBefore: 900 } },
      { uid: 'b', summary: 'Coffee with Ana', start: '2026-12-10T09:00', durationMinutes: 15, rrule: 'FREQ=MONTHLY' },
    ];
    el.requestUpdate();
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Add to Google Calendar or Outlook instead');
    expect(el.calls, 'not computed while closed').to.equal(0);
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(el.calls).to.be.greaterThan(0);
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('span')!.textContent)).to.deep.equal(['Last day', 'Coffee with Ana']);
    const [google, outlook] = [...items[1].querySelectorAll('a')].map((a) => new URL(a.href));
    expect(google.searchParams.get('recur')).to.equal('RRULE:FREQ=MONTHLY');
    expect(google.searchParams.get('ctz')).to.equal('Europe/Madrid');
    expect(outlook.searchParams.get('startdt')).to.equal('2026-12-10T08:00:00Z');
    expect(details.querySelector('.hint')!.textContent).to.contain('Outlook’s also drops the repeat');
    for (const a of details.querySelectorAll('a')) expect(a.getAttribute('rel')).to.equal('noopener');
  });
});

describe('every calendar export offers the links', () => {
  for (const tag of ['internship-checklist', 'finish-strong-planner']) {
    it(`<${tag}> shows them beside its .ics, with the same events`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; toICS(): string };
      el.setAttribute('storage', 'none');
      el.setAttribute('end-date', '2026-12-18');
      document.body.append(el);
      try {
        await el.updateComplete;
        const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.calendar-links')!;
        details.open = true;
        details.dispatchEvent(new Event('toggle'));
        await el.updateComplete;
        const summaries = [...details.querySelectorAll('li span')].map((s) => s.textContent);
        const ics = el.toICS();
        expect(summaries.length).to.equal(ics.match(/BEGIN:VEVENT/g)!.length);
        expect(details.querySelectorAll('a[href^="https://calendar.google.com/"]').length).to.equal(summaries.length);
        expect(details.querySelector('.hint')!.textContent).to.contain('drop the reminders');
      } finally {
        el.remove();
      }
    });
  }
});
