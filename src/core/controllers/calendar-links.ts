import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { IcsEvent } from '../formats/ics.js';
import { calendarLinkLosses, googleCalendarUrl, outlookCalendarUrl, type CalendarLinkEvent } from '../formats/calendar-links.js';
import { localTimeZone } from '../formats/timezone.js';

type T = (id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => string;

/**
 * "Add to Google Calendar / Outlook" links beside a widget's .ics export: a disclosure listing each
 * event with both links, and a note on what the links drop (the reminder; Outlook also the repeat).
 * The list is rendered only while open, since a widget may have thousands of events.
 */
export class CalendarLinksController implements ReactiveController {
  #open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly t: T,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The disclosure for the events the .ics is written from: a list, or a function giving it, called
   * only while the disclosure is open. Nothing when `available` is false (no dated events).
   */
  render(events: readonly IcsEvent[] | (() => readonly IcsEvent[]), options: { zone?: string; limit?: number; available?: boolean } = {}): TemplateResult | typeof nothing {
    const list = typeof events === 'function' ? undefined : events;
    if (options.available === false || (list && !list.length)) return nothing;
    const t = this.t;
    return html`<details
      class="calendar-links no-print"
      @toggle=${(e: Event) => {
        this.#open = (e.target as HTMLDetailsElement).open;
        this.host.requestUpdate();
      }}
    >
      <summary>${t('core.calLinks', 'Add to Google Calendar or Outlook instead')}</summary>
      ${this.#open ? this.#list(list ?? (events as () => readonly IcsEvent[])(), options) : nothing}
    </details>`;
  }

  #list(events: readonly IcsEvent[], options: { zone?: string; limit?: number }): TemplateResult {
    const t = this.t;
    const zone = options.zone ?? localTimeZone();
    const links = events.map((e): CalendarLinkEvent => ({ summary: e.summary, description: e.description, start: e.start, durationMinutes: e.durationMinutes, rrule: e.rrule, alarm: !!e.alarm }));
    const repeats = links.some((e) => calendarLinkLosses('outlook', e).repeat);
    const reminders = links.some((e) => calendarLinkLosses('google', e).reminder);
    if (!links.length) return html`<p class="hint">${t('core.calLinksNone', 'Nothing has a date yet.')}</p>`;
    return html`${reminders || repeats
        ? html`<p class="hint">${repeats
            ? t('core.calLinksRepeat', 'These links drop the reminders, and Outlook’s also drops the repeat: set them there, or use the .ics file, which keeps both.')
            : t('core.calLinksNote', 'These links drop the reminders: set one there, or use the .ics file, which keeps them.')}</p>`
        : nothing}
      <ul class="calendar-link-list">
        ${links.slice(0, options.limit ?? 200).map(
          (e, i) => html`<li>
            <span dir="auto" id=${`cal-${i}`}>${e.summary}</span>
            <a href=${googleCalendarUrl(e, zone) ?? ''} target="_blank" rel="noopener" aria-describedby=${`cal-${i}`}>Google Calendar</a>
            <a href=${outlookCalendarUrl(e, zone) ?? ''} target="_blank" rel="noopener" aria-describedby=${`cal-${i}`}>Outlook</a>
          </li>`,
        )}
      </ul>`;
  }
}
