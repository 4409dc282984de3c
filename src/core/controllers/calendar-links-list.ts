import { html, nothing, type TemplateResult } from 'lit';
import type { IcsEvent } from '../formats/ics.js';
import type { Translator } from '../i18n.js';
import { calendarLinkLosses, googleCalendarUrl, outlookCalendarUrl, type CalendarLinkEvent } from '../formats/calendar-links.js';
import { localTimeZone } from '../formats/timezone.js';

/** The open disclosure of CalendarLinksController: each event with both links, and what the links drop. */
export function renderCalendarLinks(events: readonly IcsEvent[], options: { zone?: string; limit?: number }, t: Translator): TemplateResult {
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
